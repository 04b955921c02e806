package org.borderlink.graph.analysis.patterns;

import java.util.List;

/**
 * A named typology: the question it answers, its parameters, the columns of its answer and how it is found.
 *
 * @param question the analyst's question, as the domain notes ask it
 * @param columns the columns of each row, in order
 */
public record Pattern(
        String name,
        String title,
        String question,
        String description,
        List<PatternParameter> parameters,
        List<Column> columns) {

    public Pattern {
        parameters = List.copyOf(parameters);
        columns = List.copyOf(columns);
    }

    /**
     * A column of the answer.
     *
     * @param kind {@link Kind#ENTITY} or {@link Kind#ENTITIES} columns hold ids of entities one can draw or expand;
     *     {@link Kind#REPORTS} lists the reports whose facts the row shows
     */
    public record Column(String name, Kind kind, String description) {}

    public enum Kind {
        ENTITY,
        ENTITIES,
        REPORTS,
        VALUE
    }
}
