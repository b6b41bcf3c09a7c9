package org.intercede.outreach.extract;

import java.util.List;

/** One line of a labelled file: an ad and the numbers a person found in it (E.164). */
public record LabelledAd(String id, String region, String text, List<String> expected, String note) {
}
