package org.borderlink.ingest.resolve;

/**
 * The thresholds and limits of resolution. The thresholds are on {@link MentionScorer#toScore}'s 0–1 scale and were
 * calibrated on generated data with ground truth (bench/results/resolution.md); a deployment may move them.
 *
 * @param joinThreshold at or above: the mention joins the existing person
 * @param suggestThreshold at or above (and below {@code joinThreshold}): a {@code POSSIBLY_SAME_AS} suggestion
 * @param candidatePersons how many persons blocking hands to scoring per mention
 * @param mentionsPerPerson how many of a candidate person's mentions are scored against the new one
 * @param suggestionsPerMention the most suggestions one mention makes
 */
public record ResolutionSettings(
        double joinThreshold,
        double suggestThreshold,
        int candidatePersons,
        int mentionsPerPerson,
        int suggestionsPerMention) {

    public static final ResolutionSettings DEFAULTS = new ResolutionSettings(0.8, 0.5, 10, 2, 3);

    public ResolutionSettings {
        if (!(suggestThreshold > 0 && suggestThreshold <= joinThreshold && joinThreshold <= 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < suggest ≤ join ≤ 1, were suggest "
                    + suggestThreshold + ", join " + joinThreshold);
        }
        if (candidatePersons < 1 || mentionsPerPerson < 1 || suggestionsPerMention < 0) {
            throw new IllegalArgumentException("candidate limits must be positive");
        }
    }

    public ResolutionSettings withThresholds(double join, double suggest) {
        return new ResolutionSettings(join, suggest, candidatePersons, mentionsPerPerson, suggestionsPerMention);
    }
}
