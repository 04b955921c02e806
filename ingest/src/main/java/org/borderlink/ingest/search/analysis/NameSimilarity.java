package org.borderlink.ingest.search.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.jspecify.annotations.Nullable;

/**
 * Name similarity for resolution: Jaro–Winkler on the folded forms of the name's parts, whatever their order.
 *
 * <p>Each name is analysed as {@link FoldedNameAnalyzer} does (transliterated, folded, with đ/ǵ/ḱ variants,
 * compounds such as Abdul Rahman and Habib Ullah made one part, initials kept) and its particles (al, el, bin,
 * ibn, …) set aside. Two parts score the best Jaro–Winkler similarity of any of their forms; two compounds score
 * no better than the names inside them ({@code abdulrahman} and {@code abdulhamid} are different names however
 * long their common start); a compound against a plain name scores through the name inside it at
 * {@value #CORE} of the similarity ({@code Abdul Rahman} / {@code Rahman}); an initial against a name with that
 * first letter, or against the same initial, scores {@value #INITIAL}.
 *
 * <p>The parts of one name are paired with those of the other greedily, best pair first, so word order does not
 * count. A pair below {@value #SIMILAR} counts as different (0): Jaro–Winkler gives unrelated names 0.6 to 0.7.
 * The score is the mean over the pairs, times {@value #MISSING_PART} for every part one name has and the other
 * lacks: a missing surname (many Afghans have one name) or a father's name lowers the score without ruling the
 * match out, while a different surname does rule it out: {@code Jawad} / {@code Jawad Hussaini} 0.85, {@code
 * Jawad Rahimi} / {@code Jawad Hussaini} 0.50.
 *
 * <p>Thread-safe; make one and share it.
 */
public final class NameSimilarity {

    /** At or above: the names match. */
    static final double MATCH = 0.9;
    /** At or above: the names are similar; a part pair below counts as different. */
    static final double SIMILAR = 0.75;
    /** A compound matched through the name inside it. */
    static final double CORE = 0.85;
    /** An initial matched to a name or to the same initial. */
    static final double INITIAL = 0.75;
    /** Factor for each part one name has and the other lacks. */
    static final double MISSING_PART = 0.85;

    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, NameChains.folded(source, false));
        }
    };

    /** How alike {@code a} and {@code b} are, with an explanation for the analyst. */
    public NameMatch compare(String a, String b) {
        NameParts left = NameParts.read(analyzer, a);
        NameParts right = NameParts.read(analyzer, b);
        List<NameParts.Part> l = left.parts();
        List<NameParts.Part> r = right.parts();
        if (l.isEmpty() || r.isEmpty()) {
            return new NameMatch(0, "nothing to compare (0.00)");
        }
        List<Pair> pairs = pair(l, r);
        List<Pair> inWrittenOrder =
                pairs.stream().sorted(Comparator.comparingInt(Pair::left)).toList();
        double sum = 0;
        List<String> notes = new ArrayList<>();
        boolean reordered = false;
        int lastRight = -1;
        for (Pair pair : inWrittenOrder) {
            sum += pair.score() >= SIMILAR ? pair.score() : 0;
            reordered |= pair.right() < lastRight;
            lastRight = pair.right();
            String note = note(l.get(pair.left()), r.get(pair.right()), pair.score());
            if (note != null) {
                notes.add(note);
            }
        }
        int missing = Math.abs(l.size() - r.size());
        double score = sum / pairs.size() * Math.pow(MISSING_PART, missing);
        if (reordered) {
            notes.addFirst("in another order");
        }
        if (missing > 0) {
            notes.add("only one name has " + unpaired(l.size() > r.size() ? l : r, pairs, l.size() > r.size()));
        }
        Set<String> particles = new LinkedHashSet<>(left.particles());
        particles.addAll(right.particles());
        if (!particles.isEmpty()) {
            notes.add("particles ignored: " + String.join(", ", particles));
        }
        String verdict = verdict(a, b, score);
        String explanation = String.format(Locale.ROOT, "%s (%.2f)", verdict, score)
                + (notes.isEmpty() ? "" : ": " + String.join("; ", notes));
        return new NameMatch(Math.min(1, score), explanation);
    }

    /**
     * One key for a name whatever the order of its words: the canonical folded parts, sorted. {@code Хусеин Џавад},
     * {@code Dzavad Husein} → {@code husein javad}; {@code Abdul Rahman al-Hassan}, {@code Hasan Abdurrahman} →
     * {@code abdulrahman hasan}; {@code J. Hussaini} → {@code husaini j}.
     */
    public String sortedKey(String name) {
        return NameParts.read(analyzer, name).parts().stream()
                .map(NameParts.Part::key)
                .sorted()
                .collect(Collectors.joining(" "));
    }

    private record Pair(int left, int right, double score) {}

    /** Greedy best-first pairing: take the best-scoring pair of unpaired parts until one side runs out. */
    private List<Pair> pair(List<NameParts.Part> l, List<NameParts.Part> r) {
        List<Pair> all = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            for (int j = 0; j < r.size(); j++) {
                all.add(new Pair(i, j, similarity(l.get(i), r.get(j))));
            }
        }
        all.sort(Comparator.comparingDouble(Pair::score)
                .reversed()
                .thenComparingInt(p -> Math.abs(p.left() - p.right()))
                .thenComparingInt(Pair::left));
        boolean[] leftTaken = new boolean[l.size()];
        boolean[] rightTaken = new boolean[r.size()];
        List<Pair> chosen = new ArrayList<>();
        for (Pair p : all) {
            if (!leftTaken[p.left()] && !rightTaken[p.right()]) {
                leftTaken[p.left()] = true;
                rightTaken[p.right()] = true;
                chosen.add(p);
            }
        }
        return chosen;
    }

    private double similarity(NameParts.Part a, NameParts.Part b) {
        if (a.initial() || b.initial()) {
            return initialSimilarity(a, b);
        }
        double whole = best(a.forms(), b.forms());
        if (whole == 1 || (a.cores().isEmpty() && b.cores().isEmpty())) {
            return whole;
        }
        if (!a.cores().isEmpty() && !b.cores().isEmpty()) {
            return Math.min(whole, best(a.cores(), b.cores()));
        }
        double throughCore = a.cores().isEmpty() ? best(a.forms(), b.cores()) : best(a.cores(), b.forms());
        return Math.max(whole, CORE * throughCore);
    }

    private static double initialSimilarity(NameParts.Part a, NameParts.Part b) {
        NameParts.Part initial = a.initial() ? a : b;
        NameParts.Part other = a.initial() ? b : a;
        String letter = initial.key();
        return other.forms().stream().anyMatch(form -> form.startsWith(letter)) ? INITIAL : 0;
    }

    private double best(List<String> a, List<String> b) {
        double best = 0;
        for (String x : a) {
            for (String y : b) {
                best = Math.max(best, jaroWinkler.apply(x, y));
            }
        }
        return best;
    }

    private static String verdict(String a, String b, double score) {
        if (score >= MATCH) {
            if (squeeze(a).equals(squeeze(b))) {
                return "same name";
            }
            return hasOtherScript(a) || hasOtherScript(b) ? "names match after transliteration" : "names match";
        }
        return score >= SIMILAR ? "names are similar" : "names differ";
    }

    private static @Nullable String note(NameParts.Part a, NameParts.Part b, double score) {
        if (a.initial() || b.initial()) {
            return score > 0
                    ? "initial " + (a.initial() ? a.key() + " ~ " + b.key() : b.key() + " ~ " + a.key())
                    : null;
        }
        if (score == 1) {
            return null;
        }
        String sign = score >= SIMILAR ? " ≈ " : " ≠ ";
        return String.format(Locale.ROOT, "%s%s%s %.2f", a.key(), sign, b.key(), score);
    }

    private static String unpaired(List<NameParts.Part> longer, List<Pair> pairs, boolean longerIsLeft) {
        Set<Integer> paired =
                pairs.stream().map(p -> longerIsLeft ? p.left() : p.right()).collect(Collectors.toSet());
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < longer.size(); i++) {
            if (!paired.contains(i)) {
                keys.add(longer.get(i).key());
            }
        }
        return String.join(", ", keys);
    }

    private static String squeeze(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean hasOtherScript(String name) {
        return name.codePoints()
                .anyMatch(cp ->
                        Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN);
    }
}
