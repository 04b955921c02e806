package org.borderlink.graph.analysis;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.borderlink.graph.model.RelType;
import org.jspecify.annotations.Nullable;

/**
 * Everything the viewer may see about one entity, each fact with its provenance.
 *
 * @param facts the visible facts about it, latest first, at most the requested number
 * @param totalFacts how many visible facts there are in all
 * @param factsByType visible facts by relationship type
 * @param neighboursByLabel distinct visible neighbours by label
 * @param nameVariants names, Latin forms and aliases the visible mentions give (persons, organisations)
 * @param roles the roles visible mentions and involvements give, per report
 * @param selectors phones, vehicles, documents, accounts and handles a person uses, or the persons who use a selector
 * @param countries countries of the reporting agencies and of the places of its incidents and journeys
 * @param agencies agencies whose visible reports assert facts about it
 */
public record EntityCard(
        GraphNode entity,
        List<Fact> facts,
        long totalFacts,
        Map<RelType, Long> factsByType,
        Map<String, Long> neighboursByLabel,
        SortedSet<String> nameVariants,
        List<RoleInCase> roles,
        List<Linked> selectors,
        SortedSet<String> countries,
        SortedSet<String> agencies,
        @Nullable String firstSeen,
        @Nullable String lastSeen) {

    /** A fact about the entity: the relationship, which way it points, the node at the other end, its provenance. */
    public record Fact(
            RelType type,
            Direction direction,
            GraphNode other,
            Map<String, Object> properties,
            Provenance provenance) {}

    public enum Direction {
        OUTGOING,
        INCOMING
    }

    /**
     * Who asserted a fact and under which marking.
     *
     * @param reportedOn the day the report was recorded (ISO), at the precision {@code reportedOnPrecision}
     */
    public record Provenance(
            String reportId,
            String agency,
            @Nullable String reportedOn,
            @Nullable String reportedOnPrecision,
            @Nullable String caseType,
            @Nullable String tlp,
            @Nullable String handling,
            @Nullable String grading,
            @Nullable String firstSeen,
            @Nullable String lastSeen) {}

    /** A role the entity has in one report ({@code MENTIONS}) or one incident ({@code INVOLVED_IN}). */
    public record RoleInCase(
            String role, String reportId, @Nullable String caseType, RelType assertedBy) {}

    /** An entity linked through {@code USES}, with the reports that say so. */
    public record Linked(GraphNode node, List<String> reportIds) {}
}
