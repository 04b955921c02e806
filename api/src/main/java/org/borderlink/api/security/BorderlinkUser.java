package org.borderlink.api.security;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.CountryCode;
import org.borderlink.graph.sharing.Viewer;

/**
 * An authenticated person, however they logged in (local account or OIDC token): who they are, the agency they act
 * for, the sharing communities they belong to, and their roles.
 *
 * @param communities community names such as {@code WB}; with the agency and its country they make the user's
 *     audience tokens
 * @param ingestFor the agencies whose reports this user may submit (normally only their own)
 */
public record BorderlinkUser(
        String username,
        AgencyId agency,
        SortedSet<String> communities,
        Set<UserRole> roles,
        SortedSet<AgencyId> ingestFor) {

    public BorderlinkUser {
        if (username.isBlank()) throw new IllegalArgumentException("a user needs a name");
        communities = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(communities));
        roles = Set.copyOf(roles);
        ingestFor = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(ingestFor));
    }

    public CountryCode country() {
        return agency.country();
    }

    /** The tokens every read of this user is filtered by (design §5). */
    public Viewer viewer() {
        return Viewer.of(agency, communities);
    }

    public boolean has(UserRole role) {
        return roles.contains(role);
    }

    public boolean mayIngestFor(AgencyId reportAgency) {
        return has(UserRole.INGEST) && ingestFor.contains(reportAgency);
    }
}
