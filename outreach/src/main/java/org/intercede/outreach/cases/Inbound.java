package org.intercede.outreach.cases;

import java.time.Duration;

/**
 * A message from a person, as triaged, on its way into their case.
 *
 * @param language         the language of this text, or null when it is too short to tell
 * @param fallbackLanguage for a new case whose first text does not tell: from the ads, else the number's locale
 */
public record Inbound(String caseId, String ourNumber, String theirNumber, String body, String triage,
                      String language, String fallbackLanguage, String jurisdiction, String city, Duration response, Duration urgentResponse) {

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
