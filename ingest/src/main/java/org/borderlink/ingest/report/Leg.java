package org.borderlink.ingest.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One movement on the route: from a place to another, perhaps through a crossing point, by some mode, on a
 * date, at a price.
 *
 * @param ref local reference, unique within the report
 * @param order position on the route, from 1
 * @param via the crossing point, when the leg crosses a border
 * @param price the price per person, when known
 * @param persons references to the persons who travelled this leg
 * @param vehicles references to the vehicles used on it
 */
public record Leg(
        String ref,
        Integer order,
        Place from,
        Place to,
        @Nullable Place via,
        @Nullable TransportMode mode,
        @Nullable String date,
        @Nullable Money price,
        List<String> persons,
        List<String> vehicles) {

    public Leg {
        persons = Lists.orEmpty(persons);
        vehicles = Lists.orEmpty(vehicles);
    }
}
