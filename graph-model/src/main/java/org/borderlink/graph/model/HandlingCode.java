package org.borderlink.graph.model;

/** Europol SIENA handling codes: conditions the provider attaches to the use of the information. */
public enum HandlingCode {
    H0("Use only for preventing and combating crime"),
    H1("Not for use in judicial proceedings without the provider's permission"),
    H2("No further dissemination without the provider's permission"),
    H3("Other restrictions stated by the provider");

    private final String meaning;

    HandlingCode(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
