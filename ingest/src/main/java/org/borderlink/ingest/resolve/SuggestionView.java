package org.borderlink.ingest.resolve;

import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@code POSSIBLY_SAME_AS} suggestion as an analyst who may see both of its mentions sees it.
 *
 * @param status {@code PENDING}, {@code MERGED} (confirmed: the two persons are one) or {@code REJECTED} (never
 *     suggested again; also what an undone merge becomes)
 * @param from the mention that made the suggestion, and the person it was attached to
 * @param to the mention it resembles, and that mention's person
 * @param mergedReports for a merge, the reports whose facts moved from {@code from}'s person to {@code to}'s, as far
 *     as the viewer may see them (an undo moves back all of them)
 */
public record SuggestionView(
        String id,
        String status,
        double score,
        String method,
        String explanation,
        Side from,
        Side to,
        ZonedDateTime createdAt,
        @Nullable String decidedBy,
        @Nullable ZonedDateTime decidedAt,
        @Nullable String reason,
        List<String> mergedReports) {

    public SuggestionView {
        mergedReports = List.copyOf(mergedReports);
    }

    /**
     * One side: a mention, as its report writes the person, and the person it is attached to now.
     *
     * @param name the name as that mention gives it (Latin script), or {@code role ref} for a protected person
     */
    public record Side(String personId, String reportId, String localRef, String role, String name) {}
}
