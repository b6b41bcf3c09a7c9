package org.intercede.outreach.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * How well an extractor finds the labelled numbers: micro precision, recall and F1 over numbers (each found
 * number is right or wrong once per ad), and the share of ads where the found set is exactly the labelled one.
 */
public record ExtractionScore(int truePositives, int falsePositives, int falseNegatives, int exactAds, int ads,
                              List<Miss> misses) {

    /** An ad the extractor got wrong: the numbers it missed and the ones it should not have found. */
    public record Miss(LabelledAd ad, List<String> missed, List<String> extra) {
    }

    /** Scores {@code extractor} (text, region) on {@code ads}; {@code defaultRegion} is used when an ad has none. */
    public static ExtractionScore of(List<LabelledAd> ads, String defaultRegion,
                                     BiFunction<String, String, List<String>> extractor) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int exact = 0;
        List<Miss> misses = new ArrayList<>();
        for (LabelledAd ad : ads) {
            String region = ad.region() == null || ad.region().isBlank() ? defaultRegion : ad.region();
            TreeSet<String> found = new TreeSet<>(extractor.apply(ad.text(), region));
            TreeSet<String> expected = new TreeSet<>(ad.expected());
            List<String> missed = new ArrayList<>();
            List<String> extra = new ArrayList<>();
            for (String number : expected) {
                if (found.contains(number)) {
                    tp++;
                } else {
                    fn++;
                    missed.add(number);
                }
            }
            for (String number : found) {
                if (!expected.contains(number)) {
                    fp++;
                    extra.add(number);
                }
            }
            if (missed.isEmpty() && extra.isEmpty()) {
                exact++;
            } else {
                misses.add(new Miss(ad, missed, extra));
            }
        }
        return new ExtractionScore(tp, fp, fn, exact, ads.size(), List.copyOf(misses));
    }

    /** 1 when nothing was found and nothing was expected: no wrong number was given. */
    public double precision() {
        return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public double exactMatchRate() {
        return ads == 0 ? 0.0 : (double) exactAds / ads;
    }
}
