package org.borderlink.graph.model;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country code, plus {@code XK} for Kosovo (user-assigned, used by the EU and Europol). */
public record CountryCode(String code) implements Comparable<CountryCode> {

    private static final Set<String> ISO = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    /** The Western Balkans six, whose agencies run Borderlink together. */
    public static final Set<CountryCode> WESTERN_BALKANS =
            Set.of(of("AL"), of("BA"), of("XK"), of("ME"), of("MK"), of("RS"));

    public CountryCode {
        if (code == null || !(ISO.contains(code) || code.equals("XK"))) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code (or XK): " + code);
        }
    }

    public static CountryCode of(String code) {
        return new CountryCode(code);
    }

    public static boolean isValid(String code) {
        return code != null && (ISO.contains(code) || code.equals("XK"));
    }

    public boolean isWesternBalkans() {
        return WESTERN_BALKANS.contains(this);
    }

    @Override
    public int compareTo(CountryCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
