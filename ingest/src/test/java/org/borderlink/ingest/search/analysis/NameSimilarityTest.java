package org.borderlink.ingest.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.borderlink.ingest.normalise.NameNormaliser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameSimilarityTest {

    private final NameSimilarity similarity = new NameSimilarity();

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Џавад Хусеини            | Dzavad Huseini           | 1.00
            Џавад Хусеини            | Xhavad Husejni           | 1.00
            Džavad                   | Jawad                    | 1.00
            Jawad                    | Xhavad                   | 1.00
            Dzavad                   | Џавад                    | 1.00
            Đorđe                    | Djordje                  | 1.00
            Đorđe                    | Dorde                    | 1.00
            Djordje                  | Dorde                    | 1.00
            Ђорђе                    | Dorde                    | 1.00
            Ѓорѓи                    | Gjorgji                  | 1.00
            Ѓорѓи                    | Gorgi                    | 1.00
            Ќиро                     | Kiro                     | 1.00
            Çelik                    | Celik                    | 1.00
            Lekë                     | Leke                     | 1.00
            Hussein                  | Husein                   | 1.00
            Mohammed                 | Mohamed                  | 1.00
            Abdul Rahman al-Hassan   | Abdulrahman Hasan        | 1.00
            Abdullah                 | Abd Ullah                | 1.00
            Abdullah                 | Abdul-lah                | 1.00
            Habibullah               | Habib Ullah              | 1.00
            al-Hassan                | Hassan                   | 1.00
            Husein Džavad            | Џавад Хусеин             | 1.00
            Jawad Hussaini           | Javad Husseini           | 0.97
            Џавад Хусеини            | JAWAD HUSSAINI           | 0.97
            Yusuf                    | Yousef                   | 0.91
            Yusuf                    | Yousaf                   | 0.91
            Hussein                  | Hossein                  | 0.90
            J. Hussaini              | Jawad Hussaini           | 0.88
            Jawad                    | Jawad Hussaini           | 0.85
            Abdul Rahman             | Rahman                   | 0.85
            Mohammed                 | Muhammad                 | 0.83
            Mohammed                 | Mehmet                   | 0.77
            Jawad Hussaini           | Jawad Rahimi             | 0.50
            Hussein                  | Hasan                    | 0.00
            Abdulrahman              | Abdulhamid               | 0.00
            """)
    void scoresVariantsOfOneNameHigh(String a, String b, double expected) {
        assertThat(similarity.compare(a, b).score()).isCloseTo(expected, within(0.005));
        assertThat(similarity.compare(b, a).score()).isCloseTo(expected, within(0.005));
    }

    @Test
    void theSamePersonsVariantsScoreAboveDifferentPersons() {
        assertThat(score("Jawad Hussaini", "Javad Husseini")).isGreaterThan(score("Jawad Hussaini", "Jawad Rahimi"));
        assertThat(score("Џавад Хусеини", "Xhavad Husejni")).isGreaterThan(score("Џавад Хусеини", "Jawad Rahimi"));
        assertThat(score("Mohammed", "Muhammad")).isGreaterThan(score("Mohammed", "Ahmed"));
        assertThat(score("Hussein", "Hossein")).isGreaterThan(score("Hussein", "Hassan"));
        assertThat(score("Yusuf", "Yousaf")).isGreaterThan(score("Yusuf", "Younis"));
        assertThat(score("Abdul Rahman al-Hassan", "Abdulrahman Hasan"))
                .isGreaterThan(score("Abdul Rahman al-Hassan", "Abdul Hamid al-Hassan"));
    }

    @Test
    void aMissingSurnameLowersTheScoreLessThanADifferentOne() {
        double missing = score("Jawad", "Jawad Hussaini");
        assertThat(missing).isLessThan(score("Jawad Hussaini", "Javad Husseini"));
        assertThat(missing).isGreaterThan(score("Jawad Rahimi", "Jawad Hussaini"));
    }

    @Test
    void wordOrderDoesNotCount() {
        assertThat(score("Hussaini Jawad", "Jawad Hussaini")).isEqualTo(1.0);
        assertThat(score("Rahimi Jawad Hussaini", "Jawad Hussaini Rahimi")).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Jawad Hussaini           | Jawad Hussaini       | same name (1.00)
            Џавад Хусеини            | Xhavad Husejni       | names match after transliteration (1.00)
            Џавад Хусеини            | Jawad Hussaini       | names match after transliteration (0.97): huseini ≈ husaini 0.93
            Huseini Džavad           | Jawad Husseini       | names match (1.00): in another order
            Abdul Rahman al-Hassan   | Abdulrahman Hasan    | names match (1.00): particles ignored: al
            Jawad                    | Jawad Hussaini       | names are similar (0.85): only one name has husaini
            J. Hussaini              | Jawad Hussaini       | names are similar (0.88): initial j ~ javad
            Jawad Hussaini           | Jawad Rahimi         | names differ (0.50): husaini ≠ rahimi 0.66
            Jawad                    | ''                   | nothing to compare (0.00)
            """)
    void explainsTheScore(String a, String b, String explanation) {
        assertThat(similarity.compare(a, b).explanation()).isEqualTo(explanation);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Џавад Хусеини", "Husein Džavad", "Đorđe Jovanović", "Çeku Kushtrim", "JAWAD HUSSAINI"})
    void theSortedKeyIsTheNameNormalisersKeyForPlainNames(String name) {
        assertThat(similarity.sortedKey(name)).isEqualTo(new NameNormaliser().key(name));
    }

    @Test
    void theSortedKeyJoinsCompoundsAndDropsParticles() {
        assertThat(similarity.sortedKey("Abdul Rahman al-Hassan")).isEqualTo("abdulrahman hasan");
        assertThat(similarity.sortedKey("Hasan Abdurrahman")).isEqualTo("abdulrahman hasan");
        assertThat(similarity.sortedKey("Habib Ullah bin Laden")).isEqualTo("habibulah laden");
        assertThat(similarity.sortedKey("J. Hussaini")).isEqualTo("husaini j");
    }

    private double score(String a, String b) {
        return similarity.compare(a, b).score();
    }
}
