package org.borderlink.ingest.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.borderlink.ingest.normalise.NameNormaliser;
import org.jspecify.annotations.Nullable;

/**
 * Writes each word in Latin script, the way {@link NameNormaliser} spells names for display: Serbian Cyrillic with
 * ICU {@code Serbian-Latin/BGN} ({@code џавад} → {@code džavad}, {@code ђорђе} → {@code đorđe}), Macedonian with
 * {@code Macedonian-Latin/BGN} ({@code ѓорѓи} → {@code ǵorǵi}), Greek with {@code Greek-Latin/UNGEGN}, Arabic,
 * Persian and other scripts with {@code Any-Latin} ({@code جواد} → {@code jwad}). Latin words pass through with
 * their diacritics; folding them is the next step's job ({@link NameFoldingFilter}).
 *
 * <p>A word is read as Macedonian when it has Ѓ, Ќ or Ѕ. The two BGN systems spell every letter the alphabets share
 * alike (ж → ž, џ → dž, љ → lj), so a Macedonian word without those three letters comes out the same either way
 * and no language setting is needed.
 *
 * <p>With {@code preserveOriginal} the word in its original script follows its transliteration at the same
 * position, typed {@link NameTokenTypes#ORIGINAL} and marked as a keyword so later filters leave it alone.
 */
public final class ScriptToLatinFilter extends TokenFilter {

    private static final NameNormaliser NAMES = new NameNormaliser();
    /** Below this code point every character is Latin, a digit, punctuation or a combining mark. */
    private static final char FIRST_NON_LATIN = 'Ͱ';

    private final boolean preserveOriginal;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private @Nullable State original;

    /** @param preserveOriginal also emit the word as written, stacked on its Latin spelling */
    public ScriptToLatinFilter(TokenStream input, boolean preserveOriginal) {
        super(input);
        this.preserveOriginal = preserveOriginal;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (original != null) {
            restoreState(original);
            original = null;
            posIncAtt.setPositionIncrement(0);
            typeAtt.setType(NameTokenTypes.ORIGINAL);
            keywordAtt.setKeyword(true);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (keywordAtt.isKeyword() || isPlainLatin(termAtt)) {
            return true;
        }
        String written = termAtt.toString();
        String latin = NAMES.normalise(written).latin();
        if (!latin.equals(written)) {
            if (preserveOriginal) {
                original = captureState();
            }
            termAtt.setEmpty().append(latin);
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        original = null;
    }

    private static boolean isPlainLatin(CharSequence term) {
        for (int i = 0; i < term.length(); i++) {
            if (term.charAt(i) >= FIRST_NON_LATIN) {
                return false;
            }
        }
        return true;
    }
}
