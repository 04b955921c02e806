package org.borderlink.ingest.search.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link ArabicNameParticleFilter}; no parameters. SPI name: {@value #NAME}. */
public class ArabicNameParticleFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "arabicNameParticle";

    public ArabicNameParticleFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default constructor for the service loader; use {@link #ArabicNameParticleFilterFactory(Map)}. */
    public ArabicNameParticleFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new ArabicNameParticleFilter(input);
    }
}
