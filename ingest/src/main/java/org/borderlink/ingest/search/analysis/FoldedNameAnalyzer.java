package org.borderlink.ingest.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Folded name words only, for blocking: the candidates for resolving a new mention are the persons that share a
 * folded term with it. The chain is {@link PersonNameAnalyzer}'s without the kept spellings and phonetic keys, and
 * without particles and initials, which would make everyone called al-Something or J. a candidate: {@code
 * Џавад Хусеини} → {@code javad huseini}; {@code Abdul Rahman al-Hassan} → {@code abdulrahman rahman hasan};
 * {@code Đorđe} → {@code jorje}, {@code dorde} stacked. The terms are a bag, as in {@link PersonNameAnalyzer}.
 */
public final class FoldedNameAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(
                source, NameChains.withoutParticlesAndInitials(NameChains.folded(source, false)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
