package org.borderlink.api.analysis;

/** A request parameter (or body field) that does not fit: answered 400 naming it. */
public final class BadParameter extends RuntimeException {

    private final String parameter;

    public BadParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
