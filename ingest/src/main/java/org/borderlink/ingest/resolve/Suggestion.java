package org.borderlink.ingest.resolve;

/**
 * A {@code POSSIBLY_SAME_AS} suggestion resolution makes: the person a new mention was attached to may be the same
 * as another, on the evidence of two mentions. Which users may see it follows from those two mentions: only who may
 * see both.
 *
 * @param fromPersonId the person the new mention was attached to
 * @param toPersonId the person it resembles
 * @param fromReport the report of the new mention, and {@code fromRef} its local reference
 * @param toReport the report of the mention it resembles, and {@code toRef} its local reference
 */
public record Suggestion(
        String fromPersonId,
        String toPersonId,
        String fromReport,
        String fromRef,
        String toReport,
        String toRef,
        String agency,
        double score,
        String explanation) {}
