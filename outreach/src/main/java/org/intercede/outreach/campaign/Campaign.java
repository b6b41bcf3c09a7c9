package org.intercede.outreach.campaign;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Who to offer support to, with which message, from which numbers, when, and how many a day.
 *
 * @param sources    ads from these sources (empty: any)
 * @param cities     ads from these cities, lower case (empty: any)
 * @param seenWithin numbers seen in an ad this recently
 * @param message    the catalog key of the message; its variants rotate
 * @param variants   which of its variants (0-based) to use (empty: all)
 * @param numbers    our outreach numbers to send from (empty: every active one)
 * @param dailyCap   at most this many first messages a day
 * @param review     each batch waits for a person's approval before it goes
 */
public record Campaign(String name, Set<String> sources, Set<String> cities, Duration seenWithin, String message,
                       List<Integer> variants, List<String> numbers, TextingHours hours, int dailyCap, boolean review) {
}
