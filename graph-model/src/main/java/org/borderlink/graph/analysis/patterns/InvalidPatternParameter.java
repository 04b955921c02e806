package org.borderlink.graph.analysis.patterns;

/** A pattern parameter that does not fit its type or bounds, or that the pattern does not have. */
public final class InvalidPatternParameter extends RuntimeException {

    private final String parameter;

    public InvalidPatternParameter(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
