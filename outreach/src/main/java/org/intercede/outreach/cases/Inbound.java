package org.intercede.outreach.cases;

import java.time.Duration;

/** A message from a person, as triaged, on its way into their case. */
public record Inbound(String caseId, String ourNumber, String theirNumber, String body, String triage,
                      String language, String jurisdiction, String city, Duration response, Duration urgentResponse) {

    public boolean crisis() {
        return "crisis".equals(triage);
    }

    public boolean hostile() {
        return "hostile".equals(triage);
    }

    public boolean optOut() {
        return "opt_out".equals(triage);
    }
}
