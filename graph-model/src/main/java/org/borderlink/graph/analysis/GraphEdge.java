package org.borderlink.graph.analysis;

import java.util.Map;
import org.borderlink.graph.model.RelType;
import org.jspecify.annotations.Nullable;

/**
 * One fact ready to draw, with its provenance and the marking of the report that asserted it.
 *
 * @param id stable within one answer: type, ends and report, with {@code #n} when one report asserts the same link
 *     more than once
 * @param tlp the TLP 2.0 label of the asserting report, e.g. {@code AMBER+STRICT}
 * @param handling the SIENA handling code of the asserting report, e.g. {@code H2}
 * @param grading the Europol 4×4 grading of the asserting report, e.g. {@code B2}
 * @param caseType {@code SOM}, {@code THB} or {@code MIXED}
 * @param firstSeen first day the fact covers (ISO)
 * @param lastSeen last day the fact covers (ISO)
 * @param properties the fact's own properties (role, amount, date, …), without provenance
 */
public record GraphEdge(
        String id,
        RelType type,
        String source,
        String target,
        String reportId,
        String agency,
        @Nullable String tlp,
        @Nullable String handling,
        @Nullable String grading,
        @Nullable String caseType,
        @Nullable String firstSeen,
        @Nullable String lastSeen,
        Map<String, Object> properties) {

    public GraphEdge {
        properties = Map.copyOf(properties);
    }
}
