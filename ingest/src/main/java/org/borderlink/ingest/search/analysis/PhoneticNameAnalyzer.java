package org.borderlink.ingest.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Phonetic keys of the folded name words only ({@link NamePhoneticFilter}, not injected), for a field that finds
 * spellings folding does not unify: {@code Muhammad} and {@code Mohammed} both → {@code ~MHMT}; {@code Hossein}
 * → {@code ~HSN}. Particles and initials have no key. A match here is weaker evidence than one on
 * {@link FoldedNameAnalyzer}'s terms (Hassan and Hussein share {@code ~HSN}); score it so.
 */
public final class PhoneticNameAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(
                source,
                new NamePhoneticFilter(
                        NameChains.withoutParticlesAndInitials(NameChains.folded(source, false)),
                        false,
                        NamePhoneticFilter.DEFAULT_MAX_CODE_LENGTH));
    }
}
