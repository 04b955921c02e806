package org.borderlink.ingest.report;

import org.jspecify.annotations.Nullable;

/**
 * Something that happened at a place and time: an interception, a crossing attempt, a payment, a death.
 *
 * @param ref local reference, unique within the report
 * @param date as written ({@code 17.03.2024.}, {@code 03.2024}, {@code 2024}); the date normaliser keeps its
 *     precision
 * @param dateEstimated whether the reporting officer estimated the date
 * @param migrants the number of migrants involved, when known
 */
public record Incident(
        String ref,
        IncidentKind kind,
        @Nullable String date,
        @Nullable Boolean dateEstimated,
        @Nullable Place place,
        @Nullable Integer migrants,
        @Nullable String description) {}
