package org.borderlink.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.StringUtils;

/**
 * CSRF tokens as a single-page application needs them, for browsers only. The browser workspace reads the token from
 * the {@code XSRF-TOKEN} cookie, so a request that may come from it renders the token into that cookie (minting one if
 * needed), and a token sent back in the {@code X-XSRF-TOKEN} header is taken as it is, one in a form field unmasked.
 *
 * <p>A request that carries no ambient authority (its own credentials, or no session at all) needs no token: it is
 * exempt from the check, and an API client has no use for the cookie. Its token stays deferred, so it is minted only if
 * something asks for it: no random token and no {@code Set-Cookie} on every bearer-token answer.
 */
final class BrowserCsrfTokens implements CsrfTokenRequestHandler {

    private final CsrfTokenRequestAttributeHandler plain = new CsrfTokenRequestAttributeHandler();
    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();
    private final Predicate<HttpServletRequest> needsNoToken;

    BrowserCsrfTokens(Predicate<HttpServletRequest> needsNoToken) {
        this.needsNoToken = needsNoToken;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        masked.handle(request, response, token);
        if (!needsNoToken.test(request)) token.get();
    }

    @Override
    public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        String header = request.getHeader(token.getHeaderName());
        return (StringUtils.hasText(header) ? plain : masked).resolveCsrfTokenValue(request, token);
    }
}
