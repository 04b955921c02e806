package org.borderlink.ingest.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderlink.ingest.search.analysis.AnalysisTokens.chain;
import static org.borderlink.ingest.search.analysis.AnalysisTokens.describe;
import static org.borderlink.ingest.search.analysis.AnalysisTokens.tokens;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.borderlink.ingest.normalise.NameNormaliser;
import org.borderlink.ingest.search.analysis.AnalysisTokens.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameFoldingFilterTest {

    private final Analyzer folding = chain(in -> new NameFoldingFilter(in, true, true));
    private final Analyzer foldedOnly = chain(in -> new NameFoldingFilter(in, false, false));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Džavad     | javad/džavad(l)
            Dzavad     | javad/dzavad(l)
            Xhavad     | javad/xhavad(l)
            Jawad      | javad/jawad(l)
            JAWAD      | javad/jawad(l)
            Javad      | javad
            Đorđe      | jorje/dorde(v)/đorđe(l)
            Djordje    | jorje/dorde(v)/djordje(l)
            Dorde      | dorde
            Ǵorǵi      | jorji/gorgi(v)/ǵorǵi(l)
            Gjorgji    | jorji/gjorgji(l)
            Ḱiro       | ciro/kiro(v)/ḱiro(l)
            Çelik      | celik/çelik(l)
            Lekë       | leke/lekë(l)
            Hussein    | husein/hussein(l)
            Hossein    | hosein/hossein(l)
            Husejn     | husein/husejn(l)
            Yusuf      | jusuf/yusuf(l)
            Yousef     | jusef/yousef(l)
            Yousaf     | jusaf/yousaf(l)
            Mohammed   | mohamed/mohammed(l)
            Muhammad   | muhamad/muhammad(l)
            Mehmet     | mehmet
            Sa'id      | said/sa'id(l)
            Saʿid      | said/saʿid(l)
            """)
    void foldsEachWordAndStacksItsVariantAndLatinSpelling(String word, String expected) {
        assertThat(describe(folding, word)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Džavad",
                "Xhavad",
                "Jawad",
                "Đorđe",
                "Djordje",
                "Dorde",
                "Ǵorǵi",
                "Çelik",
                "Lekë",
                "Husejn",
                "Yousef",
                "Mohammed",
                "Shehu",
                "Hadžić",
                "Kovačević",
                "Khan",
                "Zhaku",
                "Thaqi",
                "Philip"
            })
    void theFoldedFormIsTheNameNormalisersKey(String word) {
        assertThat(describe(foldedOnly, word)).isEqualTo(new NameNormaliser().key(word));
    }

    @Test
    void spellingsOfOneNameShareTheFoldedTerm() {
        for (List<String> spellings : List.of(
                List.of("Džavad", "Dzavad", "Xhavad", "Jawad", "JAWAD", "Djavad"),
                List.of("Đorđe", "Djordje", "Dorde", "DJORDJE"),
                List.of("Hussein", "Husein", "Husejn", "Huseyn"),
                List.of("Çelik", "Čelik", "Celik", "Chelik"))) {
            List<String> first = foldedForms(spellings.getFirst());
            assertThat(spellings)
                    .allSatisfy(spelling ->
                            assertThat(foldedForms(spelling)).as(spelling).containsAnyElementsOf(first));
        }
    }

    private List<String> foldedForms(String word) {
        return tokens(folding, word).stream()
                .filter(token -> !token.type().equals(NameTokenTypes.LATIN))
                .map(Token::term)
                .toList();
    }

    @Test
    void typesTheFormsAndMarksTheLatinSpellingAsKeyword() {
        assertThat(tokens(folding, "Đorđe"))
                .containsExactly(
                        new Token("jorje", NameTokenTypes.NAME, 1, 1, false),
                        new Token("dorde", NameTokenTypes.VARIANT, 0, 1, false),
                        new Token("đorđe", NameTokenTypes.LATIN, 0, 1, true));
    }

    @Test
    void leavesOriginalsParticlesAndInitialsAlone() {
        Analyzer chain = chain(in -> new NameFoldingFilter(new ScriptToLatinFilter(in, true), true, true));
        assertThat(describe(chain, "Џавад Ђорђе"))
                .isEqualTo("javad/džavad(l)/џавад(o) jorje/dorde(v)/đorđe(l)/ђорђе(o)");
    }
}
