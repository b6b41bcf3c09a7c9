package org.intercede.outreach.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Horizontal bar charts drawn as SVG by the templates: each bar's length is its share of the largest. */
public final class Charts {
    static final int ROW_HEIGHT = 26;

    private Charts() {
    }

    /** Bars in the map's order, each with label, value, y position and width (0 to 100). */
    public static Map<String, Object> bars(String title, Map<String, Long> values) {
        long max = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Map<String, Object>> bars = new ArrayList<>();
        int row = 0;
        for (Map.Entry<String, Long> e : values.entrySet()) {
            double width = max == 0 ? 0 : 100.0 * e.getValue() / max;
            double length = width * 2.6;
            bars.add(Map.of("label", e.getKey(), "value", e.getValue(), "y", row * ROW_HEIGHT,
                    "textY", row * ROW_HEIGHT + 17, "width", String.format(java.util.Locale.ROOT, "%.1f", length),
                    "textX", String.format(java.util.Locale.ROOT, "%.1f", 115 + length)));
            row++;
        }
        return Map.of("title", title, "bars", bars, "height", Math.max(row, 1) * ROW_HEIGHT, "empty", values.isEmpty());
    }
}
