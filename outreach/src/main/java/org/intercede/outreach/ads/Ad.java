package org.intercede.outreach.ads;

import java.time.Instant;
import java.util.Locale;

/**
 * One ad as it comes in (API or file), checked on construction.
 *
 * @param source   where it was collected (a site's name), required
 * @param region   ISO 3166 country of the ad, for numbers written without a country code (null: the default)
 * @param postedAt when it was posted, if known
 */
public record Ad(String source, String url, Instant postedAt, String title, String text, String city, String region) {
    static final int MAX_TEXT = 100_000;

    public Ad {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source is required");
        }
        if ((text == null || text.isBlank()) && (title == null || title.isBlank())) {
            throw new IllegalArgumentException("an ad needs a title or a text");
        }
        if (text != null && text.length() > MAX_TEXT || title != null && title.length() > MAX_TEXT) {
            throw new IllegalArgumentException("title or text is over 100,000 characters");
        }
        if (region != null && !region.isBlank()) {
            region = region.trim().toUpperCase(Locale.ROOT);
            if (!region.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("region must be an ISO 3166 country code such as US or GB");
            }
        } else {
            region = null;
        }
        source = source.trim();
        city = city == null || city.isBlank() ? null : city.trim();
    }

    /** Everything an ad says, for finding its numbers. */
    String fullText() {
        return (title == null ? "" : title) + "\n" + (text == null ? "" : text);
    }
}
