package org.borderlink.ingest.search.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link NameFoldingFilter}.
 *
 * <p>Parameters: {@code preserveOriginal} (default {@code false}) keeps the unfolded Latin spelling beside the
 * folded form; {@code variants} (default {@code true}) adds the form with đ, ǵ, ḱ and dj written plain. SPI name:
 * {@value #NAME}.
 */
public class NameFoldingFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "nameFolding";

    private final boolean preserveOriginal;
    private final boolean variants;

    public NameFoldingFilterFactory(Map<String, String> args) {
        super(args);
        preserveOriginal = getBoolean(args, "preserveOriginal", false);
        variants = getBoolean(args, "variants", true);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default constructor for the service loader; use {@link #NameFoldingFilterFactory(Map)}. */
    public NameFoldingFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new NameFoldingFilter(input, preserveOriginal, variants);
    }
}
