package org.borderlink.ingest.report;

import org.jspecify.annotations.Nullable;

/**
 * A criminal-justice outcome for one person: arrest, charge, indictment, conviction, acquittal, sentence.
 *
 * @param person the person's local reference
 * @param date as written, if known
 * @param sentenceMonths the length of a custodial sentence, for {@link OutcomeKind#SENTENCE} or
 *     {@link OutcomeKind#CONVICTION}
 */
public record Outcome(
        OutcomeKind kind,
        String person,
        @Nullable String date,
        @Nullable Integer sentenceMonths,
        @Nullable String details) {}
