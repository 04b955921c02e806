package org.borderlink.ingest.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.borderlink.ingest.search.PersonMention;
import org.borderlink.ingest.search.PersonMention.SelectorUse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scores of mention pairs on the spellings one smuggler takes across the region's records: Serbian Cyrillic,
 * Bosnian Latin without diacritics, Albanian orthography and passport capitals.
 */
class MentionScorerTest {

    private static final String PHONE = "+38761234567";
    private final MentionScorer scorer = new MentionScorer();
    private final ResolutionSettings settings = ResolutionSettings.DEFAULTS;

    @ParameterizedTest(name = "{0} / {1} with the same phone joins")
    @CsvSource(delimiter = '|', textBlock = """
            Џавад Хусеини  | Dzavad Huseini
            Џавад Хусеини  | Xhavad Husejni
            Џавад Хусеини  | JAWAD HUSSAINI
            Dzavad Huseini | Xhavad Husejni
            Xhavad Husejni | JAWAD HUSSAINI
            Хусеини Џавад  | JAWAD HUSSAINI
            """)
    void variantsOfOneNameWithASharedPhoneJoin(String a, String b) {
        PairScore score = scorer.score(driver(a, "RS-MUP:1", PHONE), driver(b, "BA-GP:1", PHONE), Set.of());

        assertThat(score.score()).isGreaterThanOrEqualTo(settings.joinThreshold());
        assertThat(score.exact()).isTrue();
        assertThat(score.explanation()).contains("same phone +387612…");
    }

    @ParameterizedTest(name = "{0} / {1} alone, no other evidence, is at most a suggestion")
    @CsvSource(delimiter = '|', textBlock = """
            Џавад Хусеини    | Dzavad Huseini
            Xhavad Husejni   | Dzavad Huseini
            Ђорђе Јовановић  | Djordje Jovanovic
            Dejan Popović    | POPOVIC DEJAN
            """)
    void aNameMatchAloneIsNotEnoughToJoin(String a, String b) {
        PairScore score = scorer.score(driver(a, "RS-MUP:1", null), driver(b, "BA-GP:1", null), Set.of());

        assertThat(score.score()).isBetween(settings.suggestThreshold(), settings.joinThreshold());
        assertThat(score.explanation()).startsWith("names match");
    }

    @Test
    void theExplanationSaysWhatAgreedMostTellingFirst() {
        PersonMention serbian =
                mention("Џавад Хусеини", "RS-MUP:1", "MALE", "30–38", "AF", null, List.of(phone(PHONE)));
        PersonMention bosnian =
                mention("Dzavad Huseini", "BA-GP:1", "MALE", "30–38", "AF", null, List.of(phone(PHONE)));

        PairScore score = scorer.score(serbian, bosnian, Set.of());

        assertThat(score.reasons())
                .containsExactly(
                        "names match after transliteration (1.00)",
                        "same phone +387612…",
                        "nationality agrees",
                        "gender agrees",
                        "age bands agree");
        assertThat(score.summary()).startsWith("score 0.9");
    }

    @Test
    void aSharedHotlineDoesNotMakeTwoDifferentlyNamedPeopleOne() {
        PairScore score = scorer.score(
                driver("Jawad Hussaini", "RS-MUP:1", PHONE), driver("Arben Krasniqi", "XK-KP:1", PHONE), Set.of());

        assertThat(score.score()).isLessThan(settings.suggestThreshold());
        assertThat(score.explanation()).contains("names differ").contains("same phone");
    }

    @Test
    void differentBirthDaysRuleOutNamesakes() {
        PersonMention a = withBirth(driver("Miloš Marković", "RS-MUP:1", null), LocalDate.of(1964, 12, 1), "DAY");
        PersonMention b = withBirth(driver("Милош Марковић", "RS-MUP:2", null), LocalDate.of(1981, 3, 9), "DAY");

        PairScore score = scorer.score(a, b, Set.of());

        assertThat(score.score()).isLessThan(settings.suggestThreshold());
        assertThat(score.explanation()).contains("birth dates differ");
    }

    @Test
    void firstOfJanuaryIsAYearNotABirthDay() {
        PersonMention a = withBirth(driver("Shafiq", "RS-MUP:1", null), LocalDate.of(1986, 1, 1), "DAY");
        PersonMention b = withBirth(driver("Шафик", "MK-MVR:1", null), LocalDate.of(1986, 1, 1), "DAY");

        PairScore score = scorer.score(a, b, Set.of());

        assertThat(score.explanation()).contains("same birth year").doesNotContain("same birth date");
    }

    @Test
    void aPersonNamedWithSomeoneAlreadyKnownTogetherGainsWeight() {
        PersonMention a = driver("Kujtim Bytyqi", "AL-PSH:1", null);
        PersonMention b = driver("KUJTIM BYTYQI", "ME-UP:1", null).withCoPersons(List.of("person:organiser"));

        PairScore alone = scorer.score(a, b, Set.of());
        PairScore together = scorer.score(a, b, Set.of("person:organiser"));

        assertThat(together.weight()).isGreaterThan(alone.weight());
        assertThat(together.score()).isGreaterThanOrEqualTo(settings.joinThreshold());
        assertThat(together.explanation()).contains("named with a person in common");
    }

    @Test
    void aSingleNameCountsForLessThanAFullName() {
        PairScore single =
                scorer.score(driver("Mustafa", "RS-MUP:1", null), driver("MUSTAFA", "BA-GP:1", null), Set.of());
        PairScore full = scorer.score(
                driver("Mustafa Sahin", "RS-MUP:1", null), driver("MUSTAFA ŞAHIN", "BA-GP:1", null), Set.of());

        assertThat(single.weight()).isLessThan(full.weight());
        assertThat(single.score()).isLessThan(settings.suggestThreshold());
        assertThat(single.explanation()).contains("a single name");
    }

    @Test
    void reportsThatShareAnotherSelectorOrAnUnrecordedPlaceTieTwoMentionsTogether() {
        PersonMention a = driver("Kujtim Bytyqi", "AL-PSH:1", null);
        PersonMention b = driver("KUJTIM BYTYQI", "ME-UP:1", null);
        PersonMention aInCase = withContext(a, List.of("RS:BG123AB", "ME-U-safe-house-nudo"));
        PersonMention bInCase = withContext(b, List.of("ME-U-safe-house-nudo"));

        PairScore plain = scorer.score(a, b, Set.of());
        PairScore inOneCase = scorer.score(aInCase, bInCase, Set.of());

        assertThat(inOneCase.weight() - plain.weight()).isCloseTo(1.5, within(1e-9));
        assertThat(inOneCase.explanation()).contains("the reports share a selector or place");
    }

    @Test
    void aProtectedPersonIsNeverComparedWithOneWhoIsNot() {
        PersonMention migrant = protectedMention("RS-MUP:1", "key-1", List.of(phone("pseudo:abc")));
        PersonMention driver = driver("Jawad Hussaini", "BA-GP:1", "pseudo:abc");

        assertThat(scorer.score(migrant, driver, Set.of())).isEqualTo(PairScore.NONE);
    }

    @Test
    void protectedPersonsAreIdentifiedOnlyByAPseudonymisedSelectorNotBySubjectKey() {
        PersonMention a = protectedMention("RS-MUP:1", "key-1", List.of());
        PersonMention b = protectedMention("BA-GP:1", "key-1", List.of());
        PersonMention c = protectedMention("HR-MUP:1", "key-2", List.of(phone("pseudo:abc")));
        PersonMention d = protectedMention("HU-ORFK:1", "key-3", List.of(phone("pseudo:abc")));

        assertThat(scorer.score(a, b, Set.of()).exact()).as("same subject key").isFalse();
        assertThat(scorer.score(c, d, Set.of()).exact())
                .as("same pseudonymised phone")
                .isTrue();
        assertThat(scorer.score(c, d, Set.of()).explanation()).contains("same phone (pseudonymised)");
    }

    @Test
    void aForgedDocumentPassedFromHandToHandIdentifiesNobody() {
        SelectorUse forged = new SelectorUse("Document", "doc:123", "FORGED");
        SelectorUse genuine = new SelectorUse("Document", "doc:456", "GENUINE");
        PersonMention a = protectedMention("RS-MUP:1", null, List.of(forged));
        PersonMention b = protectedMention("BA-GP:1", null, List.of(forged));
        PersonMention c = protectedMention("RS-MUP:2", null, List.of(genuine));
        PersonMention d = protectedMention("BA-GP:2", null, List.of(genuine));

        assertThat(scorer.score(a, b, Set.of()).exact()).isFalse();
        assertThat(scorer.score(c, d, Set.of()).exact()).isTrue();
    }

    private static PersonMention driver(String name, String report, @Nullable String phone) {
        return mention(name, report, null, null, null, null, phone == null ? List.of() : List.of(phone(phone)));
    }

    private static SelectorUse phone(String id) {
        return new SelectorUse("Phone", id, null);
    }

    private static PersonMention withBirth(PersonMention m, LocalDate birth, String precision) {
        return m.withEvidence(birth, precision, m.selectors(), m.coPersons(), m.context());
    }

    private static PersonMention withContext(PersonMention m, List<String> context) {
        return m.withEvidence(m.birthDate(), m.birthPrecision(), m.selectors(), m.coPersons(), context);
    }

    /** A named driver of {@code report} ({@code agency:reference}), as one report's mention. */
    static PersonMention mention(
            String name,
            String report,
            @Nullable String gender,
            @Nullable String ageBand,
            @Nullable String nationality,
            @Nullable LocalDate birth,
            List<SelectorUse> selectors) {
        return new PersonMention(
                "person:" + report,
                report,
                "p1",
                report.substring(0, report.indexOf(':')),
                List.of("region:WB"),
                "DRIVER",
                false,
                name,
                name,
                name,
                List.of(),
                gender,
                ageBand,
                nationality,
                birth,
                birth == null ? null : "DAY",
                null,
                selectors,
                List.of(),
                List.of());
    }

    private static PersonMention protectedMention(String report, @Nullable String subjectKey, List<SelectorUse> sel) {
        return new PersonMention(
                "person:" + report,
                report,
                "p2",
                report.substring(0, report.indexOf(':')),
                List.of("region:WB"),
                "SMUGGLED_MIGRANT",
                true,
                "smuggled migrant p2",
                null,
                null,
                List.of(),
                "MALE",
                "21–23",
                "AF",
                null,
                null,
                subjectKey,
                sel,
                List.of(),
                List.of());
    }
}
