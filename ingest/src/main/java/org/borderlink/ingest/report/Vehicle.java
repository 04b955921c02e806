package org.borderlink.ingest.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A vehicle: its plate and registration country as written (normalised later), make, colour, and how people
 * were hidden in it.
 *
 * @param concealment e.g. "hidden compartment behind the rear seats", as written
 */
public record Vehicle(
        String ref,
        List<String> usedBy,
        String plate,
        @Nullable String country,
        @Nullable String make,
        @Nullable String colour,
        @Nullable String concealment)
        implements Selector {

    public Vehicle {
        usedBy = Lists.orEmpty(usedBy);
    }
}
