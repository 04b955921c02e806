package org.borderlink.api.resolution;

import org.borderlink.ingest.resolve.ResolutionSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Person resolution at ingest ({@code borderlink.resolution.*}). The thresholds are on the 0–1 score of
 * docs/search-and-resolution.md and were calibrated on generated data with ground truth (bench/results/resolution.md).
 *
 * @param enabled whether ingest resolves persons; off, every mention is its own person
 * @param joinThreshold at or above, a mention joins the person it matches
 * @param suggestThreshold at or above (and below the join threshold), a {@code POSSIBLY_SAME_AS} suggestion is made
 */
@ConfigurationProperties("borderlink.resolution")
public record ResolutionProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0.8") double joinThreshold,
        @DefaultValue("0.5") double suggestThreshold) {

    public ResolutionSettings settings() {
        return ResolutionSettings.DEFAULTS.withThresholds(joinThreshold, suggestThreshold);
    }
}
