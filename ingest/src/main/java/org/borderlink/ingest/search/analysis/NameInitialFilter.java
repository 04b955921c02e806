package org.borderlink.ingest.search.analysis;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.borderlink.ingest.normalise.NameNormaliser;

/**
 * Marks initials: a word of one letter ({@code J.}, {@code Ж.}; the tokenizer has dropped the dot) or of one of the
 * region's two-letter letters ({@code Dž.}, {@code Lj.}, {@code Nj.}, Albanian {@code Xh.}, {@code Sh.}, {@code Gj.},
 * and the Latin spellings of Џ, Љ, Њ, Ѕ) becomes the first letter of the folded names it can stand for, typed
 * {@link NameTokenTypes#INITIAL}. A query builder turns such a token into a prefix query on the folded names, so
 * {@code J. Hussaini} finds {@code Jawad Hussaini}.
 *
 * <p>The letter is the first letter of the folded key ({@link NameNormaliser#key}) of the initial followed by a
 * vowel, as in the name it abbreviates: {@code J}, {@code Y}, {@code Dž}, {@code Đ}, {@code Xh} → {@code j} (Jawad,
 * Yusuf, Džavad, Đorđe, Xhavad fold to {@code j…}), {@code Ç}, {@code Č}, {@code Ch} → {@code c}, {@code W} →
 * {@code v}. That is why this filter runs <em>before</em> {@link NameFoldingFilter}: folded alone, a lone {@code j}
 * would read as the vowel {@code i} (as in Husejn). Initials are left alone by the later filters.
 *
 * <p>Not recognised: run-together initials ({@code J.R.}, one token to the tokenizer) and {@code X.} for Xhavad
 * (it stays {@code x}).
 */
public final class NameInitialFilter extends TokenFilter {

    private static final NameNormaliser NAMES = new NameNormaliser();
    /** Two Latin letters that spell one letter of a regional alphabet, lower case. */
    private static final Set<String> ONE_LETTER_DIGRAPHS =
            Set.of("dž", "dz", "dj", "lj", "nj", "gj", "kj", "xh", "sh", "zh", "ch", "th", "dh", "kh");

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

    public NameInitialFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!NameTokenTypes.isWord(typeAtt.type(), keywordAtt.isKeyword()) || termAtt.length() > 3) {
            return true;
        }
        String word = Normalizer.normalize(termAtt.toString().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        if (isInitial(word)) {
            String key = NAMES.key(word + "a");
            if (!key.isEmpty()) {
                termAtt.setEmpty().append(key.charAt(0));
                typeAtt.setType(NameTokenTypes.INITIAL);
            }
        }
        return true;
    }

    private static boolean isInitial(String word) {
        if (word.codePointCount(0, word.length()) == 1) {
            return Character.isLetter(word.codePointAt(0));
        }
        return ONE_LETTER_DIGRAPHS.contains(word);
    }
}
