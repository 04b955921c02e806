package org.borderlink.graph.sharing;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.borderlink.graph.model.AgencyId;

/**
 * The audience tokens one user acts with: their agency, their country, their communities and {@code public}.
 * Every read of case data is made on behalf of a viewer.
 */
public record Viewer(AgencyId agency, SortedSet<AudienceToken> tokens) {

    public Viewer {
        tokens = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(tokens));
    }

    /** A member of {@code agency}, its country and the given communities (e.g. {@code WB}). */
    public static Viewer of(AgencyId agency, Collection<String> communities) {
        TreeSet<AudienceToken> tokens = new TreeSet<>();
        tokens.add(AudienceToken.PUBLIC);
        tokens.add(AudienceToken.agency(agency));
        tokens.add(AudienceToken.country(agency.country()));
        communities.forEach(c -> tokens.add(AudienceToken.community(c)));
        return new Viewer(agency, tokens);
    }

    public static Viewer of(AgencyId agency, String... communities) {
        return of(agency, List.of(communities));
    }

    /** The tokens as the list passed to the visibility predicate. */
    public List<String> tokenValues() {
        return tokens.stream().map(AudienceToken::value).toList();
    }

    /** In-memory form of the visibility rule, for facts already loaded (see {@link Visibility}). */
    public boolean maySee(Collection<String> aud) {
        Set<String> mine = Set.copyOf(tokenValues());
        return aud.stream().anyMatch(mine::contains);
    }
}
