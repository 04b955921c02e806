package org.borderlink.ingest.search.analysis;

import java.util.Set;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.TypeTokenFilter;

/** The filter order every name analyzer shares; see {@link PersonNameAnalyzer} for why it is this order. */
final class NameChains {

    private NameChains() {}

    /**
     * Lower case, Latin script, initials, folded forms and variants, Arabic particles.
     *
     * @param preserve keep the original-script word and the unfolded Latin spelling, stacked on the folded form
     */
    static TokenStream folded(TokenStream tokens, boolean preserve) {
        TokenStream stream = new LowerCaseFilter(tokens);
        stream = new ScriptToLatinFilter(stream, preserve);
        stream = new NameInitialFilter(stream);
        stream = new NameFoldingFilter(stream, preserve, true);
        return new ArabicNameParticleFilter(stream);
    }

    /** Drops particles and initials, which say too little to block or match on. */
    static TokenStream withoutParticlesAndInitials(TokenStream stream) {
        return new TypeTokenFilter(stream, Set.of(NameTokenTypes.PARTICLE, NameTokenTypes.INITIAL));
    }
}
