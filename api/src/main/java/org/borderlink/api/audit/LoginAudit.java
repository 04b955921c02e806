package org.borderlink.api.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.borderlink.api.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Logins as Spring Security reports them: every failed authentication (form, HTTP Basic, bearer token, OIDC sign-in)
 * and every successful form or OIDC sign-in. API tokens are audited where they are issued ({@code POST /api/v1/auth/token}); a request
 * authenticated by HTTP Basic or a token is audited as the request it is. Written synchronously, before the login's
 * answer; a login whose audit cannot be written fails.
 */
@Component
@ConditionalOnWebApplication
final class LoginAudit {

    private static final int MAX_NAME = 64;

    private final AuditTrail trail;

    LoginAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        CurrentUser.of(event.getAuthentication())
                .ifPresent(user -> trail.append(new AuditEntry(
                        user.username(),
                        user.agency().value(),
                        user.roles().stream().map(Enum::name).sorted().toList(),
                        AuditAction.LOGIN,
                        currentRequest() == null ? "POST" : currentRequest().getMethod(),
                        currentRequest() == null ? "/login" : currentRequest().getRequestURI(),
                        details(event.getAuthentication() instanceof OAuth2AuthenticationToken ? "oidc" : "form"),
                        null,
                        200,
                        null,
                        List.of())));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        // the name tried, never a credential; a bearer token's text is a credential
        String name =
                attempt instanceof UsernamePasswordAuthenticationToken && attempt.getPrincipal() instanceof String tried
                        ? shorten(tried)
                        : null;
        String method = attempt instanceof BearerTokenAuthenticationToken ? "bearer" : method(currentRequest());
        Map<String, String> parameters = details(method);
        parameters.put("reason", event.getException().getClass().getSimpleName());
        HttpServletRequest request = currentRequest();
        trail.append(new AuditEntry(
                name,
                null,
                List.of(),
                AuditAction.LOGIN_FAILED,
                request == null ? null : request.getMethod(),
                request == null ? null : request.getRequestURI(),
                parameters,
                null,
                401,
                null,
                List.of()));
    }

    private static Map<String, String> details(String method) {
        Map<String, String> details = new TreeMap<>();
        details.put("method", method);
        HttpServletRequest request = currentRequest();
        if (request != null) details.put("client", request.getRemoteAddr());
        return details;
    }

    /** How a failed login came in: the form, the OIDC provider's sign-in, or HTTP Basic. */
    private static String method(@Nullable HttpServletRequest request) {
        if (request == null) return "basic";
        String path = request.getRequestURI();
        if ("/login".equals(path)) return "form";
        if (path.startsWith("/login/oauth2/") || path.startsWith("/oauth2/")) return "oidc";
        return "basic";
    }

    private static @Nullable HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? servlet.getRequest()
                : null;
    }

    private static String shorten(String name) {
        String printable = name.replaceAll("\\p{Cntrl}", " ");
        return printable.length() <= MAX_NAME ? printable : printable.substring(0, MAX_NAME) + "…";
    }
}
