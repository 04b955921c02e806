package org.borderlink.api.audit;

import java.util.Set;

/**
 * What a response body tells the audit trail about itself: how many results it holds and which reports its facts
 * came from. Response bodies of read endpoints implement it; the audit records these figures, never the content.
 */
public interface AuditSummary {

    /** Number of results (entities, rows, hits) the answer holds. */
    int resultSize();

    /** Ids of the reports whose facts the answer shows. */
    default Set<String> reportIds() {
        return Set.of();
    }

    /** A summary of an answer that is not a body object, e.g. a streamed export or a change made in a transaction. */
    static AuditSummary of(int resultSize, Set<String> reportIds) {
        Set<String> ids = Set.copyOf(reportIds);
        return new AuditSummary() {
            @Override
            public int resultSize() {
                return resultSize;
            }

            @Override
            public Set<String> reportIds() {
                return ids;
            }
        };
    }
}
