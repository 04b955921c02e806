package org.borderlink.ingest.report;

import org.jspecify.annotations.Nullable;

/**
 * A place as the report names it: a gazetteer id (e.g. {@code RS-HR-SID}), a name as written, coordinates,
 * or any mix of them. At least one of {@code id}, {@code name} or {@code lat}/{@code lon} is present; the
 * place normaliser resolves it to the gazetteer.
 *
 * @param country the country as written, if given
 * @param lat WGS 84 latitude in degrees, with {@code lon}
 * @param lon WGS 84 longitude in degrees, with {@code lat}
 */
public record Place(
        @Nullable String id,
        @Nullable String name,
        @Nullable String country,
        @Nullable Double lat,
        @Nullable Double lon,
        @Nullable PlaceKind kind) {}
