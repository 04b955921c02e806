package org.borderlink.ingest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderlink.ingest.testing.CaseReports.facts;
import static org.borderlink.ingest.testing.CaseReports.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.sharing.Viewer;
import org.borderlink.ingest.normalise.Gazetteer;
import org.borderlink.ingest.search.SearchType.Tier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Search across scripts and notations, ranking, types, snippets and the audience filter, on a real Lucene index. */
class SearchIndexTest {

    private static final String GREEN = "{\"tlp\":\"GREEN\",\"handling\":\"H0\"}";
    private static final String RED = "{\"tlp\":\"RED\",\"handling\":\"H2\"}";
    private static final Viewer BOSNIAN = Viewer.of(AgencyId.of("BA-GP"), "WB");
    private static final Viewer SERBIAN = Viewer.of(AgencyId.of("RS-MUP"), "WB");

    /** Normalising the reports is the slow part: done once, indexed afresh for each test. */
    private static final List<IndexedReport> REPORTS = facts(
                    report(
                            "RS-MUP",
                            "KU-1",
                            GREEN,
                            "Возач Џавад Хусеини заустављен код Шида са комбијем.",
                            "{\"phones\":[{\"ref\":\"ph1\",\"number\":\"+387 61 234 567\",\"usedBy\":[\"p1\"]}],"
                                    + "\"vehicles\":[{\"ref\":\"v1\",\"plate\":\"БГ 123-АБ\",\"country\":\"RS\",\"usedBy\":[\"p1\"]}]}",
                            "{\"ref\":\"p1\",\"role\":\"DRIVER\",\"name\":\"Џавад Хусеини\",\"aliases\":[\"Doktor\"]}",
                            "{\"ref\":\"m1\",\"role\":\"SMUGGLED_MIGRANT\",\"name\":\"Ahmad Rahimi\"}"),
                    report(
                            "BA-GP",
                            "GP-1",
                            GREEN,
                            "Vozač je pozvao broj 061 234 567 prije prelaska Drine kod Zvornika.",
                            "{\"phones\":[{\"ref\":\"ph1\",\"number\":\"061 234 567\",\"usedBy\":[\"x1\"]}]}",
                            "{\"ref\":\"x1\",\"role\":\"GUIDE\",\"name\":\"Dzavad Huseini\"}"),
                    report(
                            "RS-MUP",
                            "KU-2",
                            RED,
                            "Organizator Xhavad Husejni plaćen preko hawale.",
                            "{}",
                            "{\"ref\":\"p1\",\"role\":\"ORGANISER\",\"name\":\"Xhavad Husejni\"}"))
            .stream()
            .map(f -> IndexedReport.of(f, 1))
            .toList();

    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private final SearchIndex index = SearchIndex.inMemory();

    @BeforeEach
    void load() {
        index.indexGazetteer(GAZETTEER);
        index.index(REPORTS);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private SearchResults search(String text, Viewer viewer, SearchType... types) {
        return index.search(new SearchQuery(text, Set.of(types), 20), viewer);
    }

    @ParameterizedTest(name = "{0} finds the Cyrillic and the Latin spelling")
    @ValueSource(strings = {"Џавад Хусеини", "Dzavad Huseini", "Džavad Huseini", "JAWAD HUSSAINI", "Хусеини"})
    void aNameInAnyScriptFindsTheRecordsInEveryOther(String query) {
        SearchResults results = search(query, BOSNIAN, SearchType.PERSON);

        assertThat(results.hits())
                .extracting(SearchHit::reportIds)
                .containsExactlyInAnyOrder(List.of("RS-MUP:KU-1"), List.of("BA-GP:GP-1"));
        assertThat(results.hits()).allSatisfy(h -> assertThat(h.matchedBy()).isEqualTo(Tier.NAME));
    }

    @Test
    void theMatchedWordsAreMarkedWhereTheyAreWritten() {
        SearchHit serbian = search("Dzavad", BOSNIAN, SearchType.PERSON).hits().stream()
                .filter(h -> h.reportIds().contains("RS-MUP:KU-1"))
                .findFirst()
                .orElseThrow();

        assertThat(serbian.snippet()).isEqualTo("<mark>Џавад</mark> Хусеини (Džavad Huseini) aka Doktor");
        assertThat(serbian.label()).isEqualTo("Džavad Huseini");
    }

    @ParameterizedTest(name = "{0} finds +38761234567")
    @ValueSource(strings = {"061 234 567", "061/234-567", "+387 61 234 567", "0038761234567", "38761234567"})
    void aPhoneInAnyNotationFindsTheE164Number(String query) {
        SearchResults results = search(query, BOSNIAN);

        assertThat(results.hits().getFirst()).satisfies(h -> {
            assertThat(h.id()).isEqualTo("+38761234567");
            assertThat(h.type()).isEqualTo(SearchType.PHONE);
            assertThat(h.matchedBy()).isEqualTo(Tier.SELECTOR);
            assertThat(h.reportIds()).containsExactlyInAnyOrder("RS-MUP:KU-1", "BA-GP:GP-1");
        });
    }

    @Test
    void exactSelectorsRankFirstThenNamesThenNarratives() {
        List<SearchHit> hits = search("061 234 567", BOSNIAN).hits();

        assertThat(hits).extracting(SearchHit::matchedBy).containsExactly(Tier.SELECTOR, Tier.TEXT);
        assertThat(hits.get(1).id()).isEqualTo("BA-GP:GP-1");
        assertThat(hits.get(1).snippet()).contains("<mark>061</mark> <mark>234</mark> <mark>567</mark>");

        List<SearchHit> byName = search("Huseini", BOSNIAN).hits();
        assertThat(byName).extracting(SearchHit::matchedBy).containsExactly(Tier.NAME, Tier.NAME, Tier.TEXT);
        assertThat(byName.getLast().snippet()).contains("<mark>Хусеини</mark>");
    }

    @ParameterizedTest(name = "{0} finds the plate written БГ 123-АБ")
    @ValueSource(strings = {"BG 123-AB", "bg123ab", "БГ123АБ", "RS:BG123AB"})
    void aPlateInEitherScriptFindsTheVehicle(String query) {
        assertThat(search(query, SERBIAN, SearchType.VEHICLE).hits())
                .singleElement()
                .satisfies(h -> assertThat(h.id()).isEqualTo("RS:BG123AB"));
    }

    @Test
    void whatTheUserMayNotSeeIsOnlyCountedByAgency() {
        SearchResults bosnian = search("Xhavad Husejni", BOSNIAN, SearchType.PERSON);
        SearchResults serbian = search("Xhavad Husejni", SERBIAN, SearchType.PERSON);

        assertThat(bosnian.hits())
                .extracting(SearchHit::reportIds)
                .containsExactlyInAnyOrder(List.of("RS-MUP:KU-1"), List.of("BA-GP:GP-1"));
        assertThat(bosnian.hidden()).containsExactly(new HiddenHits("RS-MUP", 1));
        assertThat(serbian.hits()).hasSize(3);
        assertThat(serbian.hidden()).isEmpty();
    }

    @Test
    void aHiddenNarrativeIsCountedNotShown() {
        SearchResults results = search("hawale", BOSNIAN);

        assertThat(results.hits()).isEmpty();
        assertThat(results.hidden()).containsExactly(new HiddenHits("RS-MUP", 1));
    }

    @Test
    void protectedPersonsAreNeverFoundBySearch() {
        SearchResults results = search("Ahmad Rahimi", SERBIAN, SearchType.PERSON);

        assertThat(results.hits()).isEmpty();
        assertThat(results.hidden()).as("not even counted").isEmpty();
    }

    @Test
    void typesNarrowTheAnswer() {
        assertThat(search("061 234 567", BOSNIAN, SearchType.REPORT).hits())
                .extracting(SearchHit::type)
                .containsOnly(SearchType.REPORT);
        assertThat(search("Huseini", BOSNIAN, SearchType.PHONE).hits()).isEmpty();
    }

    @Test
    void gazetteerPlacesAreFoundByEveryNameAndScript() {
        for (String name : List.of("Шид", "Sid", "Šid")) {
            assertThat(search(name, BOSNIAN, SearchType.PLACE).hits())
                    .extracting(SearchHit::id)
                    .as(name)
                    .contains("RS-HR-SID");
        }
    }

    @Test
    void anIndexOnDiskReopensAtItsLastCommitAfterARestart(@TempDir Path dir) {
        try (SearchIndex onDisk = SearchIndex.open(dir)) {
            onDisk.index(REPORTS);
            onDisk.commit(42);
        }
        try (SearchIndex reopened = SearchIndex.open(dir)) {
            assertThat(reopened.checkpoint())
                    .as("catch-up starts here, not from scratch")
                    .isEqualTo(42);
            assertThat(reopened.search(new SearchQuery("Dzavad Huseini", Set.of(SearchType.PERSON), 20), BOSNIAN)
                            .hits())
                    .hasSize(2);
        }
    }

    @Test
    void theCommittedCheckpointSurvivesAndStartsAtZero() {
        assertThat(index.checkpoint()).isZero();
        index.commit(42);
        assertThat(index.checkpoint()).isEqualTo(42);
        assertThat(index.indexedSeqs(List.of("RS-MUP:KU-1", "XX-NONE:1"))).containsOnlyKeys("RS-MUP:KU-1");
    }
}
