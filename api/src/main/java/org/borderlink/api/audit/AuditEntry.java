package org.borderlink.api.audit;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What is known of an audited act before the trail numbers, dates and chains it: who (user, agency, roles), what
 * (action, method, path, parameters with personal values replaced by keyed hashes), why (the stated purpose), and the
 * outcome (status, result size, the reports it touched). Never a request body, never content.
 */
public record AuditEntry(
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
        List<String> reportIds) {

    public AuditEntry {
        roles = List.copyOf(roles);
        parameters = Map.copyOf(parameters);
        reportIds = List.copyOf(reportIds);
    }

    /** An event that is not a request: start-up, a login seen by Spring Security. */
    static AuditEntry of(
            AuditAction action, @Nullable String user, @Nullable String agency, Map<String, String> parameters) {
        return new AuditEntry(user, agency, List.of(), action, null, null, parameters, null, null, null, List.of());
    }
}
