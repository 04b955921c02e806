package org.borderlink.ingest.search.analysis;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Locale;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.borderlink.ingest.normalise.NameNormaliser;

/**
 * Folds each word to the key {@link NameNormaliser#key} gives it, so the spellings one name takes across the
 * region's records become one term: {@code Džavad}, {@code Dzavad}, {@code Xhavad}, {@code Jawad}, {@code JAWAD}
 * → {@code javad}; {@code Đorđe}, {@code Djordje} → {@code jorje}; {@code Çelik} → {@code celik}; {@code Lekë} →
 * {@code leke}; {@code Hussein}, {@code Husein}, {@code Husejn} → {@code husein}. The rules (diacritics, the
 * digraphs dž/dz/dj/gj/xh/sh/zh/ch/kh/th/dh/ph, j and y before a vowel, w, ou, doubled letters) are
 * {@link NameNormaliser}'s, called rather than repeated here; apostrophes inside a word are dropped first
 * ({@code Sa'id} = {@code Said}). The folded word is typed {@link NameTokenTypes#NAME}.
 *
 * <p><b>Variants.</b> The key writes Serbian đ as {@code dj}, Macedonian ǵ as {@code gj} and ḱ as {@code kj},
 * but records that drop diacritics write a plain {@code d}, {@code g}, {@code k} ({@code Dorde}, {@code Gorgi},
 * {@code Kiro}), and Serbian Latin {@code dj} stands for đ. A word with đ, ǵ, ḱ or dj gets a second folded form
 * with those letters plain, stacked on it and typed {@link NameTokenTypes#VARIANT}: {@code Đorđe} → {@code jorje}
 * + {@code dorde}, so Đorđe, Djordje, Ђорђе and Dorde all share a term.
 *
 * <p>With {@code preserveOriginal} the word as it came (its Latin spelling) follows when it differs from the folded
 * form, typed {@link NameTokenTypes#LATIN} and marked as a keyword. Particles, initials and kept originals pass
 * through untouched.
 */
public final class NameFoldingFilter extends TokenFilter {

    private static final NameNormaliser NAMES = new NameNormaliser();

    private final boolean preserveOriginal;
    private final boolean variants;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final ArrayDeque<State> stacked = new ArrayDeque<>();

    /**
     * @param preserveOriginal also emit the unfolded Latin spelling, stacked on the folded form
     * @param variants also emit the form with đ, ǵ, ḱ and dj written plain, stacked on the folded form
     */
    public NameFoldingFilter(TokenStream input, boolean preserveOriginal, boolean variants) {
        super(input);
        this.preserveOriginal = preserveOriginal;
        this.variants = variants;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!stacked.isEmpty()) {
            restoreState(stacked.poll());
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (!NameTokenTypes.isWord(typeAtt.type(), keywordAtt.isKeyword())) {
            return true;
        }
        String written = termAtt.toString();
        String latin = Normalizer.normalize(lettersOnly(written).toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        String folded = fold(latin);
        if (folded.isEmpty()) {
            return true;
        }
        State before = preserveOriginal && !folded.equals(written) ? captureState() : null;
        termAtt.setEmpty().append(folded);
        typeAtt.setType(NameTokenTypes.NAME);
        if (variants) {
            String plain = fold(plainDj(latin));
            if (!plain.equals(folded)) {
                State folding = captureState();
                termAtt.setEmpty().append(plain);
                typeAtt.setType(NameTokenTypes.VARIANT);
                posIncAtt.setPositionIncrement(0);
                stacked.add(captureState());
                restoreState(folding);
            }
        }
        if (before != null) {
            State folding = captureState();
            restoreState(before);
            typeAtt.setType(NameTokenTypes.LATIN);
            keywordAtt.setKeyword(true);
            posIncAtt.setPositionIncrement(0);
            stacked.add(captureState());
            restoreState(folding);
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        stacked.clear();
    }

    /** The folded key of one word, as one term. */
    private static String fold(String word) {
        return NAMES.key(word).replace(" ", "");
    }

    /** The word without apostrophes and other marks that are not letters, digits or combining marks. */
    private static String lettersOnly(String word) {
        StringBuilder out = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean keep = Character.isLetterOrDigit(c)
                    || switch (Character.getType(c)) {
                        case Character.NON_SPACING_MARK,
                                Character.COMBINING_SPACING_MARK,
                                Character.ENCLOSING_MARK,
                                Character.SURROGATE -> true;
                        default -> false;
                    };
            if (c == 'ʿ' || c == 'ʾ' || c == 'ʼ' || c == 'ʻ') {
                keep = false; // modifier letters used as ayn, hamza and apostrophe: Sa'id, Saʿid
            }
            if (!keep && out == null) {
                out = new StringBuilder(word.length()).append(word, 0, i);
            } else if (keep && out != null) {
                out.append(c);
            }
        }
        return out == null ? word : out.toString();
    }

    /** Serbian đ and dj, Macedonian ǵ and ḱ written as a plain d, g and k. */
    private static String plainDj(String latin) {
        return latin.replace("dj", "d").replace('đ', 'd').replace('ǵ', 'g').replace('ḱ', 'k');
    }
}
