package org.borderlink.graph.sharing;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import org.borderlink.graph.model.AgencyId;

/**
 * Compiles a report's marking into the audience tokens copied onto every relationship the report asserts.
 * This is the only place that decides who a marking reaches; docs/data-model.md shows it as a table.
 *
 * <table>
 *   <tr><th>TLP</th><th>tokens</th></tr>
 *   <tr><td>RED</td><td>the owning agency, plus agencies named as recipients</td></tr>
 *   <tr><td>AMBER+STRICT</td><td>the owning agency, plus agencies named as recipients</td></tr>
 *   <tr><td>AMBER</td><td>the owning agency, plus the named agencies and countries</td></tr>
 *   <tr><td>GREEN</td><td>the owning agency, the named ones, and the {@code region:WB} community</td></tr>
 *   <tr><td>CLEAR</td><td>{@code public}, held by every user</td></tr>
 * </table>
 *
 * The owner's own country is not an audience by default: under {@code AMBER} another agency of the same
 * country sees the report only when the owner names it or the country. Facts about minors get the narrower
 * {@link #ofMinors} whatever the marking.
 */
public final class Audience {

    private Audience() {}

    public static SortedSet<AudienceToken> of(AgencyId owner, Marking marking) {
        TreeSet<AudienceToken> tokens = new TreeSet<>();
        tokens.add(AudienceToken.agency(owner));
        marking.releasableAgencies().forEach(a -> tokens.add(AudienceToken.agency(a)));
        switch (marking.tlp()) {
            case RED, AMBER_STRICT -> {
                // named organisations only: Marking refuses countries for these
            }
            case AMBER -> marking.releasableCountries().forEach(c -> tokens.add(AudienceToken.country(c)));
            case GREEN -> {
                marking.releasableCountries().forEach(c -> tokens.add(AudienceToken.country(c)));
                tokens.add(AudienceToken.WESTERN_BALKANS);
            }
            case CLEAR -> tokens.add(AudienceToken.PUBLIC);
        }
        return tokens;
    }

    /**
     * The tokens of facts about a minor: the owning agency and the agencies it granted them to, never a country, a
     * community or the public, whatever the report's marking (a child's identity is not disclosed, Council of Europe
     * Convention Art. 11). Everyone else learns of such facts only through hit/no-hit.
     */
    public static SortedSet<AudienceToken> ofMinors(AgencyId owner, Collection<AgencyId> grantedTo) {
        TreeSet<AudienceToken> tokens = new TreeSet<>();
        tokens.add(AudienceToken.agency(owner));
        grantedTo.forEach(a -> tokens.add(AudienceToken.agency(a)));
        return tokens;
    }

    /** The tokens as the strings stored in the {@code aud} property. */
    public static String[] asProperty(SortedSet<AudienceToken> tokens) {
        return tokens.stream().map(AudienceToken::value).toArray(String[]::new);
    }
}
