package org.borderlink.graph.analysis;

/** The database stopped a query at its time limit, or could not be reached: the question should be narrowed or retried. */
public final class QueryTimedOut extends RuntimeException {

    public QueryTimedOut(String message, Throwable cause) {
        super(message, cause);
    }
}
