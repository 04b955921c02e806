package org.borderlink.api.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A user signed in through the OIDC provider in the browser, carrying the {@link BorderlinkUser} they act as. */
final class OidcAccount extends DefaultOidcUser {

    private final BorderlinkUser user;

    OidcAccount(BorderlinkUser user, OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
        super(
                user.roles().stream()
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList(),
                idToken,
                userInfo,
                IdTokenClaimNames.SUB);
        this.user = user;
    }

    BorderlinkUser user() {
        return user;
    }

    /** The user name Borderlink knows them by (the configured claim), not the provider's opaque subject. */
    @Override
    public String getName() {
        return user.username();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OidcAccount that && super.equals(that) && user.equals(that.user);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + user.hashCode();
    }
}
