package org.borderlink.api.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderlink.api.security.BorderlinkUser;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The audit event of one API request, filled in while the request runs ({@link Audited} action, the {@link
 * AuditSummary} of the answer) and written once, before the first byte of the answer leaves ({@link AuditedResponse})
 * or, for a change that must not happen unaudited, inside the change's own transaction ({@link #recordSuccessNow}).
 */
public final class RequestAudit {

    private static final String ATTRIBUTE = RequestAudit.class.getName();

    private final AuditTrail trail;
    private final @Nullable BorderlinkUser user;
    private final String method;
    private final String path;
    private final Map<String, String> parameters;
    private final @Nullable String purpose;
    private @Nullable AuditAction action;
    private @Nullable AuditSummary summary;
    private @Nullable Integer recordedStatus;

    RequestAudit(
            AuditTrail trail,
            @Nullable BorderlinkUser user,
            String method,
            String path,
            Map<String, String> parameters,
            @Nullable String purpose) {
        this.trail = trail;
        this.user = user;
        this.method = method;
        this.path = path;
        this.parameters = parameters;
        this.purpose = purpose;
    }

    void attachTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    static Optional<RequestAudit> of(HttpServletRequest request) {
        return Optional.ofNullable((RequestAudit) request.getAttribute(ATTRIBUTE));
    }

    /** The audit of the request the current thread serves, if it is an audited API request. */
    public static Optional<RequestAudit> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) return Optional.empty();
        return Optional.ofNullable((RequestAudit) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }

    synchronized void action(AuditAction action) {
        this.action = action;
    }

    /**
     * The figures of an answer that is not a response body object, e.g. an export streamed to the response: call it
     * before writing the first byte.
     */
    public synchronized void summary(AuditSummary summary) {
        this.summary = summary;
    }

    /**
     * Writes this request's event now, as a success with {@code summary}: a change calls it inside its transaction,
     * before committing, so the change and its audit stand or fall together. Should the request still fail, a second
     * event records the failure.
     *
     * @throws AuditUnavailableException if the event cannot be written (the caller's transaction then rolls back)
     */
    public synchronized void recordSuccessNow(AuditSummary summary) {
        this.summary = summary;
        record(200);
    }

    /** Writes the event with the answer's status, once per outcome (success or failure). */
    synchronized void record(int status) {
        if (recordedStatus != null && (recordedStatus >= 400) == (status >= 400)) return;
        trail.append(entry(status));
        recordedStatus = status;
    }

    synchronized boolean recorded() {
        return recordedStatus != null;
    }

    private AuditEntry entry(int status) {
        List<String> reportIds = summary == null
                ? List.of()
                : summary.reportIds().stream().sorted().toList();
        return new AuditEntry(
                user == null ? null : user.username(),
                user == null ? null : user.agency().value(),
                user == null
                        ? List.of()
                        : user.roles().stream().map(Enum::name).sorted().toList(),
                action != null ? action : inferredAction(),
                method,
                path,
                parameters,
                purpose,
                status,
                summary == null ? null : summary.resultSize(),
                reportIds);
    }

    /** The action of a request whose handler names none (see {@link Audited}). */
    private AuditAction inferredAction() {
        if (method.equals("POST") && (path.equals("/api/v1/reports") || path.startsWith("/api/v1/reports/"))) {
            return AuditAction.INGEST;
        }
        if (path.contains("/export")) return AuditAction.EXPORT;
        if (path.contains("/search")) return AuditAction.SEARCH;
        if (path.startsWith("/api/v1/audit")) return AuditAction.AUDIT;
        // queries too large for a URL (expand, paths, patterns) are POSTs; changes name their action
        return switch (method) {
            case "GET", "HEAD", "POST" -> AuditAction.READ;
            default -> AuditAction.WRITE;
        };
    }
}
