package org.borderlink.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Pairwise precision, recall and F1 of person resolution against ground truth: a pair of mentions is a true pair when
 * both are the same real person, a predicted pair when resolution attached both to one {@code Person}. Figures are
 * also given per category pair (reporting countries, scripts the names were written in), counting each pair under
 * the categories of its two mentions.
 */
final class ResolutionQuality {

    /** One mention: who it really is, which person resolution made it, and how it was reported. */
    record Mention(String key, String truth, String predicted, String country, String script) {}

    /** Pair counts and the figures they give. */
    record Figures(long truePairs, long predictedPairs, long correctPairs) {

        double precision() {
            return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
        }

        double recall() {
            return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Figures plus(Figures o) {
            return new Figures(
                    truePairs + o.truePairs, predictedPairs + o.predictedPairs, correctPairs + o.correctPairs);
        }

        Map<String, Object> asMap() {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("precision", round(precision()));
            m.put("recall", round(recall()));
            m.put("f1", round(f1()));
            m.put("truePairs", truePairs);
            m.put("predictedPairs", predictedPairs);
            m.put("correctPairs", correctPairs);
            return m;
        }

        String row(String name) {
            return String.format(
                    Locale.ROOT,
                    "| %s | %.3f | %.3f | %.3f | %,d | %,d |",
                    name,
                    precision(),
                    recall(),
                    f1(),
                    truePairs,
                    predictedPairs);
        }
    }

    private ResolutionQuality() {}

    static Figures overall(Collection<Mention> mentions) {
        return byCategory(mentions, m -> "all").values().stream().reduce(new Figures(0, 0, 0), Figures::plus);
    }

    /** Figures per unordered pair of categories, e.g. {@code BA–RS} or {@code Cyrillic–Latin}. */
    static Map<String, Figures> byCategory(Collection<Mention> mentions, Function<Mention, String> category) {
        Map<String, long[]> counts = new TreeMap<>();
        count(group(mentions, Mention::truth), category, counts, 0);
        count(group(mentions, Mention::predicted), category, counts, 1);
        count(group(mentions, m -> m.truth() + "\u0000" + m.predicted()), category, counts, 2);
        Map<String, Figures> out = new TreeMap<>();
        counts.forEach((k, c) -> out.put(k, new Figures(c[0], c[1], c[2])));
        return out;
    }

    private static Map<String, List<Mention>> group(Collection<Mention> mentions, Function<Mention, String> key) {
        Map<String, List<Mention>> groups = new HashMap<>();
        for (Mention m : mentions)
            groups.computeIfAbsent(key.apply(m), k -> new ArrayList<>()).add(m);
        return groups;
    }

    /** Adds the pairs inside each cluster to slot {@code slot} of each category pair's counts. */
    private static void count(
            Map<String, List<Mention>> clusters,
            Function<Mention, String> category,
            Map<String, long[]> out,
            int slot) {
        for (List<Mention> cluster : clusters.values()) {
            if (cluster.size() < 2) continue;
            Map<String, Long> histogram = new TreeMap<>();
            for (Mention m : cluster) histogram.merge(category.apply(m), 1L, Long::sum);
            List<Map.Entry<String, Long>> entries = new ArrayList<>(histogram.entrySet());
            for (int i = 0; i < entries.size(); i++) {
                long n = entries.get(i).getValue();
                add(out, entries.get(i).getKey() + "–" + entries.get(i).getKey(), slot, n * (n - 1) / 2);
                for (int j = i + 1; j < entries.size(); j++) {
                    add(
                            out,
                            entries.get(i).getKey() + "–" + entries.get(j).getKey(),
                            slot,
                            n * entries.get(j).getValue());
                }
            }
        }
    }

    private static void add(Map<String, long[]> out, String key, int slot, long pairs) {
        if (pairs == 0) return;
        out.computeIfAbsent(key, k -> new long[3])[slot] += pairs;
    }

    static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
