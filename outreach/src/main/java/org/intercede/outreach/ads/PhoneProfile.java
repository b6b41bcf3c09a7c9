package org.intercede.outreach.ads;

import java.time.Instant;
import java.util.Set;

/**
 * What the ads say about one number: in how many ads, which cities and sources, first and last seen, and
 * whether it is shared so widely (many ads, many cities) that caseworkers should look at it, and the language
 * of its latest ad (which picks the language outreach writes in).
 */
public record PhoneProfile(String number, long ads, Set<String> cities, Set<String> sources, Instant firstSeen,
                           Instant lastSeen, boolean flagged, String language) {
}
