package org.intercede.outreach.console;

import jakarta.inject.Singleton;
import org.intercede.outreach.ads.AdIngest;
import org.intercede.outreach.cases.CaseStatus;
import org.intercede.outreach.cases.CaseStore;
import org.intercede.outreach.cases.SupportCase;
import org.intercede.outreach.figures.OutreachFunnel;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.Tuple;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The figures behind the dashboard, read from the counters and indexes the rest of outreach keeps. */
@Singleton
public class DashboardData {
    /** Cases read for the per-label and per-city counts: a desk's recent cases, not all history. */
    private static final int CASES_READ = 5_000;
    private final OutreachFunnel funnel;
    private final CaseStore cases;
    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final Clock clock;

    public record ResponseTimes(String median, String p90, int count, Map<String, Long> buckets) {
    }

    public DashboardData(OutreachFunnel funnel, CaseStore cases, UnifiedJedis redis, RedisKeys keys, Clock clock) {
        this.funnel = funnel;
        this.cases = cases;
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
    }

    public Map<String, Long> funnel(int days) {
        return funnel.totals(days);
    }

    public ResponseTimes responseTimes(int days) {
        List<Long> waits = new ArrayList<>(cases.firstResponseTimes(clock.instant().minus(Duration.ofDays(days))));
        Collections.sort(waits);
        Map<String, Long> buckets = new LinkedHashMap<>();
        long[] limits = {2, 10, 30, 60, 240};
        String[] names = {"under 2 min", "2-10 min", "10-30 min", "30-60 min", "1-4 h", "over 4 h"};
        for (String name : names) {
            buckets.put(name, 0L);
        }
        for (long wait : waits) {
            long minutes = wait / 60_000;
            int i = 0;
            while (i < limits.length && minutes >= limits[i]) {
                i++;
            }
            buckets.merge(names[i], 1L, Long::sum);
        }
        return new ResponseTimes(quantile(waits, 0.5), quantile(waits, 0.9), waits.size(), buckets);
    }

    public Map<String, Long> casesByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CaseStatus s : CaseStatus.values()) {
            counts.put(s.label(), 0L);
        }
        for (SupportCase c : recent(90)) {
            counts.merge(c.status().label(), 1L, Long::sum);
        }
        return counts;
    }

    public Map<String, Long> casesByLabel(int days) {
        Map<String, Long> counts = new TreeMap<>();
        for (SupportCase c : recent(days)) {
            if (c.triage() != null) {
                counts.merge(c.triage().replace('_', ' '), 1L, Long::sum);
            }
            c.labels().forEach(l -> counts.merge("#" + l, 1L, Long::sum));
        }
        return counts;
    }

    public Map<String, Long> adsByCity(int top) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Tuple t : redis.zrevrangeWithScores(AdIngest.citiesKey(keys), 0, top - 1)) {
            counts.put(t.getElement(), (long) t.getScore());
        }
        return counts;
    }

    public Map<String, Long> repliesByCity(int days, int top) {
        Map<String, Long> counts = new TreeMap<>();
        for (SupportCase c : recent(days)) {
            counts.merge(c.city() == null ? "unknown" : c.city(), 1L, Long::sum);
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private List<SupportCase> recent(int days) {
        return cases.findAll(cases.activeSince(clock.instant().minus(Duration.ofDays(days)), CASES_READ));
    }

    private static String quantile(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return "-";
        }
        long ms = sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
        long minutes = ms / 60_000;
        return minutes < 1 ? (ms / 1000) + " s" : minutes < 120 ? minutes + " min" : (minutes / 60) + " h";
    }
}
