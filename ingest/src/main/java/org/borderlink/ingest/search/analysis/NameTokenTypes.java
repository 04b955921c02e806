package org.borderlink.ingest.search.analysis;

import java.util.Set;

/**
 * The token types ({@link org.apache.lucene.analysis.tokenattributes.TypeAttribute}) the name filters give, so a
 * query builder can score each kind of match differently: an exact folded match above a phonetic one, an initial
 * as a prefix of a name, a particle hardly at all.
 *
 * <p>Types are not indexed; where kinds share one field they stay apart by their terms: originals keep their
 * script, Latin spellings keep diacritics or digraphs the folded forms never have, and phonetic keys carry
 * {@link NamePhoneticFilter#PREFIX}.
 */
public final class NameTokenTypes {

    /** A name word in its folded form ({@link NameFoldingFilter}): {@code javad}. */
    public static final String NAME = "<NAME>";

    /** Another folded form of the same word, stacked on it: {@code dorde} for {@code Đorđe} ({@code jorje}). */
    public static final String VARIANT = "<VARIANT>";

    /**
     * One canonical form for a name written in one or several words ({@link ArabicNameParticleFilter}):
     * {@code abdulrahman} for Abdul Rahman, Abd al-Rahman, Abdurrahman; {@code habibulah} for Habib Ullah.
     */
    public static final String COMPOUND = "<COMPOUND>";

    /** A particle of an Arabic name ({@code al}, {@code el}, {@code bin}, {@code abu}, {@code abdul}, …). */
    public static final String PARTICLE = "<PARTICLE>";

    /** An initial, reduced to the first letter of the folded names it may stand for: {@code J.} → {@code j}. */
    public static final String INITIAL = "<INITIAL>";

    /** A Double Metaphone key, prefixed with {@link NamePhoneticFilter#PREFIX}: {@code ~JFT}. */
    public static final String PHONETIC = "<PHONETIC>";

    /** The Latin spelling before folding, kept beside the folded form when it differs: {@code džavad}. */
    public static final String LATIN = "<LATIN>";

    /** The word in its original script, kept beside its transliteration: {@code џавад}. */
    public static final String ORIGINAL = "<ORIGINAL>";

    /** Types no name filter rewrites; any other type (a tokenizer's {@code <ALPHANUM>}, {@link #NAME}) is a word. */
    private static final Set<String> NOT_WORDS = Set.of(PARTICLE, INITIAL, PHONETIC, LATIN, ORIGINAL);

    private NameTokenTypes() {}

    /** True for a token a name filter works on: a word, not a particle, initial, key or kept spelling. */
    static boolean isWord(String type, boolean keyword) {
        return !keyword && !NOT_WORDS.contains(type);
    }
}
