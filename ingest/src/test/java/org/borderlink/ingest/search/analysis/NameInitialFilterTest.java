package org.borderlink.ingest.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderlink.ingest.search.analysis.AnalysisTokens.chain;
import static org.borderlink.ingest.search.analysis.AnalysisTokens.describe;
import static org.borderlink.ingest.search.analysis.AnalysisTokens.tokens;

import org.apache.lucene.analysis.Analyzer;
import org.borderlink.ingest.search.analysis.AnalysisTokens.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameInitialFilterTest {

    private final Analyzer initials = chain(in -> new NameInitialFilter(new ScriptToLatinFilter(in, false)));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            J.   | j(i)
            Y.   | j(i)
            Dž.  | j(i)
            Џ.   | j(i)
            Đ.   | j(i)
            Ђ.   | j(i)
            Xh.  | j(i)
            Ѓ.   | j(i)
            Ç.   | c(i)
            Č.   | c(i)
            Ќ.   | c(i)
            W.   | v(i)
            Lj.  | l(i)
            Љ.   | l(i)
            Sh.  | s(i)
            Ж.   | z(i)
            X.   | x(i)
            """)
    void anInitialBecomesTheFirstLetterOfTheFoldedNamesItCanStandFor(String initial, String expected) {
        assertThat(describe(initials, initial)).isEqualTo(expected);
    }

    @Test
    void initialsAreFlaggedAndNamesLeftAsTheyAre() {
        assertThat(tokens(initials, "J. Hussaini"))
                .containsExactly(
                        new Token("j", NameTokenTypes.INITIAL, 1, 1, false),
                        new Token("hussaini", "<ALPHANUM>", 1, 1, false));
        assertThat(describe(initials, "Jo Ali Li Ng")).isEqualTo("jo ali li ng");
    }

    @Test
    void foldingLeavesInitialsAlone() {
        Analyzer folded = chain(in -> new NameFoldingFilter(new NameInitialFilter(in), false, true));
        // folded on its own, a lone j would read as the vowel i (as in Husejn)
        assertThat(describe(folded, "J. Y. Husejn")).isEqualTo("j(i) j(i) husein");
    }
}
