package org.borderlink.api.formats;

/** A request to a format endpoint that cannot be served as sent: answered 400 naming the parameter. */
final class BadRequest extends RuntimeException {

    private final String parameter;

    BadRequest(String parameter, String message) {
        super(message, null, false, false);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
