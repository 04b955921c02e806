package org.borderlink.ingest.normalise;

/**
 * A reported value that cannot be normalised. The message names the kind of value, the value itself (cut to
 * {@value #MAX_VALUE_LENGTH} characters) and what would have been accepted; it carries no other data from the
 * report, so it can be shown to the sender and logged.
 */
public final class NormalisationException extends RuntimeException {

    static final int MAX_VALUE_LENGTH = 80;

    private final String kind;
    private final String value;

    /**
     * @param kind what the value was meant to be, e.g. {@code "country"} or {@code "date"}
     * @param value the value as given
     * @param expected what would have been accepted
     */
    public NormalisationException(String kind, String value, String expected) {
        // No stack trace: this is a data error reported to the sender, never a bug, and it must stay cheap.
        super(kind + " not recognised: '" + shorten(value) + "' (" + expected + ")", null, false, false);
        this.kind = kind;
        this.value = shorten(value);
    }

    /** What the value was meant to be: {@code country}, {@code date}, {@code phone}, {@code plate}. */
    public String kind() {
        return kind;
    }

    /** The value as given, cut to {@value #MAX_VALUE_LENGTH} characters. */
    public String value() {
        return value;
    }

    private static String shorten(String value) {
        return value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH) + "…";
    }
}
