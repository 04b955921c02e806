package org.borderlink.graph.model;

import java.util.regex.Pattern;

/**
 * An agency that owns reports, e.g. {@code RS-MUP} (Serbian Ministry of Interior) or {@code BA-GP} (Border
 * Police of Bosnia and Herzegovina): its country code, a hyphen and a short upper-case name.
 */
public record AgencyId(String value) implements Comparable<AgencyId> {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}-[A-Z0-9]{2,16}");

    public AgencyId {
        if (value == null || !SHAPE.matcher(value).matches() || !CountryCode.isValid(value.substring(0, 2))) {
            throw new IllegalArgumentException(
                    "not an agency id (country code, '-', 2–16 upper-case letters or digits): " + value);
        }
    }

    public static AgencyId of(String value) {
        return new AgencyId(value);
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches() && CountryCode.isValid(value.substring(0, 2));
    }

    public CountryCode country() {
        return CountryCode.of(value.substring(0, 2));
    }

    @Override
    public int compareTo(AgencyId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
