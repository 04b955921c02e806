package org.borderlink.ingest.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Adds a phonetic key to each folded name word: its Double Metaphone codes, prefixed with {@link #PREFIX} and typed
 * {@link NameTokenTypes#PHONETIC}, at the word's position (position increment 0). The prefix keeps the keys apart
 * from the names when both go into one field, so a query can weigh an exact folded match above a phonetic one.
 * With {@code inject} false the keys replace the words and everything else (particles, initials, kept spellings)
 * is dropped, leaving phonetic keys only.
 *
 * <p>Examples, on folded words: {@code mohamed} (Mohammed, Mohamed) and {@code muhamad} (Muhammad) →
 * {@code ~MHMT}; {@code husein}, {@code hosein} (Hussein, Hossein, Husein) → {@code ~HSN}; {@code jusuf},
 * {@code jusef}, {@code jusaf} (Yusuf, Yousef, Yousaf) → {@code ~JSF} and {@code ~ASF}; {@code javad} → {@code ~JFT}
 * and {@code ~AFT}, which is also the key of {@code ivad}, the vowel-less {@code جواد}.
 *
 * <p><b>Why Double Metaphone, not Beider–Morse.</b> The words arrive folded: the regional spellings (dž, xh, џ, j,
 * đ, ç, ë, sh, w, doubled letters) are already one spelling, so what is left for a phonetic key to absorb is vowels
 * and silent or doubled consonants of transcribed Arabic and Persian names. Double Metaphone does that with one or
 * two short codes per word. Beider–Morse reads language from the spelling, which folding has erased, has no rules
 * for Albanian, Serbian or transcribed Arabic and Persian, and in its generic mode gives dozens of alternative
 * codes per word: many more terms, many more false candidates, and slower analysis, with nothing gained on words
 * that are already folded. Codes are {@value #DEFAULT_MAX_CODE_LENGTH} letters, not the usual 4, because compound
 * names share long beginnings ({@code abdulrahman} {@code ~APTLRM}, {@code abdulhamid} {@code ~APTLHM}). Double
 * Metaphone drops vowels, so Hassan and Hussein share {@code ~HSN}: a phonetic key is a way to find candidates,
 * to be scored below an exact folded match, never a match on its own.
 */
public final class NamePhoneticFilter extends TokenFilter {

    /** Starts every phonetic key, which no folded name, Latin spelling or original word does. */
    public static final String PREFIX = "~";

    /** Letters per Double Metaphone code unless told otherwise. */
    public static final int DEFAULT_MAX_CODE_LENGTH = 6;

    private final boolean inject;
    private final DoubleMetaphone encoder = new DoubleMetaphone();
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final ArrayDeque<State> pending = new ArrayDeque<>();
    /** The keys already given at the current position, so stacked words with the same key add it once. */
    private final Set<String> keysHere = new HashSet<>();
    /** Positions of dropped tokens not yet passed on (only without {@code inject}). */
    private int skippedPositions;

    /**
     * @param inject keep the words and add their keys; if false, emit the keys only
     * @param maxCodeLength letters per Double Metaphone code
     */
    public NamePhoneticFilter(TokenStream input, boolean inject, int maxCodeLength) {
        super(input);
        this.inject = inject;
        encoder.setMaxCodeLen(maxCodeLength);
    }

    /** Keeps the words and adds keys of {@value #DEFAULT_MAX_CODE_LENGTH} letters. */
    public NamePhoneticFilter(TokenStream input) {
        this(input, true, DEFAULT_MAX_CODE_LENGTH);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(pending.poll());
            return true;
        }
        while (input.incrementToken()) {
            if (posIncAtt.getPositionIncrement() > 0) {
                keysHere.clear();
            }
            boolean word = NameTokenTypes.isWord(typeAtt.type(), keywordAtt.isKeyword());
            String primary = word ? key(encoder.doubleMetaphone(termAtt.toString(), false)) : null;
            String alternate = word ? key(encoder.doubleMetaphone(termAtt.toString(), true)) : null;
            if (inject) {
                if (primary != null || alternate != null) {
                    State wordState = captureState();
                    queue(primary, 0);
                    queue(alternate, 0);
                    restoreState(wordState);
                }
                return true;
            }
            int increment = posIncAtt.getPositionIncrement() + skippedPositions;
            if (primary == null && alternate == null) {
                skippedPositions = increment;
                continue;
            }
            skippedPositions = 0;
            queue(primary, increment);
            queue(alternate, primary == null ? increment : 0);
            restoreState(pending.poll());
            return true;
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        keysHere.clear();
        skippedPositions = 0;
    }

    /** The prefixed key, or null if there is none or it was already given at this position. */
    private @Nullable String key(@Nullable String code) {
        if (code == null || code.isEmpty()) {
            return null;
        }
        String key = PREFIX + code;
        return keysHere.add(key) ? key : null;
    }

    private void queue(@Nullable String key, int positionIncrement) {
        if (key == null) {
            return;
        }
        termAtt.setEmpty().append(key);
        typeAtt.setType(NameTokenTypes.PHONETIC);
        keywordAtt.setKeyword(true);
        posIncAtt.setPositionIncrement(positionIncrement);
        posLenAtt.setPositionLength(1);
        pending.add(captureState());
    }
}
