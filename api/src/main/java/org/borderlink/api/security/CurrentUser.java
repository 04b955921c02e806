package org.borderlink.api.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The one place that turns whatever authenticated a request into a {@link BorderlinkUser}. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<BorderlinkUser> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) return Optional.empty();
        if (authentication.getPrincipal() instanceof AccountDetails details) return Optional.of(details.user());
        // a browser session signed in through the OIDC provider
        if (authentication.getPrincipal() instanceof OidcAccount account) return Optional.of(account.user());
        // a bearer token: the API's own (mapped to its local account) or an OIDC issuer's (mapped from its claims)
        if (authentication instanceof UserAuthentication token) return Optional.of(token.user());
        return Optional.empty();
    }

    /** The user of the current request, if one is logged in. */
    public static Optional<BorderlinkUser> get() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }
}
