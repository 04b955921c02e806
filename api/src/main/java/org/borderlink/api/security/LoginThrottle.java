package org.borderlink.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password and token guessing down: every failed authentication counts against the user name tried and the
 * client address; once either has used up its allowance within the window
 * ({@code borderlink.security.rate-limit.login-failures}, {@code client-login-failures}), its further logins are
 * answered 429 before any password is checked (and audited as failed logins). Successful
 * logins cost nothing, so API clients that send HTTP Basic with every request are not slowed.
 */
final class LoginThrottle {

    private final RateLimiter userFailures;
    private final RateLimiter clientFailures;
    private final ApplicationEventPublisher events;
    private final ProblemResponses problems;

    LoginThrottle(SecurityProperties.RateLimit limits, ApplicationEventPublisher events, ProblemResponses problems) {
        this.userFailures = new RateLimiter(limits.loginFailures(), limits.loginWindow());
        this.clientFailures = new RateLimiter(limits.clientLoginFailures(), limits.loginWindow());
        this.events = events;
        this.problems = problems;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureLockedEvent) return; // refused by this throttle: already counted
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            clientFailures.take(clientKey(servlet.getRequest()));
        }
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
            userFailures.take(userKey(String.valueOf(attempt.getPrincipal())));
        }
    }

    /** The filter, placed before every authentication filter. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!isLogin(request)) {
                    chain.doFilter(request, response);
                    return;
                }
                String user = attemptedUser(request);
                @Nullable
                Duration wait = !clientFailures.allows(clientKey(request))
                        ? clientFailures.retryAfter(clientKey(request))
                        : user != null && !userFailures.allows(userKey(user))
                                ? userFailures.retryAfter(userKey(user))
                                : null;
                if (wait == null) {
                    chain.doFilter(request, response);
                    return;
                }
                events.publishEvent(new AuthenticationFailureLockedEvent(
                        UsernamePasswordAuthenticationToken.unauthenticated(user == null ? "" : user, null),
                        new LockedException("too many failed logins")));
                response.setHeader("Retry-After", Long.toString(RateLimiter.seconds(wait)));
                problems.write(
                        request,
                        response,
                        HttpStatus.TOO_MANY_REQUESTS,
                        "Too many failed logins",
                        "Too many failed logins for this user or from this address; try again later.");
            }
        };
    }

    private static boolean isLogin(HttpServletRequest request) {
        return request.getHeader("Authorization") != null
                || ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    private static @Nullable String attemptedUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(
                        Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? null : decoded.substring(0, colon);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        if (header == null) return request.getParameter("username");
        return null;
    }

    private static String clientKey(HttpServletRequest request) {
        return "client:" + request.getRemoteAddr();
    }

    private static String userKey(String name) {
        return "user:" + name;
    }
}
