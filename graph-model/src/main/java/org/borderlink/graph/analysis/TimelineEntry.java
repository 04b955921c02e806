package org.borderlink.graph.analysis;

import java.util.List;
import org.borderlink.graph.model.DatePrecision;
import org.borderlink.graph.model.NodeLabel;
import org.jspecify.annotations.Nullable;

/**
 * One dated fact on a timeline.
 *
 * @param date the date at its precision: {@code 2024-03-17}, {@code 2024-03} or {@code 2024}
 * @param start first day the date covers (ISO)
 * @param end last day the date covers (ISO)
 * @param kind what happened: an incident kind ({@code INTERCEPTION}), {@code LEG}, a relationship type
 *     ({@code PAID}), {@code OUTCOME}, {@code MENTIONED} or {@code REPORTED}
 * @param summary one line for a human reader
 * @param entities the entities the entry is about, the subject first
 */
public record TimelineEntry(
        String date,
        DatePrecision precision,
        String start,
        String end,
        String kind,
        String summary,
        List<Ref> entities,
        String reportId,
        @Nullable String agency,
        @Nullable String caseType,
        @Nullable String tlp,
        @Nullable String handling,
        @Nullable String grading) {

    /** An entity an entry refers to. */
    public record Ref(String id, NodeLabel label, String caption) {
        static Ref of(GraphNode node) {
            return new Ref(node.id(), node.label(), node.caption());
        }
    }
}
