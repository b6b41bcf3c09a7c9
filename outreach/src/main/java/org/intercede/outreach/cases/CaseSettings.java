package org.intercede.outreach.cases;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How replies become cases and reach caseworkers.
 *
 * @param firstResponse       a case nobody has answered this long after the person wrote alerts the supervisors
 *                            ({@code INTERCEDE_CASES_FIRST_RESPONSE})
 * @param urgentFirstResponse the same for an urgent (crisis) case ({@code INTERCEDE_CASES_URGENT_FIRST_RESPONSE})
 * @param crisisAutoReply     a reply read as a crisis gets the catalog's crisis text at once
 *                            ({@code INTERCEDE_CASES_CRISIS_AUTO_REPLY})
 * @param staffedHours        when caseworkers are at their desks, e.g. {@code Mon-Fri 09:00-18:00, Sat 10:00-14:00}
 *                            or {@code always} ({@code INTERCEDE_CASES_STAFFED_HOURS})
 * @param staffedZone         the time zone of those hours ({@code INTERCEDE_CASES_STAFFED_ZONE}; empty: the server's)
 * @param onlineWindow        a caseworker whose console has not been heard from for this long is offline
 *                            ({@code INTERCEDE_CASES_ONLINE_WINDOW})
 * @param heartbeat           how often an open console reports in (presence) and checks its session is still valid
 *                            ({@code INTERCEDE_CASES_HEARTBEAT}); keep it well under {@code onlineWindow}
 * @param alertFrom           the number that texts staff alerts ({@code INTERCEDE_CASES_ALERT_FROM}; empty: the
 *                            outreach number of the case)
 */
@ConfigurationProperties("intercede.cases")
public record CaseSettings(
        @Bindable(defaultValue = "10m") Duration firstResponse,
        @Bindable(defaultValue = "2m") Duration urgentFirstResponse,
        @Bindable(defaultValue = "true") boolean crisisAutoReply,
        @Bindable(defaultValue = "Mon-Fri 09:00-18:00") String staffedHours,
        @Bindable(defaultValue = "") String staffedZone,
        @Bindable(defaultValue = "45s") Duration onlineWindow,
        @Bindable(defaultValue = "15s") Duration heartbeat,
        @Bindable(defaultValue = "") String alertFrom) {

    public CaseSettings {
        firstResponse = firstResponse == null ? Duration.ofMinutes(10) : firstResponse;
        urgentFirstResponse = urgentFirstResponse == null ? Duration.ofMinutes(2) : urgentFirstResponse;
        staffedHours = staffedHours == null || staffedHours.isBlank() ? "Mon-Fri 09:00-18:00" : staffedHours;
        staffedZone = staffedZone == null ? "" : staffedZone;
        onlineWindow = onlineWindow == null ? Duration.ofSeconds(45) : onlineWindow;
        heartbeat = heartbeat == null ? Duration.ofSeconds(15) : heartbeat;
        alertFrom = alertFrom == null ? "" : alertFrom;
    }

    public static CaseSettings defaults() {
        return new CaseSettings(null, null, true, null, null, null, null, null);
    }
}
