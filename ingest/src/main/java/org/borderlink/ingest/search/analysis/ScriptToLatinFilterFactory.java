package org.borderlink.ingest.search.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link ScriptToLatinFilter}.
 *
 * <p>Parameter: {@code preserveOriginal} (default {@code false}) keeps the word as written beside its Latin
 * spelling. SPI name: {@value #NAME}.
 */
public class ScriptToLatinFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "scriptToLatin";

    private final boolean preserveOriginal;

    public ScriptToLatinFilterFactory(Map<String, String> args) {
        super(args);
        preserveOriginal = getBoolean(args, "preserveOriginal", false);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default constructor for the service loader; use {@link #ScriptToLatinFilterFactory(Map)}. */
    public ScriptToLatinFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new ScriptToLatinFilter(input, preserveOriginal);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return new ScriptToLatinFilter(input, false);
    }
}
