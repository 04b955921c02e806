package org.borderlink.ingest.resolve;

import java.util.List;
import java.util.Locale;

/**
 * How strongly two person mentions point at one real person.
 *
 * @param weight the summed evidence: positive for agreement, negative for conflict (log-odds-like units)
 * @param score {@code weight} on a 0–1 scale ({@link MentionScorer#toScore}), what thresholds are set on
 * @param exact whether an exact identifier agrees (a shared selector, a subject key): a protected person is only
 *     ever linked on such evidence
 * @param reasons what agreed and what conflicted, most telling first, for the analyst
 */
public record PairScore(double weight, double score, boolean exact, List<String> reasons) {

    public static final PairScore NONE = new PairScore(Double.NEGATIVE_INFINITY, 0, false, List.of());

    public PairScore {
        reasons = List.copyOf(reasons);
    }

    /** This score with conflicts found beyond the pair itself taken off. */
    PairScore with(List<PersonProfile.Conflict> conflicts) {
        if (conflicts.isEmpty()) return this;
        double w = weight;
        List<String> all = new java.util.ArrayList<>(reasons);
        for (PersonProfile.Conflict c : conflicts) {
            w += c.weight();
            all.add(c.reason());
        }
        return new PairScore(w, MentionScorer.toScore(w), exact, all);
    }

    /** {@code names match after transliteration (0.94); same phone +38761…; age bands agree} */
    public String explanation() {
        return String.join("; ", reasons);
    }

    /** The explanation with the overall score first, as suggestions show it. */
    public String summary() {
        return String.format(Locale.ROOT, "score %.2f: %s", score, explanation());
    }
}
