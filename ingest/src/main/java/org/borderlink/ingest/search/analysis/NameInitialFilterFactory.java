package org.borderlink.ingest.search.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link NameInitialFilter}; no parameters. SPI name: {@value #NAME}. */
public class NameInitialFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "nameInitial";

    public NameInitialFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default constructor for the service loader; use {@link #NameInitialFilterFactory(Map)}. */
    public NameInitialFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new NameInitialFilter(input);
    }
}
