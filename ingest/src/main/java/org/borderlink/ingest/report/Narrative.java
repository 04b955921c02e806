package org.borderlink.ingest.report;

/**
 * The free-text account of the case in the language it was written in.
 *
 * @param text the narrative, in its original script
 * @param language ISO 639-1 code of that language, e.g. {@code sr}, {@code sq}, {@code bs}, {@code mk}
 */
public record Narrative(String text, String language) {}
