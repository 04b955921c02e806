package org.borderlink.graph.model;

import java.util.Arrays;

/** Traffic Light Protocol 2.0 (FIRST), from most open to most restricted. */
public enum Tlp {
    /** Public: no limit on disclosure. */
    CLEAR("CLEAR"),
    /** The community: here the regional SOM/THB task forces. */
    GREEN("GREEN"),
    /** The recipient organisation and those who need to know, including named partner countries. */
    AMBER("AMBER"),
    /** The recipient organisation only. */
    AMBER_STRICT("AMBER+STRICT"),
    /** Named recipients only. */
    RED("RED");

    private final String label;

    Tlp(String label) {
        this.label = label;
    }

    /** The label as TLP 2.0 writes it, e.g. {@code AMBER+STRICT}. */
    public String label() {
        return label;
    }

    /** Parses the TLP 2.0 label, case-insensitive, with or without the {@code TLP:} prefix. */
    public static Tlp fromLabel(String text) {
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        String bare = t.startsWith("TLP:") ? t.substring(4) : t;
        return Arrays.stream(values())
                .filter(v -> v.label.equals(bare) || v.name().equals(bare))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown TLP label '" + text + "' (CLEAR, GREEN, AMBER, AMBER+STRICT, RED)"));
    }
}
