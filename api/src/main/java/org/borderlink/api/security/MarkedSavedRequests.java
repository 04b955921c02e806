package org.borderlink.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * The page a browser asked for before it was sent to sign in, kept in its session as Spring Security keeps it, and
 * given back only on the URL that carries Spring's marker ({@code ?continue}). Spring looks for the marker by parsing
 * every query string into a map, on every request: 1.6 % of a path request's handling thread (profiled under the
 * analysis benchmark). A query without the text {@code continue} cannot hold that parameter, so it is answered at
 * once; the others are looked up as before.
 */
final class MarkedSavedRequests extends HttpSessionRequestCache {

    /** Spring Security's default name of the marker parameter, which this cache keeps. */
    static final String MARKER = "continue";

    MarkedSavedRequests() {
        setMatchingRequestParameterName(MARKER);
    }

    @Override
    public @Nullable HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
        String query = request.getQueryString();
        if (query == null || !query.contains(MARKER)) return null;
        return super.getMatchingRequest(request, response);
    }
}
