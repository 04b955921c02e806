package org.borderlink.graph.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the facts one report asserts are found, for every statement that needs all of them: replacing a report's
 * version, writing its audience, its case timeline, its export.
 *
 * <p>Every fact of a report touches a node the report itself points at: its incidents ({@code REPORTS}), its legs
 * ({@code DESCRIBES}), and the persons and organisations it {@code MENTIONS}. Involvements and places hang from its
 * incidents; places, travellers and vehicles from its legs; selectors, relations between persons and memberships from
 * the persons it mentions. So a report's facts are the relationships of those nodes that carry its {@code reportId},
 * found by walking out from the report; no relationship index on {@code reportId} is kept for it (each cost about a
 * quarter of every relationship write). Places, phones and vehicles, which many reports share, are never walked from.
 *
 * <p>What Borderlink itself records between persons, resolution suggestions ({@code POSSIBLY_SAME_AS}), carries the id
 * of the report that prompted it but is not that report's fact: it is left out.
 */
public final class FactsOfReport {

    /** The types of relationship a report asserts: every type but {@link RelType#POSSIBLY_SAME_AS}. */
    public static final Set<RelType> TYPES =
            Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(RelType.POSSIBLY_SAME_AS)));

    /** {@link #TYPES} as a Cypher type expression, {@code MENTIONS|REPORTS|…}, for {@code -[r:…]-}. */
    public static final String TYPE_EXPRESSION =
            TYPES.stream().map(RelType::name).collect(Collectors.joining("|"));

    /**
     * The name of the walk from the report to the nodes it points at. It only narrows where the facts are looked for
     * and is never returned, like the {@code bound…} relationships of the pattern library: a reader applies the
     * visibility rule to the facts it returns, exactly as when they were found by an index.
     */
    private static final String WALK = "boundToReport";

    private static final String POINTED_AT = "pointedAt";

    private FactsOfReport() {}

    /**
     * {@code CALL (report) { … }}: binds {@code fact} to every relationship the report bound to {@code report} asserts,
     * each once (a fact between two nodes the report points at is reached from both). Two patterns, not one: the
     * relationship from the report to a node it points at is itself one of its facts.
     *
     * @param report a variable bound to a {@code Report} node
     * @param fact a variable not bound yet
     */
    public static String call(String report, String fact) {
        requireIdentifier(report);
        requireIdentifier(fact);
        if (report.equals(fact) || fact.equals(POINTED_AT) || fact.equals(WALK)) {
            throw new IllegalArgumentException("fact variable clashes with the walk: " + fact);
        }
        return """
                CALL (%1$s) {
                  MATCH (%1$s)-[%3$s:REPORTS|MENTIONS|DESCRIBES]->(%4$s)
                  MATCH (%4$s)-[%2$s:%5$s]-() WHERE %2$s.reportId = %1$s.id
                  RETURN DISTINCT %2$s
                }
                """.formatted(report, fact, WALK, POINTED_AT, TYPE_EXPRESSION);
    }

    private static void requireIdentifier(String var) {
        if (!var.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a Cypher variable name: " + var);
        }
    }
}
