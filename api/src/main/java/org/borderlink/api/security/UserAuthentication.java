package org.borderlink.api.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A request authenticated by a bearer token (the API's own or an OIDC issuer's), and the user it was mapped to. */
final class UserAuthentication extends JwtAuthenticationToken {

    private final BorderlinkUser user;

    UserAuthentication(Jwt jwt, BorderlinkUser user) {
        super(
                jwt,
                user.roles().stream()
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList(),
                user.username());
        this.user = user;
    }

    BorderlinkUser user() {
        return user;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserAuthentication that && super.equals(that) && user.equals(that.user);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + user.hashCode();
    }
}
