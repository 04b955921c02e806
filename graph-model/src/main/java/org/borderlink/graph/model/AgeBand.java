package org.borderlink.graph.model;

import java.time.LocalDate;
import java.time.Period;

/**
 * The age bands of the Counter Trafficking Data Collaborative (CTDC) for anonymised data. A birth date of a
 * victim or smuggled migrant is replaced by its band before anything is stored.
 */
public enum AgeBand {
    AGE_0_8("0–8", 0, 8),
    AGE_9_17("9–17", 9, 17),
    AGE_18_20("18–20", 18, 20),
    AGE_21_23("21–23", 21, 23),
    AGE_24_26("24–26", 24, 26),
    AGE_27_29("27–29", 27, 29),
    AGE_30_38("30–38", 30, 38),
    AGE_39_47("39–47", 39, 47),
    AGE_48_PLUS("48+", 48, Integer.MAX_VALUE);

    private final String label;
    private final int from;
    private final int to;

    AgeBand(String label, int from, int to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public String label() {
        return label;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    public boolean isMinor() {
        return to < 18;
    }

    public static AgeBand ofAge(int years) {
        if (years < 0 || years > 130) {
            throw new IllegalArgumentException("age out of range: " + years);
        }
        for (AgeBand band : values()) {
            if (years >= band.from && years <= band.to) return band;
        }
        throw new IllegalStateException("bands cover every age");
    }

    /** The band of someone born on {@code birthDate}, at {@code at} (usually the date of the facts). */
    public static AgeBand ofBirthDate(LocalDate birthDate, LocalDate at) {
        return ofAge(Period.between(birthDate, at).getYears());
    }

    /** Parses a label such as {@code 18–20}, {@code 18-20} or {@code 48+}, or the enum name. */
    public static AgeBand parse(String text) {
        String t = text.trim().replace('-', '–').replace('—', '–');
        for (AgeBand band : values()) {
            if (band.label.equals(t) || band.name().equalsIgnoreCase(text.trim())) return band;
        }
        throw new IllegalArgumentException("unknown age band '" + text
                + "' (CTDC bands: 0–8, 9–17, 18–20, 21–23, 24–26, 27–29, 30–38, 39–47, 48+)");
    }

    /** Two bands are compatible when they are the same or adjacent (a birthday may fall between reports). */
    public boolean compatibleWith(AgeBand other) {
        return Math.abs(ordinal() - other.ordinal()) <= 1;
    }
}
