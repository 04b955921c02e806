package org.borderlink.api.audit;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.borderlink.api.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Audits every API request that passed authentication (it runs right after Spring Security's filters): the request's
 * event is written before the first byte of the answer, and if it cannot be written the client gets {@code 503}
 * instead of the answer. A request that ends in an exception (access denied by a role check, an internal error) is
 * audited with the status it will be answered with before the exception travels on.
 */
final class AuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);

    private final AuditTrail trail;
    private final AuditParameters parameters;

    AuditFilter(AuditTrail trail, AuditParameters parameters) {
        this.trail = trail;
        this.parameters = parameters;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestAudit audit = new RequestAudit(
                trail,
                CurrentUser.get().orElse(null),
                request.getMethod(),
                UriUtils.decode(request.getRequestURI(), StandardCharsets.UTF_8),
                parameters.of(request),
                parameters.purpose(request));
        audit.attachTo(request);
        AuditedResponse audited = new AuditedResponse(response, audit);
        try {
            chain.doFilter(request, audited);
        } catch (IOException | ServletException | RuntimeException e) {
            if (audited.blocked() || !recorded(audit, statusOf(e))) {
                refuse(response, e);
                return;
            }
            throw e;
        }
        if (request.isAsyncStarted()) {
            request.getAsyncContext().addListener(new RecordOnCompletion(audit, audited));
            return;
        }
        if (audited.blocked() || (!audited.released() && !recorded(audit, audited.getStatus()))) {
            refuse(response, null);
        }
    }

    private static boolean recorded(RequestAudit audit, int status) {
        try {
            audit.record(status);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The status an exception leaving the application will be answered with. */
    private static int statusOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) return HttpServletResponse.SC_FORBIDDEN;
            if (t instanceof AuthenticationException) return HttpServletResponse.SC_UNAUTHORIZED;
        }
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    private static void refuse(HttpServletResponse response, @Nullable Throwable cause) throws IOException {
        log.error("Request refused: its audit event could not be written", cause);
        if (response.isCommitted()) return;
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream()
                .write(("{\"type\":\"about:blank\",\"title\":\"Audit unavailable\",\"status\":503,"
                                + "\"detail\":\"The audit trail cannot be written, so this request was not answered.\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** An asynchronous answer that wrote nothing (the wrapper audits one that did). */
    private record RecordOnCompletion(RequestAudit audit, AuditedResponse response) implements AsyncListener {
        @Override
        public void onComplete(AsyncEvent event) {
            if (!audit.recorded() && !recorded(audit, response.getStatus())) {
                log.error("The audit event of an asynchronous request could not be written after it completed");
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) {}

        @Override
        public void onError(AsyncEvent event) {}

        @Override
        public void onStartAsync(AsyncEvent event) {}
    }
}
