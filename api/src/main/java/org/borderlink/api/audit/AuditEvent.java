package org.borderlink.api.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One line of an instance's audit trail: an {@link AuditEntry} numbered ({@code seq}, from 1, without gaps), dated,
 * and chained to the event before it ({@code prev}, the SHA-256 of that event's line; 64 zeros for the first).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEvent(
        long seq,
        String instance,
        Instant at,
        @Nullable String user,
        @Nullable String agency,
        List<String> roles,
        AuditAction action,
        @Nullable String method,
        @Nullable String path,
        Map<String, String> parameters,
        @Nullable String purpose,
        @Nullable Integer status,
        @Nullable Integer resultSize,
        List<String> reportIds,
        String prev) {

    public AuditEvent {
        roles = List.copyOf(roles);
        parameters = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(parameters));
        reportIds = List.copyOf(reportIds);
    }

    static AuditEvent of(long seq, String instance, Instant at, AuditEntry e, String prev) {
        return new AuditEvent(
                seq,
                instance,
                at,
                e.user(),
                e.agency(),
                e.roles(),
                e.action(),
                e.method(),
                e.path(),
                e.parameters(),
                e.purpose(),
                e.status(),
                e.resultSize(),
                e.reportIds(),
                prev);
    }
}
