package org.borderlink.ingest.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderlink.ingest.search.analysis.AnalysisTokens.chain;
import static org.borderlink.ingest.search.analysis.AnalysisTokens.describe;
import static org.borderlink.ingest.search.analysis.AnalysisTokens.tokens;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.borderlink.ingest.search.analysis.AnalysisTokens.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNameParticleFilterTest {

    private final Analyzer particles =
            chain(in -> new ArabicNameParticleFilter(new NameFoldingFilter(in, false, false)));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            al-Hassan              | al(p) hasan
            Hassan                 | hasan
            el Sayed               | el(p) sajed
            ar-Rashid              | ar(p) rasid
            Nasir ud-Din           | nasir ud(p) din
            bin Laden              | bin(p) laden
            ibn Sina               | bin(p) sina
            Abdul Rahman           | abdul(p)/abdulrahman(c)*2 rahman
            Abd al-Rahman          | abd(p)/abdulrahman(c)*3 al(p) rahman
            Abdur Rahman           | abdur(p)/abdulrahman(c)*2 rahman
            Abdulrahman            | abdulrahman/rahman
            Abdelrahman            | abdelrahman/abdulrahman(c)/rahman
            Abdurrahman            | abdurahman/abdulrahman(c)/rahman
            Abdus Salam            | abdus(p)/abdulsalam(c)*2 salam
            Abdullah               | abdulah
            Abdulla                | abdula/abdulah(c)
            Abdallah               | abdalah/abdulah(c)
            Abdullahi              | abdulahi/abdulah(c)
            Abd Allah              | abd(p)/abdulah(c)*2 alah(p)
            Abd Ullah              | abd(p)/abdulah(c)*2 ulah(p)
            Abdul-lah              | abdul(p)/abdulah(c)*2 lah(p)
            Habib Ullah            | habib/habibulah(c)*2 ulah(p)
            Habib-ulla             | habib/habibulah(c)*2 ula(p)
            Habibullah             | habibulah/habib
            Habibulla              | habibula/habibulah(c)/habib
            Nasrallah              | nasralah/nasrulah(c)/nasr
            Abu Bakr               | abu(p)/abubakr(c)*2 bakr
            Abubakr                | abubakr/bakr
            Albert Alen Abdi Ali   | albert alen abdi ali
            Ursula Paula           | ursula paula
            El                     | el
            Abdul                  | abdul
            Hassan al              | hasan al
            """)
    void typesParticlesAndStacksCompoundAndSplitForms(String name, String expected) {
        assertThat(describe(particles, name)).isEqualTo(expected);
    }

    @Test
    void everySpellingOfAbdAlRahmanHasTheCompoundAndTheName() {
        assertThat(List.of(
                        "Abdul Rahman",
                        "Abd al-Rahman",
                        "Abd-ar-Rahman",
                        "Abdur Rahman",
                        "Abdel Rahman",
                        "Abdulrahman",
                        "Abdelrahman",
                        "Abdurrahman",
                        "ABDUL-RAHMAN"))
                .allSatisfy(spelling -> assertThat(terms(spelling)).as(spelling).contains("abdulrahman", "rahman"));
    }

    @Test
    void everySpellingOfAbdullahAndHabibullahMeets() {
        assertThat(List.of("Abdullah", "Abdulla", "Abdallah", "Abd Allah", "Abd Ullah", "Abdul-lah", "Abdul Lah"))
                .allSatisfy(spelling -> assertThat(terms(spelling)).as(spelling).contains("abdulah"));
        assertThat(List.of("Habibullah", "Habib Ullah", "Habib-ullah", "Habibulla", "Habib Ulla"))
                .allSatisfy(spelling -> assertThat(terms(spelling)).as(spelling).contains("habibulah", "habib"));
    }

    @Test
    void aCompoundOfSeveralWordsIsStackedOnTheFirstAndSpansThemAll() {
        Analyzer analyzer = chain(in -> new ArabicNameParticleFilter(new NameFoldingFilter(in, false, false)));
        assertThat(tokens(analyzer, "Abdul Rahman"))
                .containsExactly(
                        new Token("abdul", NameTokenTypes.PARTICLE, 1, 1, false),
                        new Token("abdulrahman", NameTokenTypes.COMPOUND, 0, 2, false),
                        new Token("rahman", NameTokenTypes.NAME, 1, 1, false));
    }

    private List<String> terms(String name) {
        return tokens(particles, name).stream().map(Token::term).toList();
    }
}
