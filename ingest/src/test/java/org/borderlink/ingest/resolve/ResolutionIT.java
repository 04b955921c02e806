package org.borderlink.ingest.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderlink.ingest.testing.CaseReports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.FactsOfReport;
import org.borderlink.graph.sharing.Viewer;
import org.borderlink.graph.testing.MigrantBounds;
import org.borderlink.graph.testing.TestNeo4j;
import org.borderlink.ingest.facts.FactBuilder;
import org.borderlink.ingest.normalise.Gazetteer;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.pipeline.IngestSummary;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.report.ReportValidator;
import org.borderlink.ingest.search.GraphIndexSource;
import org.borderlink.ingest.search.IndexCatchUp;
import org.borderlink.ingest.search.IngestIndexer;
import org.borderlink.ingest.search.SearchHit;
import org.borderlink.ingest.search.SearchIndex;
import org.borderlink.ingest.search.SearchQuery;
import org.borderlink.ingest.search.SearchType;
import org.borderlink.ingest.testing.CaseReports;
import org.borderlink.ingest.write.GraphWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;

/**
 * Resolution through the real pipeline into the real embedded engine: one smuggler across four countries becomes one
 * person with every fact's provenance intact; a suggestion is confirmed (the persons merge), undone (split back by the
 * reports) and then never made again; suggestions are shown only to who may see both mentions; the index follows the
 * graph, on this instance and, by catching up, on another.
 */
class ResolutionIT {

    private static final String GREEN = "{\"tlp\":\"GREEN\",\"handling\":\"H0\"}";
    private static final String RED = "{\"tlp\":\"RED\",\"handling\":\"H2\"}";
    private static final String AFGHAN_MAN = ",\"gender\":\"MALE\",\"nationality\":\"Afganistan\"";
    private static final Viewer SERBIAN = Viewer.of(AgencyId.of("RS-MUP"), "WB");
    private static final Viewer BOSNIAN = Viewer.of(AgencyId.of("BA-GP"), "WB");
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private final Driver driver = TestNeo4j.driver();
    private final ResolutionStore store = new ResolutionStore(driver);
    private final GraphIndexSource graph = new GraphIndexSource(driver);
    private SearchIndex index;
    private IngestPipeline pipeline;
    private String run;
    private String phone;

    @BeforeEach
    void fresh() {
        run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        phone = "+387 61 " + (100_000 + Math.floorMod(run.hashCode(), 900_000));
        try (var session = driver.session()) {
            session.run("MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n").consume();
        }
        index = SearchIndex.inMemory();
        index.indexGazetteer(GAZETTEER);
        pipeline = new IngestPipeline(
                        new ReportValidator(),
                        FactBuilder.standard(CaseReports.PSEUDONYMS),
                        new GraphWriter(driver),
                        10)
                .withResolution(
                        new Resolver(index, new MentionScorer(), ResolutionSettings.DEFAULTS, CaseReports.PSEUDONYMS),
                        store)
                .withIndex(new IngestIndexer(index, graph));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private IngestSummary ingest(String... reports) {
        IngestSummary summary = pipeline.ingest(CaseReports.read(reports));
        assertThat(summary.refused()).as("%s", summary.results()).isZero();
        return summary;
    }

    private static String person(String ref, String role, String name, String extra) {
        return "{\"ref\":\"" + ref + "\",\"role\":\"" + role + "\",\"name\":\"" + name + "\"" + extra + "}";
    }

    private String phones(String number, String user) {
        return "{\"phones\":[{\"ref\":\"ph1\",\"number\":\"" + number + "\",\"usedBy\":[\"" + user + "\"]}]}";
    }

    private String serbian(String marking) {
        return report(
                "RS-MUP",
                "KU-" + run,
                marking,
                "Возач Џавад Хусеини задржан код Шида.",
                phones(phone, "p1"),
                person("p1", "DRIVER", "Џавад Хусеини", AFGHAN_MAN + ",\"birthDate\":\"12.05.1988.\""));
    }

    /** The same man in a Bosnian report with nothing but his name, nationality and gender: a suggestion, not a join. */
    private String bosnian() {
        return report(
                "BA-GP",
                "GP-" + run,
                GREEN,
                "Vodič Dzavad Huseini.",
                "{}",
                person("x1", "GUIDE", "Dzavad Huseini", AFGHAN_MAN));
    }

    private String personOf(String reportId, String ref) {
        return ofMention(reportId, ref, "p.id");
    }

    /** {@code expression} over the mention {@code m} of local ref {@code ref} in the report, and its person {@code p}. */
    private String ofMention(String reportId, String ref, String expression) {
        try (var session = driver.session()) {
            return session.run(
                            "MATCH (:Report {id: $r})-[m:MENTIONS]->(p:Person) WHERE m.localRef = $ref RETURN "
                                    + expression + " AS value",
                            Map.of("r", reportId, "ref", ref))
                    .single()
                    .get("value")
                    .asString();
        }
    }

    /** Every fact a report asserts about persons, with all its properties, keyed by type and far end. */
    private Map<String, Map<String, Object>> factsOf(String reportId) {
        Map<String, Map<String, Object>> facts = new TreeMap<>();
        try (var session = driver.session()) {
            session.run("""
                            MATCH (p:Person)-[r]-(x) WHERE r.reportId = $r AND type(r) <> 'POSSIBLY_SAME_AS'
                            RETURN type(r) AS type, coalesce(x.id, '') AS other, properties(r) AS props""", Map.of("r", reportId))
                    .forEachRemaining(rec -> facts.put(
                            rec.get("type").asString() + " " + rec.get("other").asString(),
                            rec.get("props").asMap()));
        }
        return facts;
    }

    @Test
    void oneSmugglerInFourCountriesIsOnePersonAndEveryFactKeepsItsReport() {
        ingest(
                serbian(GREEN),
                report(
                        "BA-GP",
                        "GP-" + run,
                        GREEN,
                        "",
                        phones("061 " + phone.substring(8), "x1"),
                        person("x1", "DRIVER", "Dzavad Huseini", AFGHAN_MAN)),
                report(
                        "AL-PSH",
                        "PK-" + run,
                        GREEN,
                        "",
                        phones(phone, "a1"),
                        person("a1", "TRANSPORTER", "Xhavad Husejni", ",\"nationality\":\"Afganistan\"")),
                report(
                        "HR-MUP",
                        "MUP-" + run,
                        GREEN,
                        "",
                        phones("00" + phone.substring(1), "h1"),
                        person("h1", "DRIVER", "JAWAD HUSSAINI", AFGHAN_MAN)));

        try (var session = driver.session()) {
            var rows = session.run("""
                            MATCH (r:Report)-[m:MENTIONS]->(p:Person)
                            RETURN p.id AS person, collect(m.agency) AS agencies, collect(m.reportId) AS reports""").list();
            assertThat(rows).hasSize(1);
            assertThat(rows.getFirst().get("agencies").asList(Value::asString))
                    .containsExactlyInAnyOrder("RS-MUP", "BA-GP", "AL-PSH", "HR-MUP");
            List<String> uses = session.run("MATCH (:Person)-[u:USES]->(:Phone) RETURN u.reportId AS r")
                    .list(r -> r.get("r").asString());
            assertThat(uses).hasSize(4).doesNotHaveDuplicates();
        }
        List<SearchHit> hits = index.search(new SearchQuery("Џавад", Set.of(SearchType.PERSON), 10), BOSNIAN)
                .hits();
        assertThat(hits)
                .singleElement()
                .satisfies(h -> assertThat(h.reportIds()).hasSize(4));
    }

    @Test
    void confirmingMergesWithEveryFactsProvenanceAndUndoingSplitsBackByReport() {
        ingest(serbian(GREEN), bosnian());
        String serbianPerson = personOf("RS-MUP:KU-" + run, "p1");
        String bosnianPerson = personOf("BA-GP:GP-" + run, "x1");
        assertThat(bosnianPerson).isNotEqualTo(serbianPerson);
        SuggestionView suggestion =
                store.list(ResolutionStore.Status.PENDING, SERBIAN, 10).getFirst();
        assertThat(suggestion.from().personId()).isEqualTo(bosnianPerson);
        assertThat(suggestion.to().personId()).isEqualTo(serbianPerson);
        assertThat(suggestion.explanation()).contains("names match after transliteration");
        Map<String, Map<String, Object>> before = factsOf("BA-GP:GP-" + run);
        long seqBefore = seq("BA-GP:GP-" + run);

        var merged = store.confirm(suggestion.id(), SERBIAN, "analyst-1", "same man, per liaison call");

        assertThat(merged).isInstanceOf(ResolutionStore.Outcome.Done.class);
        assertThat(((ResolutionStore.Outcome.Done) merged).changedReports()).containsExactly("BA-GP:GP-" + run);
        assertThat(personOf("BA-GP:GP-" + run, "x1")).isEqualTo(serbianPerson);
        assertThat(factsOf("BA-GP:GP-" + run))
                .as("every fact moved with its provenance")
                .isEqualTo(before);
        assertThat(seq("BA-GP:GP-" + run)).as("other instances re-read it").isGreaterThan(seqBefore);
        SuggestionView confirmed = store.find(suggestion.id(), SERBIAN).orElseThrow();
        assertThat(confirmed.status()).isEqualTo("MERGED");
        assertThat(confirmed.decidedBy()).isEqualTo("analyst-1");
        assertThat(confirmed.mergedReports()).containsExactly("BA-GP:GP-" + run);

        new IndexCatchUp(index, graph, GAZETTEER).reindex(((ResolutionStore.Outcome.Done) merged).changedReports());
        assertThat(index.search(new SearchQuery("Dzavad Huseini", Set.of(SearchType.PERSON), 10), SERBIAN)
                        .hits())
                .singleElement()
                .satisfies(h -> assertThat(h.id()).isEqualTo(serbianPerson));

        var undone = store.undo(suggestion.id(), SERBIAN, "analyst-2", "two brothers after all");

        assertThat(undone).isInstanceOf(ResolutionStore.Outcome.Done.class);
        assertThat(personOf("BA-GP:GP-" + run, "x1")).isEqualTo(bosnianPerson);
        assertThat(personOf("RS-MUP:KU-" + run, "p1")).isEqualTo(serbianPerson);
        assertThat(factsOf("BA-GP:GP-" + run)).isEqualTo(before);
        assertThat(store.find(suggestion.id(), SERBIAN).orElseThrow().status()).isEqualTo("REJECTED");
        assertThat(store.undo(suggestion.id(), SERBIAN, "analyst-2", "again"))
                .isInstanceOf(ResolutionStore.Outcome.Conflict.class);
        MigrantBounds.assertFollowTheirMentions(driver);
    }

    @Test
    void aRejectedPairIsNeverSuggestedAgain() {
        ingest(serbian(GREEN), bosnian());
        SuggestionView suggestion =
                store.list(ResolutionStore.Status.PENDING, SERBIAN, 10).getFirst();

        assertThat(store.reject(suggestion.id(), BOSNIAN, "analyst-1", "different fathers' names"))
                .isInstanceOf(ResolutionStore.Outcome.Done.class);
        // the corrected Bosnian report resolves again and would suggest the same pair
        ingest(CaseReports.version(bosnian().replace("Vodič", "Vodič (ispravka)"), 2));

        assertThat(store.list(ResolutionStore.Status.PENDING, SERBIAN, 10)).isEmpty();
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.find(suggestion.id(), SERBIAN).orElseThrow().status()).isEqualTo("REJECTED");
        assertThat(store.confirm(suggestion.id(), SERBIAN, "analyst-1", "changed my mind"))
                .isInstanceOf(ResolutionStore.Outcome.Conflict.class);
    }

    @Test
    void aSuggestionIsShownOnlyToWhoMaySeeBothMentions() {
        ingest(serbian(RED), bosnian());
        assertThat(store.count()).isEqualTo(1);

        assertThat(store.list(ResolutionStore.Status.PENDING, SERBIAN, 10)).hasSize(1);
        String id = store.list(ResolutionStore.Status.PENDING, SERBIAN, 10)
                .getFirst()
                .id();
        assertThat(store.list(ResolutionStore.Status.PENDING, BOSNIAN, 10)).isEmpty();
        assertThat(store.find(id, BOSNIAN)).isEmpty();
        assertThat(store.confirm(id, BOSNIAN, "analyst-1", "")).isInstanceOf(ResolutionStore.Outcome.NotFound.class);
        assertThat(store.reject(id, BOSNIAN, "analyst-1", "")).isInstanceOf(ResolutionStore.Outcome.NotFound.class);
        try (var session = driver.session()) {
            List<String> aud = session.run("MATCH ()-[s:POSSIBLY_SAME_AS]->() RETURN s.aud AS aud")
                    .single()
                    .get("aud")
                    .asList(Value::asString);
            assertThat(aud)
                    .as("no token both reports share: no generic query shows it")
                    .isEmpty();
        }
    }

    @Test
    void splittingAnAutomaticJoinMovesThatReportsFactsToANewPerson() {
        ingest(
                serbian(GREEN),
                report(
                        "BA-GP",
                        "GP-" + run,
                        GREEN,
                        "",
                        phones("061 " + phone.substring(8), "x1"),
                        person("x1", "DRIVER", "Dzavad Huseini", AFGHAN_MAN)));
        String person = personOf("RS-MUP:KU-" + run, "p1");
        assertThat(personOf("BA-GP:GP-" + run, "x1")).isEqualTo(person);
        Map<String, Map<String, Object>> before = factsOf("BA-GP:GP-" + run);

        String created = store.split(person, Set.of("BA-GP:GP-" + run), SERBIAN, "analyst-1", "a shared phone only")
                .orElseThrow();

        assertThat(personOf("BA-GP:GP-" + run, "x1")).isEqualTo(created);
        assertThat(personOf("RS-MUP:KU-" + run, "p1")).isEqualTo(person);
        assertThat(factsOf("BA-GP:GP-" + run)).isEqualTo(before);
        assertThat(store.list(ResolutionStore.Status.REJECTED, SERBIAN, 10))
                .singleElement()
                .satisfies(s -> assertThat(s.method()).isEqualTo("split"));
        assertThat(store.split(person, Set.of("RS-MUP:KU-" + run), SERBIAN, "analyst-1", "nothing would remain"))
                .isEmpty();
    }

    /**
     * A migrant named without a birth date is followed by their person: joined across two reports by the phone they
     * used, both mentions carry the joined person's id as their tally key, and a split gives the split-off mention the
     * new person's.
     */
    @Test
    void aMigrantsTallyKeyFollowsTheirPersonThroughASplit() {
        String migrant = person("m1", "SMUGGLED_MIGRANT", "Ahmad Rahimi", AFGHAN_MAN);
        ingest(
                report("RS-MUP", "MK-" + run, GREEN, "", phones(phone, "m1"), migrant),
                report("BA-GP", "MG-" + run, GREEN, "", phones("061 " + phone.substring(8), "m1"), migrant));
        String person = personOf("RS-MUP:MK-" + run, "m1");
        assertThat(personOf("BA-GP:MG-" + run, "m1"))
                .as("joined on the shared phone")
                .isEqualTo(person);
        assertThat(ofMention("BA-GP:MG-" + run, "m1", "m.tallyKey")).isEqualTo(person);

        String created = store.split(person, Set.of("BA-GP:MG-" + run), SERBIAN, "analyst-1", "two namesakes")
                .orElseThrow();

        assertThat(ofMention("BA-GP:MG-" + run, "m1", "m.tallyKey")).isEqualTo(created);
        assertThat(ofMention("RS-MUP:MK-" + run, "m1", "m.tallyKey")).isEqualTo(person);
        MigrantBounds.assertFollowTheirMentions(driver);
    }

    @Test
    void theIndexReadFromTheGraphIsWhatTheFactsSaid() {
        ingest(serbian(GREEN), bosnian());
        var facts = CaseReports.facts(serbian(GREEN));
        var fromGraph = graph.load(List.of("RS-MUP:KU-" + run)).getFirst();
        var fromFacts = org.borderlink.ingest.search.IndexedReport.of(
                facts.getFirst().withPersonIds(Map.of("RS-MUP:KU-" + run + "#p1", personOf("RS-MUP:KU-" + run, "p1"))),
                fromGraph.seq());

        assertThat(fromGraph).isEqualTo(fromFacts);
        assertThat(fromGraph.seq()).isPositive();
    }

    @Test
    void anotherInstanceCatchesUpByIngestSequenceAndFollowsAMerge() {
        ingest(serbian(GREEN), bosnian());
        try (SearchIndex other = SearchIndex.inMemory()) {
            IndexCatchUp catchUp = new IndexCatchUp(other, graph, GAZETTEER);

            IndexCatchUp.Run first = catchUp.catchUp();
            assertThat(first.reindexed()).isEqualTo(2);
            assertThat(other.checkpoint()).isEqualTo(first.checkpoint()).isPositive();
            assertThat(catchUp.catchUp().reindexed()).as("nothing new").isZero();
            IndexCatchUp.Run own = new IndexCatchUp(index, graph, GAZETTEER).catchUp();
            assertThat(own.reindexed())
                    .as("this instance indexed its own writes already")
                    .isZero();
            assertThat(own.skipped()).isEqualTo(2);

            SuggestionView suggestion =
                    store.list(ResolutionStore.Status.PENDING, SERBIAN, 10).getFirst();
            store.confirm(suggestion.id(), SERBIAN, "analyst-1", "same man");
            assertThat(catchUp.catchUp().reindexed())
                    .as("the report whose facts moved")
                    .isEqualTo(1);

            List<String> ids = new ArrayList<>();
            other.search(new SearchQuery("Huseini", Set.of(SearchType.PERSON), 10), SERBIAN)
                    .hits()
                    .forEach(h -> ids.add(h.id()));
            assertThat(ids).containsExactly(personOf("RS-MUP:KU-" + run, "p1"));
        }
    }

    @Test
    void aRebuildRecreatesTheIndexFromTheGraph() {
        ingest(serbian(GREEN), bosnian());
        try (SearchIndex rebuilt = SearchIndex.inMemory()) {
            IndexCatchUp.Run rebuild = new IndexCatchUp(rebuilt, graph, GAZETTEER).rebuild();

            assertThat(rebuild.reindexed()).isEqualTo(2);
            assertThat(rebuilt.documentCount()).isEqualTo(index.documentCount());
            for (String text : List.of("Џавад Хусеини", phone, "Шид")) {
                SearchQuery query = new SearchQuery(text, Set.of(), 20);
                assertThat(shown(rebuilt.search(query, BOSNIAN).hits()))
                        .as(text)
                        .isNotEmpty()
                        .isEqualTo(shown(index.search(query, BOSNIAN).hits()));
            }
        }
    }

    /**
     * Every reader of a report's facts (its replacement, its audience, its case timeline, its exports) walks out from the
     * report instead of looking facts up by {@code reportId}: on generated cases whose persons resolution shared across
     * reports, some replaced by a correction and one merged by an analyst, the walk finds exactly the facts that carry
     * each report's id.
     */
    @Test
    void everyFactOfAReportIsFoundByWalkingOutFromIt() {
        IngestSummary summary;
        try (Stream<ReadResult> generated = CaseReports.generated(150, 5)) {
            summary = pipeline.ingest(generated);
        }
        assertThat(summary.refused()).as("generated reports refused").isZero();
        assertThat(summary.replaced())
                .as("corrections replaced their first versions")
                .isPositive();
        ingest(serbian(GREEN), bosnian());
        String bosnianPerson = personOf("BA-GP:GP-" + run, "x1");
        SuggestionView suggestion = store.list(ResolutionStore.Status.PENDING, SERBIAN, 1000).stream()
                .filter(s -> s.from().personId().equals(bosnianPerson))
                .findFirst()
                .orElseThrow();
        assertThat(store.confirm(suggestion.id(), SERBIAN, "analyst-1", "same man"))
                .isInstanceOf(ResolutionStore.Outcome.Done.class);

        try (var session = driver.session()) {
            assertThat(session.run("MATCH (p:Person) WHERE COUNT { (p)<-[m:MENTIONS]-() } > 1 RETURN count(p) AS n")
                            .single()
                            .get("n")
                            .asLong())
                    .as("persons several reports mention")
                    .isPositive();
            Map<String, Set<String>> carried = factsByReport(session.run("MATCH ()-[r:" + FactsOfReport.TYPE_EXPRESSION
                    + "]->() WHERE r.reportId IS NOT NULL RETURN r.reportId AS report, elementId(r) AS fact"));
            Map<String, Set<String>> walked = factsByReport(session.run("MATCH (rep:Report) "
                    + FactsOfReport.call("rep", "r") + "RETURN rep.id AS report, elementId(r) AS fact"));

            assertThat(carried.values().stream().mapToInt(Set::size).sum()).isGreaterThan(1000);
            assertThat(walked).isEqualTo(carried);
        }
    }

    private static Map<String, Set<String>> factsByReport(Result result) {
        Map<String, Set<String>> facts = new TreeMap<>();
        result.forEachRemaining(rec -> facts.computeIfAbsent(rec.get("report").asString(), k -> new TreeSet<>())
                .add(rec.get("fact").asString()));
        return facts;
    }

    /** What a user is shown of each hit (scores aside). */
    private static List<String> shown(List<SearchHit> hits) {
        return hits.stream()
                .map(h -> h.type() + " " + h.id() + " " + h.label() + " " + h.snippet() + " " + h.reportIds())
                .toList();
    }

    private long seq(String reportId) {
        try (var session = driver.session()) {
            return session.run("MATCH (r:Report {id: $id}) RETURN r.ingestSeq AS s", Map.of("id", reportId))
                    .single()
                    .get("s")
                    .asLong();
        }
    }
}
