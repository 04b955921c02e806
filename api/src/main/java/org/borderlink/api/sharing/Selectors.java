package org.borderlink.api.sharing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderlink.graph.model.CountryCode;
import org.borderlink.ingest.facts.Pseudonymiser;
import org.borderlink.ingest.normalise.CountryNormaliser;
import org.borderlink.ingest.normalise.NameNormaliser;
import org.borderlink.ingest.normalise.NormalisationException;
import org.borderlink.ingest.normalise.PhoneNormaliser;
import org.borderlink.ingest.normalise.Plate;
import org.borderlink.ingest.normalise.PlateNormaliser;
import org.borderlink.ingest.report.DocumentType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a selector the way ingest stored it, so the same phone, plate, document or name finds the same node: E.164
 * phones (and the keyed pseudonym a phone gets when only protected persons used it), canonical plates, the keyed hash
 * of a document's type, issuer and number, folded names.
 */
@Component
final class Selectors {

    private final PhoneNormaliser phones = new PhoneNormaliser();
    private final PlateNormaliser plates = new PlateNormaliser();
    private final NameNormaliser names = new NameNormaliser();
    private final CountryNormaliser countries = new CountryNormaliser();
    private final Pseudonymiser pseudonyms;

    Selectors(Pseudonymiser pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    Selector parse(String type, String value, @Nullable String country) {
        if (value.isBlank() || value.length() > 200) throw new BadSelector("value must be 1 to 200 characters");
        CountryCode in = country == null || country.isBlank() ? null : country(country);
        return switch (SelectorType.parse(type)) {
            case PHONE -> phone(value, in);
            case PLATE -> plate(value, in);
            case DOCUMENT -> document(value);
            case NAME -> name(value);
        };
    }

    private Selector phone(String value, @Nullable CountryCode country) {
        String e164;
        try {
            e164 = phones.toE164(value, country);
        } catch (NormalisationException e) {
            throw new BadSelector("not a phone number: give it with its country code (+381 64 123 4567) or a country");
        }
        // FactBuilder keys a phone only protected persons used by its keyed pseudonym
        List<String> ids = List.of(e164, "pseudo:" + pseudonyms.pseudonym("phone", e164));
        return new Selector(
                SelectorType.PHONE,
                e164,
                "MATCH (s:Phone) WHERE s.id IN $ids MATCH (s)-[f]-() WHERE f.reportId IS NOT NULL",
                Map.of("ids", ids));
    }

    private Selector plate(String value, @Nullable CountryCode country) {
        Plate plate;
        try {
            plate = plates.normalise(value, country);
        } catch (NormalisationException e) {
            throw new BadSelector("not a registration plate: 3 to 12 letters and digits with at least one digit");
        }
        return new Selector(
                SelectorType.PLATE,
                country == null ? plate.normalised() : country.code() + ":" + plate.normalised(),
                "MATCH (s:Vehicle {plate: $plate}) WHERE $country = '' OR s.country = $country "
                        + "MATCH (s)-[f]-() WHERE f.reportId IS NOT NULL",
                country == null
                        ? Map.of("plate", plate.normalised(), "country", "")
                        : Map.of("plate", plate.normalised(), "country", country.code()));
    }

    /** {@code TYPE:ISSUER:NUMBER}; the issuer may be empty ({@code PASSPORT::P1234567}). */
    private Selector document(String value) {
        String[] parts = value.split(":", 3);
        if (parts.length != 3 || parts[2].isBlank()) {
            throw new BadSelector("a document is TYPE:ISSUER:NUMBER, e.g. PASSPORT:AF:P1234567 (issuer may be empty)");
        }
        DocumentType type;
        try {
            type = DocumentType.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadSelector("document type must be one of " + List.of(DocumentType.values()));
        }
        String issuer = parts[1].isBlank() ? "" : country(parts[1]).code();
        // the same key FactBuilder hashes: type, issuer and the number without spaces or punctuation
        String number = parts[2].toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        String id = "doc:" + pseudonyms.pseudonym("document", type.name() + "|" + issuer + "|" + number);
        return new Selector(
                SelectorType.DOCUMENT,
                type.name() + ":" + issuer + ":" + number,
                "MATCH (s:Document) WHERE s.id IN $ids MATCH (s)-[f]-() WHERE f.reportId IS NOT NULL",
                Map.of("ids", List.of(id)));
    }

    private Selector name(String value) {
        String folded = names.normalise(value).folded();
        if (folded.isBlank()) throw new BadSelector("a name needs at least one letter");
        return new Selector(
                SelectorType.NAME,
                value.strip(),
                "MATCH (:Report)-[f:MENTIONS]->(:Person) WHERE f.nameFolded = $folded",
                Map.of("folded", folded));
    }

    private CountryCode country(String text) {
        try {
            return countries.normalise(text);
        } catch (NormalisationException e) {
            throw new BadSelector("not a country: " + text.strip());
        }
    }
}
