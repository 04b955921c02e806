package org.borderlink.api.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.borderlink.graph.model.AgencyId;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The configured local accounts (and the demo's generated ones), looked up by user name at login. */
final class LocalAccounts implements UserDetailsService {

    private static final Pattern BCRYPT = Pattern.compile("(\\{bcrypt})?\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");

    private final Map<String, AccountDetails> accounts = new LinkedHashMap<>();

    LocalAccounts(List<SecurityProperties.Account> configured) {
        for (SecurityProperties.Account a : configured) {
            if (!BCRYPT.matcher(a.passwordHash()).matches()) {
                throw new IllegalArgumentException("borderlink.security.users: the password of " + a.username()
                        + " must be a bcrypt hash ({bcrypt}$2a$…), never a plain password");
            }
            AgencyId agency = AgencyId.of(a.agency());
            TreeSet<AgencyId> ingestFor = new TreeSet<>();
            a.ingestFor().forEach(id -> ingestFor.add(AgencyId.of(id)));
            if (ingestFor.isEmpty()) ingestFor.add(agency);
            BorderlinkUser user = new BorderlinkUser(
                    a.username(), agency, new TreeSet<>(a.communities()), Set.copyOf(a.roles()), ingestFor);
            String hash = a.passwordHash().startsWith("{") ? a.passwordHash() : "{bcrypt}" + a.passwordHash();
            if (accounts.put(a.username(), new AccountDetails(user, hash)) != null) {
                throw new IllegalArgumentException(
                        "borderlink.security.users: the user name " + a.username() + " is configured twice");
            }
        }
    }

    int size() {
        return accounts.size();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AccountDetails details = configured(username);
        // a fresh copy: Spring Security erases the credentials of what it authenticated
        return new AccountDetails(details.user(), details.getPassword());
    }

    /** The account named {@code username} as it is configured now: what a bearer token is checked against. */
    BorderlinkUser user(String username) {
        return configured(username).user();
    }

    private AccountDetails configured(String username) {
        AccountDetails details = accounts.get(username);
        if (details == null) throw new UsernameNotFoundException("unknown user");
        return details;
    }
}
