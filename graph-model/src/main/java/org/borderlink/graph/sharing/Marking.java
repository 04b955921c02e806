package org.borderlink.graph.sharing;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.CountryCode;
import org.borderlink.graph.model.HandlingCode;
import org.borderlink.graph.model.Tlp;

/**
 * The handling restrictions of a report: TLP 2.0, a SIENA handling code, and to whom beyond the owner it may
 * be released. Releasability names countries ({@code BA}) or agencies ({@code BA-GP}); {@code RED} and
 * {@code AMBER+STRICT} may name agencies only, because those markings stop at named organisations.
 */
public record Marking(Tlp tlp, HandlingCode handling, SortedSet<String> releasableTo) {

    public Marking {
        releasableTo = new TreeSet<>(releasableTo);
        for (String entry : releasableTo) {
            boolean agency = AgencyId.isValid(entry);
            boolean country = !agency && CountryCode.isValid(entry);
            if (!agency && !country) {
                throw new IllegalArgumentException(
                        "releasability entry '" + entry + "' is neither a country code (BA) nor an agency id (BA-GP)");
            }
            if (country && (tlp == Tlp.RED || tlp == Tlp.AMBER_STRICT)) {
                throw new IllegalArgumentException("TLP:" + tlp.label()
                        + " can be released to named agencies only, not to the whole country '" + entry + "'");
            }
        }
        releasableTo = java.util.Collections.unmodifiableSortedSet(releasableTo);
    }

    public static Marking of(Tlp tlp, HandlingCode handling, String... releasableTo) {
        return new Marking(tlp, handling, new TreeSet<>(List.of(releasableTo)));
    }

    /**
     * The marking as one canonical text, e.g. {@code AMBER+STRICT/H2/BA-GP,ME-UP}: equal texts are equal markings. The
     * {@code Report} keeps the marking its owner's system submitted in this form, to tell later whether a correction
     * repeats it or changes it.
     */
    public String key() {
        return tlp.label() + "/" + handling.name() + "/" + String.join(",", releasableTo);
    }

    public List<AgencyId> releasableAgencies() {
        return releasableTo.stream().filter(AgencyId::isValid).map(AgencyId::of).toList();
    }

    public List<CountryCode> releasableCountries() {
        return releasableTo.stream()
                .filter(e -> !AgencyId.isValid(e))
                .map(CountryCode::of)
                .toList();
    }
}
