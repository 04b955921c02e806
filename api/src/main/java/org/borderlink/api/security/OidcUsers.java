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
 * Maps an OIDC issuer's access token onto a {@link BorderlinkUser}, with the claim names of {@code
 * borderlink.security.oidc.*}. A token without a valid agency, or whose country claim contradicts its agency, is
 * refused (401): a user whose agency is unknown could not be given any audience tokens.
 */
final class OidcUsers {

    private final SecurityProperties.Oidc claims;

    OidcUsers(SecurityProperties.Oidc claims) {
        this.claims = claims;
    }

    BorderlinkUser user(Jwt jwt) {
        Map<String, Object> all = jwt.getClaims();
        String username = text(claim(all, claims.usernameClaim()));
        if (username == null) username = jwt.getSubject();
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

    private static InvalidBearerTokenException refused(String why) {
        return new InvalidBearerTokenException("The token " + why);
    }
}
