package org.borderlink.ingest.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Arabic name particles, on folded words ({@link NameFoldingFilter}), so that the one-word and the spaced or
 * hyphenated spellings of a name share their terms. Nothing is removed: particles are retyped, and the forms that
 * make the spellings meet are stacked on them.
 *
 * <table>
 *   <caption>What the filter emits</caption>
 *   <tr><th>written</th><th>tokens (stacked ones after {@code /})</th></tr>
 *   <tr><td>al-Hassan, el Sayed, ar-Rashid, ud-Din</td>
 *       <td>{@code al}<sub>PARTICLE</sub> {@code hasan}: the article is a particle, so al-Hassan = Hassan for a
 *       query that ignores particles</td></tr>
 *   <tr><td>bin Laden, ibn Sina, bint</td><td>{@code bin}<sub>PARTICLE</sub> {@code laden} (ibn → bin)</td></tr>
 *   <tr><td>Abdul Rahman, Abd al-Rahman, Abdur Rahman</td>
 *       <td>{@code abdul}<sub>PARTICLE</sub>/{@code abdulrahman}<sub>COMPOUND, 2 positions</sub> {@code rahman}</td></tr>
 *   <tr><td>Abdulrahman, Abdelrahman, Abdurrahman</td>
 *       <td>{@code abdelrahman}/{@code abdulrahman}<sub>COMPOUND</sub>/{@code rahman}: the canonical compound
 *       (when the word is not already written so) and the name without Abd</td></tr>
 *   <tr><td>Abdullah, Abdulla, Abdallah, Abd Allah, Abd Ullah, Abdul-lah</td>
 *       <td>the compound {@code abdulah} (Allah is no name on its own, so no core)</td></tr>
 *   <tr><td>Habib Ullah, Habib-ulla, Nasr Allah</td>
 *       <td>{@code habib}/{@code habibulah}<sub>COMPOUND, 2 positions</sub> {@code ulah}<sub>PARTICLE</sub></td></tr>
 *   <tr><td>Habibullah, Nasrallah, Habibulla</td><td>{@code habibulah}/{@code habib} (and the compound)</td></tr>
 *   <tr><td>Abu Bakr; Abubakr</td><td>{@code abu}<sub>PARTICLE</sub>/{@code abubakr}<sub>COMPOUND</sub>
 *       {@code bakr}; {@code abubakr}/{@code bakr}</td></tr>
 * </table>
 *
 * <p>So every spelling of Abd al-Rahman has {@code abdulrahman} and {@code rahman}, every spelling of Habibullah
 * {@code habibulah} and {@code habib}, and a query that drops {@link NameTokenTypes#PARTICLE} tokens matches
 * al-Hassan and Hassan alike. A compound made of several words is stacked on the first with a position length
 * spanning them ({@link PositionLengthAttribute}) and offsets covering them all. An article is only recognised as
 * a word of its own (al Hassan, al-Hassan): a name written together with it ({@code Alhassan}) is left whole, as
 * are {@code Alen} or {@code Albert}. Not handled: {@code X ul Y} names (Zia-ul-Haq = Ziaulhaq) and the article
 * inside Abu names (Abu al-Fadl = Abulfadl).
 *
 * <p>A name is a handful of words, so the filter reads the whole stream before it emits.
 */
public final class ArabicNameParticleFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final List<State> output = new ArrayList<>();
    private int emitted;
    private boolean read;

    public ArabicNameParticleFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!read) {
            read = true;
            List<Position> positions = readAll();
            applyRules(positions);
            for (Position position : positions) {
                position.emit();
            }
        }
        if (emitted < output.size()) {
            restoreState(output.get(emitted++));
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        output.clear();
        emitted = 0;
        read = false;
    }

    private List<Position> readAll() throws IOException {
        List<Position> positions = new ArrayList<>();
        while (input.incrementToken()) {
            State state = captureState();
            if (positions.isEmpty() || posIncAtt.getPositionIncrement() > 0) {
                boolean word = NameTokenTypes.isWord(typeAtt.type(), keywordAtt.isKeyword());
                positions.add(new Position(
                        state, word ? termAtt.toString() : null, offsetAtt.startOffset(), offsetAtt.endOffset()));
            } else {
                positions.getLast().stacked.add(state);
            }
        }
        return positions;
    }

    private void applyRules(List<Position> p) {
        int n = p.size();
        int i = 0;
        while (i < n) {
            String word = p.get(i).word;
            if (word == null || p.get(i).particle) {
                i++;
                continue;
            }
            String next = i + 1 < n ? p.get(i + 1).word : null;
            ArabicNameParticles.Abd abd = ArabicNameParticles.abd(word);
            boolean abu = word.equals(ArabicNameParticles.ABU);
            if ((abd != null && abd.bare()) || (abu && next != null)) {
                // Abd / Abu, articles, then the name they join: Abd al-Rahman, Abdul Rahman, Abu Bakr
                StringBuilder prefix = new StringBuilder(word);
                int j = i + 1;
                while (j + 1 < n && isArticle(p.get(j).word, p.get(j + 1).word)) {
                    prefix.append(p.get(j).word);
                    j++;
                }
                String joined = j < n ? p.get(j).word : null;
                if (joined == null) {
                    i++;
                    continue;
                }
                String compound = abu
                        ? ArabicNameParticles.abuCompound(joined)
                        : ArabicNameParticles.abdCompound(prefix.toString(), joined);
                for (int k = i; k < j; k++) {
                    p.get(k).particle(null);
                }
                if (compound.equals(ArabicNameParticles.ABDULLAH)) {
                    p.get(j).particle(null);
                }
                p.get(i).stack(compound, NameTokenTypes.COMPOUND, j - i + 1, p.get(j).end);
                i = j;
            } else if (ArabicNameParticles.isArticle(word, next)) {
                p.get(i++).particle(null);
            } else if (ArabicNameParticles.kinship(word) != null && next != null) {
                p.get(i++).particle(ArabicNameParticles.kinship(word));
            } else if (next != null && ArabicNameParticles.isAllahWord(next)) {
                p.get(i).stack(ArabicNameParticles.allahCompound(word), NameTokenTypes.COMPOUND, 2, p.get(i + 1).end);
                p.get(i + 1).particle(null);
                i += 2;
            } else {
                oneWordCompound(p.get(i++), word, abd);
            }
        }
    }

    /** Abdulrahman, Abubakr, Habibullah: the canonical compound if it differs, and the name inside. */
    private static void oneWordCompound(Position position, String word, ArabicNameParticles.@Nullable Abd abd) {
        String compound = null;
        String core = null;
        if (abd != null) {
            compound = ArabicNameParticles.abdCompound(abd);
            core = abd.core();
        } else if ((core = ArabicNameParticles.abuCore(word)) != null) {
            compound = ArabicNameParticles.abuCompound(core);
        } else if ((core = ArabicNameParticles.allahCore(word)) != null) {
            compound = ArabicNameParticles.allahCompound(core);
        }
        if (compound != null && !compound.equals(word)) {
            position.stack(compound, NameTokenTypes.COMPOUND, 1, position.end);
        }
        if (core != null) {
            position.stack(core, NameTokenTypes.NAME, 1, position.end);
        }
    }

    private static boolean isArticle(@Nullable String word, @Nullable String next) {
        return word != null && ArabicNameParticles.isArticle(word, next);
    }

    /** The tokens at one position: the word the rules read, what is stacked on it, and what the rules add. */
    private final class Position {

        final State main;
        final @Nullable String word;
        final int start;
        final int end;
        final List<State> stacked = new ArrayList<>();
        final List<State> added = new ArrayList<>();
        boolean particle;

        @Nullable
        String term;

        Position(State main, @Nullable String word, int start, int end) {
            this.main = main;
            this.word = word;
            this.start = start;
            this.end = end;
        }

        void particle(@Nullable String canonical) {
            particle = true;
            term = canonical;
        }

        void stack(String form, String type, int positionLength, int endOffset) {
            restoreState(main);
            termAtt.setEmpty().append(form);
            typeAtt.setType(type);
            posIncAtt.setPositionIncrement(0);
            posLenAtt.setPositionLength(positionLength);
            offsetAtt.setOffset(start, endOffset);
            added.add(captureState());
        }

        void emit() {
            restoreState(main);
            if (particle) {
                typeAtt.setType(NameTokenTypes.PARTICLE);
            }
            if (term != null) {
                termAtt.setEmpty().append(term);
            }
            output.add(captureState());
            output.addAll(stacked);
            output.addAll(added);
        }
    }
}
