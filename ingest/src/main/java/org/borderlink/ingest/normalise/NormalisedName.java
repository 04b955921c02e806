package org.borderlink.ingest.normalise;

/**
 * A name as reported, in Latin script, and folded for comparison (see {@link NameNormaliser}).
 *
 * @param original the name as reported, trimmed: {@code Џавад Хусеини}
 * @param latin its Latin spelling: {@code Džavad Huseini}
 * @param folded the comparison key, words sorted: {@code huseini javad}
 */
public record NormalisedName(String original, String latin, String folded) {}
