package org.borderlink.graph.analysis;

/**
 * The answer would exceed a limit set to keep queries bounded (nodes of an expansion, size of a subgraph). Names the
 * request parameter that would bring it back within bounds.
 */
public final class QueryTooLarge extends RuntimeException {

    private final String parameter;

    public QueryTooLarge(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
