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

class ScriptToLatinFilterTest {

    private final Analyzer preserving = chain(in -> new ScriptToLatinFilter(in, true));
    private final Analyzer replacing = chain(in -> new ScriptToLatinFilter(in, false));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Џавад Хусеини          | džavad/џавад(o) huseini/хусеини(o)
            ЏАВАД ХУСЕИНИ          | džavad/џавад(o) huseini/хусеини(o)
            Ђорђе Јовановић        | đorđe/ђорђе(o) jovanović/јовановић(o)
            Љубица Његош           | ljubica/љубица(o) njegoš/његош(o)
            Ѓорѓи Ќиро             | ǵorǵi/ѓорѓи(o) ḱiro/ќиро(o)
            Ѕвонко Џуџев           | dzvonko/ѕвонко(o) džudžev/џуџев(o)
            Džavad Хусеини         | džavad huseini/хусеини(o)
            جواد حسینی             | jwad/جواد(o) hsyny/حسینی(o)
            Γιώργος                | giorgos/γιώργος(o)
            Çelik Lekë             | çelik lekë
            Xhavad Husejni         | xhavad husejni
            JAWAD HUSSAINI         | jawad hussaini
            """)
    void writesEachWordInLatinAndKeepsTheOriginal(String name, String expected) {
        assertThat(describe(preserving, name)).isEqualTo(expected);
    }

    @Test
    void withoutPreserveOriginalOnlyTheLatinSpellingIsLeft() {
        assertThat(describe(replacing, "Џавад Хусеини")).isEqualTo("džavad huseini");
        assertThat(describe(replacing, "Ѓорѓи Ќиро")).isEqualTo("ǵorǵi ḱiro");
    }

    @Test
    void theOriginalIsStackedTypedAndLeftAloneByLaterFilters() {
        assertThat(tokens(preserving, "Џавад"))
                .containsExactly(
                        new Token("džavad", "<ALPHANUM>", 1, 1, false),
                        new Token("џавад", NameTokenTypes.ORIGINAL, 0, 1, true));
    }
}
