package org.borderlink.ingest.normalise;

import org.borderlink.graph.model.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * One gazetteer entry, as in {@code gazetteer/crossing-points.csv}: a border crossing (with the countries on
 * both sides), a city, a hotspot or any other kind a deployment adds.
 *
 * @param id stable gazetteer id, e.g. {@code RS-HR-SID}
 * @param name the usual Latin-script name; a crossing names both sides: {@code Šid – Tovarnik}
 * @param nameLocal the name in the local script(s): {@code Шид – Tovarnik}
 * @param kind {@code BORDER_CROSSING}, {@code CITY}, {@code HOTSPOT}, …
 * @param countryA the country the place is in (for a crossing: the first side)
 * @param countryB for a crossing, the other side; otherwise null
 * @param corridor the route it lies on: {@code central}, {@code drina}, {@code coastal}, …
 * @param coordinates how exact {@code lat}/{@code lon} are: {@code approximate (±5 km)}, {@code town centre}
 */
public record Place(
        String id,
        String name,
        String nameLocal,
        String kind,
        CountryCode countryA,
        @Nullable CountryCode countryB,
        double lat,
        double lon,
        String corridor,
        String coordinates) {

    /** True if the place is in, or on the border of, {@code country}. */
    public boolean touches(CountryCode country) {
        return countryA.equals(country) || country.equals(countryB);
    }
}
