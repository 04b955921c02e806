package org.borderlink.ingest.normalise;

import org.borderlink.graph.model.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * Where a reported place was matched in the {@link Gazetteer}, or, when it was not, the new unverified
 * location to create for it.
 *
 * @param id the gazetteer id, or for an unverified place one derived from country and folded name
 *     ({@code RS-U-backi-breg}), stable for the same spelling
 * @param name the gazetteer name, or the name as reported
 * @param kind the gazetteer kind, or {@link #UNVERIFIED_KIND}
 * @param country the country the place is in; null only for an unverified place reported without a country
 * @param otherCountry for a border crossing, the other side
 * @param lat latitude, null for an unverified place reported without coordinates
 * @param lon longitude, likewise
 * @param verified true if the place is in the gazetteer
 * @param matchedBy how it was found: {@code id}, {@code name}, {@code name-part}, {@code name-inflection},
 *     {@code coordinates} or {@code unverified}
 */
public record PlaceMatch(
        String id,
        String name,
        String kind,
        @Nullable CountryCode country,
        @Nullable CountryCode otherCountry,
        @Nullable Double lat,
        @Nullable Double lon,
        boolean verified,
        String matchedBy) {

    /** The kind given to places not in the gazetteer. */
    public static final String UNVERIFIED_KIND = "UNVERIFIED";

    static PlaceMatch of(Place place, String matchedBy) {
        return new PlaceMatch(
                place.id(),
                place.name(),
                place.kind(),
                place.countryA(),
                place.countryB(),
                place.lat(),
                place.lon(),
                true,
                matchedBy);
    }
}
