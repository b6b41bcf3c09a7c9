package org.intercede.bot.report;

import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one day for one decoy (persona, jurisdiction); {@code day} "total" and decoy "all" for sums.
 *
 * @param counts every counted figure by name (conversations, messages, deterrence_standard, deterrence_underage,
 *               deterrence_repeat, turns_before_deterrence, landing_visits, after_deterrence:&lt;intent&gt;, opt_outs)
 */
public record ReportRow(String day, String decoy, String persona, String jurisdiction, Map<String, Long> counts) {

    public ReportRow {
        counts = new TreeMap<>(counts);
    }

    public long count(String figure) {
        return counts.getOrDefault(figure, 0L);
    }

    public long deterrences() {
        return count("deterrence_standard") + count("deterrence_underage") + count("deterrence_repeat");
    }

    /** Mean buyer messages before a deterrence went out. */
    public double turnsBeforeDeterrence() {
        return deterrences() == 0 ? 0 : (double) count("turns_before_deterrence") / deterrences();
    }

    /** Share of conversations that showed interest in a minor (each one is deterred at once). */
    public double underageShare() {
        return count("conversations") == 0 ? 0 : (double) count("deterrence_underage") / count("conversations");
    }

    public long repliesAfterDeterrence() {
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith("after_deterrence:")).mapToLong(Map.Entry::getValue).sum();
    }
}
