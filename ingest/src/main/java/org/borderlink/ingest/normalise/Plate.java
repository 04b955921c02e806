package org.borderlink.ingest.normalise;

import org.borderlink.graph.model.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * A vehicle registration plate in canonical form ({@code BG123AB}: upper-case Latin letters A–Z and digits
 * only) and the country that issued it, null when the report does not say.
 */
public record Plate(String normalised, @Nullable CountryCode country) {}
