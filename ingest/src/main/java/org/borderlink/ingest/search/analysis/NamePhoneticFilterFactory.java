package org.borderlink.ingest.search.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link NamePhoneticFilter}.
 *
 * <p>Parameters: {@code inject} (default {@code true}) keeps the words and adds their keys, {@code false} leaves
 * the keys only; {@code maxCodeLength} (default {@value NamePhoneticFilter#DEFAULT_MAX_CODE_LENGTH}) letters per
 * code. SPI name: {@value #NAME}.
 */
public class NamePhoneticFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "namePhonetic";

    private final boolean inject;
    private final int maxCodeLength;

    public NamePhoneticFilterFactory(Map<String, String> args) {
        super(args);
        inject = getBoolean(args, "inject", true);
        maxCodeLength = getInt(args, "maxCodeLength", NamePhoneticFilter.DEFAULT_MAX_CODE_LENGTH);
        if (maxCodeLength < 1) {
            throw new IllegalArgumentException("maxCodeLength must be at least 1, was " + maxCodeLength);
        }
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default constructor for the service loader; use {@link #NamePhoneticFilterFactory(Map)}. */
    public NamePhoneticFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new NamePhoneticFilter(input, inject, maxCodeLength);
    }
}
