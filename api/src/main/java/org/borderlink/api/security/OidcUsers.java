package org.borderlink.api.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.borderlink.graph.model.AgencyId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Maps an OIDC issuer's claims onto a {@link BorderlinkUser}, with the claim names of {@code
 * borderlink.security.oidc.*}: those of an access token (API clients) and those of an ID token and user info (browser
 * sign-in). Claims without a valid agency, or whose country contradicts their agency, are refused: a user whose agency
 * is unknown could not be given any audience tokens.
 */
final class OidcUsers {

    private final SecurityProperties.Oidc claims;

    OidcUsers(SecurityProperties.Oidc claims) {
        this.claims = claims;
    }

    /** The user of a bearer token; refused claims answer 401 like any invalid token. */
    BorderlinkUser user(Jwt jwt) {
        try {
            return user(jwt.getClaims());
        } catch (Refused e) {
            throw new InvalidBearerTokenException(e.getMessage());
        }
    }

    /**
     * The user these claims name.
     *
     * @throws Refused if they name no user, no valid agency, or a contradiction
     */
    BorderlinkUser user(Map<String, Object> all) {
        String username = text(claim(all, claims.usernameClaim()));
        if (username == null) username = text(all.get("sub"));
        if (username == null || username.isBlank()) throw refused("names no user");
        String agencyText = text(claim(all, claims.agencyClaim()));
        if (agencyText == null || !AgencyId.isValid(agencyText)) {
            throw refused("names no valid agency in claim '" + claims.agencyClaim() + "'");
        }
        AgencyId agency = AgencyId.of(agencyText);
        String country = text(claim(all, claims.countryClaim()));
        if (country != null && !country.equalsIgnoreCase(agency.country().code())) {
            throw refused("names country " + country + " for agency " + agency);
        }
        TreeSet<String> communities = new TreeSet<>();
        for (String c : texts(claim(all, claims.communitiesClaim()))) {
            communities.add(c.toUpperCase(Locale.ROOT));
        }
        Set<UserRole> roles = EnumSet.noneOf(UserRole.class);
        for (String r : texts(claim(all, claims.rolesClaim()))) {
            String name = r.toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "").replace('-', '_');
            for (UserRole role : UserRole.values()) if (role.name().equals(name)) roles.add(role);
        }
        TreeSet<AgencyId> ingestFor = new TreeSet<>();
        for (String a : texts(claim(all, claims.ingestForClaim()))) {
            if (!AgencyId.isValid(a)) throw refused("names an invalid agency to ingest for");
            ingestFor.add(AgencyId.of(a));
        }
        if (ingestFor.isEmpty()) ingestFor.add(agency);
        try {
            return new BorderlinkUser(username, agency, communities, roles, ingestFor);
        } catch (IllegalArgumentException e) {
            throw refused("cannot be mapped to a user");
        }
    }

    /** The value at a dotted path, e.g. {@code realm_access.roles}. */
    private static @Nullable Object claim(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) return null;
            value = map.get(part);
        }
        return value;
    }

    private static @Nullable String text(@Nullable Object value) {
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    /** A list claim, or one string of names separated by spaces or commas. */
    private static List<String> texts(@Nullable Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            for (Object o : list) if (o instanceof String s && !s.isBlank()) out.add(s.strip());
        } else if (value instanceof String s) {
            for (String part : s.split("[\\s,]+")) if (!part.isBlank()) out.add(part);
        }
        return out;
    }

    private static Refused refused(String why) {
        return new Refused("The token " + why);
    }

    /** Claims that cannot be mapped onto a user; the message says why and holds no claim of a person. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }
}
