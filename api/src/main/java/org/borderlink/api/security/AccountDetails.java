package org.borderlink.api.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A local account as Spring Security sees it, carrying the {@link BorderlinkUser} it logs in as. */
final class AccountDetails extends User {

    private final BorderlinkUser user;

    AccountDetails(BorderlinkUser user, String passwordHash) {
        super(
                user.username(),
                passwordHash,
                user.roles().stream()
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList());
        this.user = user;
    }

    BorderlinkUser user() {
        return user;
    }
}
