package org.borderlink.ingest.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Index-side analysis of a person's name: every form one word of the name can be found by, stacked at the word's
 * position.
 *
 * <ol>
 *   <li>{@link StandardTokenizer}: words; hyphens split ({@code al-Hassan}), dots go ({@code J.}), apostrophes
 *       inside a word stay ({@code Sa'id});
 *   <li>lower case;
 *   <li>{@link ScriptToLatinFilter}: Latin spelling, with the word in its original script kept
 *       ({@link NameTokenTypes#ORIGINAL});
 *   <li>{@link NameInitialFilter}: initials, before folding, which would read a lone {@code j} as a vowel;
 *   <li>{@link NameFoldingFilter}: the folded form ({@link NameTokenTypes#NAME}), its variant with đ written d
 *       ({@link NameTokenTypes#VARIANT}) and the unfolded Latin spelling ({@link NameTokenTypes#LATIN});
 *   <li>{@link ArabicNameParticleFilter}: particles typed, compound and split forms stacked;
 *   <li>{@link NamePhoneticFilter}: Double Metaphone keys ({@link NameTokenTypes#PHONETIC}).
 * </ol>
 *
 * <p>{@code Џавад Хусеини} → {@code javad ~JFT ~AFT džavad џавад | huseini ~HSN хусеини}, one position each.
 *
 * <p><b>Word order.</b> Names are indexed as a bag of terms: a query for any order of the words finds the same
 * document, so {@code Husein Džavad} (surname first, as Serbian records list it) finds {@code Džavad Husein}.
 * Positions are kept only so stacked forms stay with their word; nothing should query names as phrases. Where one
 * order-free string is needed (a blocking key, a cache key) use {@link NameSimilarity#sortedKey}.
 */
public final class PersonNameAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new NamePhoneticFilter(NameChains.folded(source, true)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
