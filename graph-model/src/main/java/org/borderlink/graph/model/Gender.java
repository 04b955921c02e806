package org.borderlink.graph.model;

/** Gender as recorded, aligned with HTCDS 2.0 {@code prs_Gender}. */
public enum Gender {
    FEMALE("Feminine"),
    MALE("Masculine"),
    TRANSGENDER_FEMALE("TransgenderFeminine"),
    TRANSGENDER_MALE("TransgenderMasculine"),
    NON_CONFORMING("NonConforming"),
    UNKNOWN("NonSpecifiedUnknown");

    private final String htcds;

    Gender(String htcds) {
        this.htcds = htcds;
    }

    public String htcds() {
        return htcds;
    }

    public static Gender fromHtcds(String value) {
        for (Gender g : values()) {
            if (g.htcds.equalsIgnoreCase(value.trim())) return g;
        }
        throw new IllegalArgumentException("unknown HTCDS prs_Gender value '" + value + "'");
    }
}
