package org.borderlink.ingest.search.analysis;

/**
 * How alike two names are ({@link NameSimilarity#compare}).
 *
 * @param score from 0 (nothing alike) to 1 (the same name once transliterated and folded)
 * @param explanation for the analyst who confirms or rejects the match, e.g. {@code names match after
 *     transliteration (0.97): husaini ≈ huseini 0.93}
 */
public record NameMatch(double score, String explanation) {

    public NameMatch {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1], was " + score);
        }
    }
}
