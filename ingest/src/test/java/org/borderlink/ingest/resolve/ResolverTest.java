package org.borderlink.ingest.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderlink.ingest.testing.CaseReports.facts;
import static org.borderlink.ingest.testing.CaseReports.report;

import java.util.List;
import org.borderlink.ingest.facts.ReportFacts;
import org.borderlink.ingest.search.IndexedReport;
import org.borderlink.ingest.search.SearchIndex;
import org.borderlink.ingest.testing.CaseReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The resolver against a real Lucene index (in memory), fed batch by batch as the pipeline feeds it: real regional
 * name variants, selectors in local notations, namesakes, protected persons and corrections.
 */
class ResolverTest {

    private static final String GREEN = "{\"tlp\":\"GREEN\",\"handling\":\"H0\"}";

    private final SearchIndex index = SearchIndex.inMemory();
    private final Resolver resolver =
            new Resolver(index, new MentionScorer(), ResolutionSettings.DEFAULTS, CaseReports.PSEUDONYMS);

    @AfterEach
    void close() {
        index.close();
    }

    /** Resolves a batch and indexes it, as the pipeline does after the write commits. */
    private ResolvedBatch resolve(List<ReportFacts> batch) {
        ResolvedBatch resolved = resolver.resolve(batch);
        index.index(resolved.facts().stream().map(f -> IndexedReport.of(f, 0)).toList());
        return resolved;
    }

    private static String person(String ref, String role, String name, String extra) {
        return "{\"ref\":\"" + ref + "\",\"role\":\"" + role + "\",\"name\":\"" + name + "\"" + extra + "}";
    }

    private static String phones(String number, String... users) {
        return "{\"phones\":[{\"ref\":\"ph1\",\"number\":\"" + number + "\",\"usedBy\":[\""
                + String.join("\",\"", users) + "\"]}]}";
    }

    private static final String AFGHAN_MAN = ",\"gender\":\"MALE\",\"nationality\":\"Afganistan\"";

    private final List<String> fourCountries = List.of(
            report(
                    "RS-MUP",
                    "KU-1",
                    GREEN,
                    "Возач Џавад Хусеини задржан.",
                    phones("+387 61 234 567", "p1"),
                    person("p1", "DRIVER", "Џавад Хусеини", AFGHAN_MAN)),
            report(
                    "BA-GP",
                    "GP-1",
                    GREEN,
                    "Vozač Dzavad Huseini.",
                    phones("061 234 567", "x1"),
                    person("x1", "DRIVER", "Dzavad Huseini", AFGHAN_MAN)),
            report(
                    "AL-PSH",
                    "PK-1",
                    GREEN,
                    "Shoferi Xhavad Husejni.",
                    phones("+38761234567", "a1"),
                    person("a1", "TRANSPORTER", "Xhavad Husejni", ",\"nationality\":\"Afganistan\"")),
            report(
                    "HR-MUP",
                    "MUP-1",
                    GREEN,
                    "Passport JAWAD HUSSAINI.",
                    phones("00387 61 234 567", "h1"),
                    person("h1", "DRIVER", "JAWAD HUSSAINI", AFGHAN_MAN)));

    @Test
    void theSameSmugglerInFourCountriesAndThreeScriptsIsOnePerson() {
        List<String> ids = fourCountries.stream()
                .map(r -> resolve(facts(r))
                        .facts()
                        .getFirst()
                        .persons()
                        .getFirst()
                        .id())
                .toList();

        assertThat(ids).hasSize(4).allMatch(ids.getFirst()::equals);
        assertThat(ids.getFirst()).startsWith("person:");
    }

    @Test
    void mentionsInOneBatchResolveAgainstEachOther() {
        ResolvedBatch batch = resolve(facts(fourCountries.toArray(String[]::new)));

        assertThat(batch.facts().stream().map(f -> f.persons().getFirst().id()).distinct())
                .hasSize(1);
        assertThat(batch.joined()).isEqualTo(3);
        assertThat(batch.created()).isEqualTo(1);
    }

    @Test
    void theRewrittenIdReachesEveryFactOfTheMention() {
        resolve(facts(fourCountries.getFirst()));
        ReportFacts bosnian = resolve(facts(fourCountries.get(1))).facts().getFirst();

        String id = bosnian.persons().getFirst().id();
        assertThat(bosnian.selectors().getFirst().userIds()).containsExactly(id);
        assertThat(id).isNotEqualTo("BA-GP:GP-1#x1");
    }

    @Test
    void aNamesakeBornOnAnotherDayStaysApartAndIsNotSuggested() {
        String serb = ",\"gender\":\"MALE\",\"nationality\":\"Srbija\"";
        ResolvedBatch first = resolve(facts(report(
                "RS-MUP",
                "KU-2",
                GREEN,
                "",
                "{}",
                person("p1", "HARBOURER", "Miloš Marković", serb + ",\"birthDate\":\"01.12.1964.\""))));
        ResolvedBatch second = resolve(facts(report(
                "RS-MUP",
                "KU-3",
                GREEN,
                "",
                "{}",
                person("p1", "HARBOURER", "Милош Марковић", serb + ",\"birthDate\":\"09.03.1981.\""))));

        assertThat(second.facts().getFirst().persons().getFirst().id())
                .isNotEqualTo(first.facts().getFirst().persons().getFirst().id());
        assertThat(second.suggestions()).isEmpty();
    }

    @Test
    void aMatchingNameWithoutFurtherEvidenceIsSuggestedWithItsReasons() {
        ResolvedBatch first = resolve(facts(fourCountries.getFirst()));
        ResolvedBatch second = resolve(
                facts(report("BA-GP", "GP-9", GREEN, "", "{}", person("x1", "DRIVER", "Dzavad Huseini", AFGHAN_MAN))));

        String known = first.facts().getFirst().persons().getFirst().id();
        String fresh = second.facts().getFirst().persons().getFirst().id();
        assertThat(fresh).isNotEqualTo(known);
        assertThat(second.suggestions()).singleElement().satisfies(s -> {
            assertThat(s.fromPersonId()).isEqualTo(fresh);
            assertThat(s.toPersonId()).isEqualTo(known);
            assertThat(s.fromReport()).isEqualTo("BA-GP:GP-9");
            assertThat(s.toReport()).isEqualTo("RS-MUP:KU-1");
            assertThat(s.toRef()).isEqualTo("p1");
            assertThat(s.score())
                    .isBetween(
                            ResolutionSettings.DEFAULTS.suggestThreshold(),
                            ResolutionSettings.DEFAULTS.joinThreshold());
            assertThat(s.explanation()).startsWith("names match after transliteration (1.00)");
        });
    }

    @Test
    void twoPersonsOfOneReportAreNeverMadeOne() {
        resolve(facts(fourCountries.getFirst()));
        ReportFacts twins = resolve(facts(report(
                        "BA-GP",
                        "GP-4",
                        GREEN,
                        "",
                        phones("061 234 567", "x1", "x2"),
                        person("x1", "DRIVER", "Dzavad Huseini", AFGHAN_MAN),
                        person("x2", "GUIDE", "Dzavad Huseini", AFGHAN_MAN))))
                .facts()
                .getFirst();

        assertThat(twins.persons().get(0).id())
                .isNotEqualTo(twins.persons().get(1).id());
    }

    @Test
    void aProtectedPersonIsJoinedOnAPseudonymisedPhoneAndNeverOnTheSubjectKeyAlone() {
        String migrant = ",\"gender\":\"MALE\",\"nationality\":\"AF\",\"birthDate\":\"01.01.2001\"";
        ResolvedBatch first = resolve(facts(report(
                "RS-MUP",
                "KU-5",
                GREEN,
                "",
                phones("+93 70 123 4567", "m1"),
                person("m1", "SMUGGLED_MIGRANT", "Ahmad Rahimi", migrant))));
        ResolvedBatch samePhone = resolve(facts(report(
                "BA-GP",
                "GP-5",
                GREEN,
                "",
                phones("+93701234567", "m9"),
                person("m9", "SMUGGLED_MIGRANT", "Ахмад Рахими", migrant))));
        ResolvedBatch sameKeyOnly = resolve(facts(
                report("HR-MUP", "MUP-5", GREEN, "", "{}", person("m3", "SMUGGLED_MIGRANT", "Ahmad Rahimi", migrant))));

        String id = first.facts().getFirst().persons().getFirst().id();
        assertThat(first.facts().getFirst().persons().getFirst().mention()).doesNotContainKey("name");
        assertThat(samePhone.facts().getFirst().persons().getFirst().id()).isEqualTo(id);
        assertThat(sameKeyOnly.facts().getFirst().persons().getFirst().id()).isNotEqualTo(id);
        assertThat(sameKeyOnly.suggestions())
                .as("protected persons are never suggested")
                .isEmpty();
    }

    @Test
    void aCorrectedReportKeepsThePersonsItsFirstVersionWasGiven() {
        String original = fourCountries.get(1);
        String before =
                resolve(facts(original)).facts().getFirst().persons().getFirst().id();
        String after = resolve(facts(CaseReports.version(original.replace("Dzavad Huseini", "Dževad Huseini"), 2)))
                .facts()
                .getFirst()
                .persons()
                .getFirst()
                .id();

        assertThat(after).isEqualTo(before);
    }
}
