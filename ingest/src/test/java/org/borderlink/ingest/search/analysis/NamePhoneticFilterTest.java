package org.borderlink.ingest.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderlink.ingest.search.analysis.AnalysisTokens.chain;
import static org.borderlink.ingest.search.analysis.AnalysisTokens.describe;
import static org.borderlink.ingest.search.analysis.AnalysisTokens.tokens;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.borderlink.ingest.search.analysis.AnalysisTokens.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamePhoneticFilterTest {

    private final Analyzer injecting = chain(in -> new NamePhoneticFilter(new NameFoldingFilter(in, false, true)));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Mohammed   | mohamed/~MHMT
            Muhammad   | muhamad/~MHMT
            Mohamed    | mohamed/~MHMT
            Mehmet     | mehmet/~MMT
            Hussein    | husein/~HSN
            Hossein    | hosein/~HSN
            Husein     | husein/~HSN
            Yusuf      | jusuf/~JSF/~ASF
            Yousef     | jusef/~JSF/~ASF
            Yousaf     | jusaf/~JSF/~ASF
            Jawad      | javad/~JFT/~AFT
            Џавад      | javad/~JFT/~AFT
            Đorđe      | jorje/~JRJ/~ARJ/dorde(v)/~TRT
            Çelik      | celik/~SLK
            """)
    void addsDoubleMetaphoneKeysAtTheWordsPosition(String word, String expected) {
        assertThat(describe(injecting, word)).isEqualTo(expected);
    }

    @Test
    void keysAreTypedPrefixedAndStacked() {
        assertThat(tokens(injecting, "Hussein"))
                .containsExactly(
                        new Token("husein", NameTokenTypes.NAME, 1, 1, false),
                        new Token("~HSN", NameTokenTypes.PHONETIC, 0, 1, true));
    }

    @Test
    void particlesInitialsAndKeptSpellingsGetNoKey() {
        Analyzer analyzer = chain(in -> new NamePhoneticFilter(NameChains.folded(in, true)));
        assertThat(describe(analyzer, "J. al-Hassan")).isEqualTo("j(i) al(p) hasan/~HSN/hassan(l)");
    }

    @Test
    void withoutInjectOnlyKeysAreLeftAndDroppedPositionsAreKept() {
        Analyzer keysOnly = chain(in -> new NamePhoneticFilter(NameChains.folded(in, false), false, 6));
        assertThat(describe(keysOnly, "Mohammed J. al-Hassan")).isEqualTo("~MHMT _ _ ~HSN");
        assertThat(tokens(keysOnly, "Mohammed J. al-Hassan"))
                .extracting(Token::positionIncrement)
                .containsExactly(1, 3);
    }

    @Test
    void stackedFormsWithOneKeyGiveItOnce() {
        Analyzer analyzer = chain(in -> new NamePhoneticFilter(NameChains.folded(in, false)));
        assertThat(describe(analyzer, "Abdurrahman"))
                .isEqualTo("abdurahman/~APTRMN/abdulrahman(c)/~APTLRM/rahman/~RMN");
        assertThat(describe(analyzer, "Abdulla")).isEqualTo("abdula/~APTL/abdulah(c)");
    }

    @Test
    void theCodeLengthIsAFactoryParameter() {
        Map<String, String> args = new HashMap<>(Map.of("maxCodeLength", "4"));
        TokenFilterFactory factory = TokenFilterFactory.forName(NamePhoneticFilterFactory.NAME, args);
        Analyzer analyzer = chain(in -> factory.create(new NameFoldingFilter(in, false, false)));
        assertThat(describe(analyzer, "Abdulrahman")).isEqualTo("abdulrahman/~APTL");
    }
}
