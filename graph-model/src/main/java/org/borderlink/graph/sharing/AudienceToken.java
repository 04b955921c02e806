package org.borderlink.graph.sharing;

import java.util.regex.Pattern;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.CountryCode;

/**
 * A label copied onto every relationship a report asserts, naming one audience that may see it: an agency
 * ({@code agency:RS-MUP}), a country ({@code country:BA}), a community ({@code region:WB}) or everyone
 * ({@code public}). A user holds tokens too; a fact is visible when the two sets meet.
 */
public record AudienceToken(String value) implements Comparable<AudienceToken> {

    private static final Pattern SHAPE =
            Pattern.compile("public|agency:[A-Z]{2}-[A-Z0-9]{2,16}|country:[A-Z]{2}|region:[A-Z0-9_-]{2,32}");

    /** Held by every user; carried by {@code CLEAR} facts. */
    public static final AudienceToken PUBLIC = new AudienceToken("public");

    /** The Western Balkans SOM/THB task-force community: the audience of {@code GREEN}. */
    public static final AudienceToken WESTERN_BALKANS = community("WB");

    public AudienceToken {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an audience token: " + value);
        }
    }

    public static AudienceToken parse(String value) {
        return new AudienceToken(value);
    }

    public static AudienceToken agency(AgencyId agency) {
        return new AudienceToken("agency:" + agency.value());
    }

    public static AudienceToken country(CountryCode country) {
        return new AudienceToken("country:" + country.code());
    }

    public static AudienceToken community(String name) {
        return new AudienceToken("region:" + name);
    }

    @Override
    public int compareTo(AudienceToken other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
