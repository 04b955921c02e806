package org.borderlink.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.borderlink.graph.analysis.GraphReader;
import org.borderlink.graph.analysis.Values;
import org.borderlink.graph.analysis.patterns.PatternLibrary;
import org.borderlink.graph.analysis.patterns.PatternLibrary.CypherPattern;
import org.borderlink.graph.analysis.patterns.PatternResult;
import org.borderlink.graph.analysis.patterns.PatternRunner;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.MentionTally;
import org.borderlink.graph.sharing.Viewer;
import org.borderlink.graph.testing.TestNeo4j;
import org.borderlink.ingest.facts.FactBuilder;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.pipeline.IngestSummary;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.report.ReportValidator;
import org.borderlink.ingest.resolve.MentionScorer;
import org.borderlink.ingest.resolve.ResolutionSettings;
import org.borderlink.ingest.resolve.ResolutionStore;
import org.borderlink.ingest.resolve.Resolver;
import org.borderlink.ingest.search.GraphIndexSource;
import org.borderlink.ingest.search.IngestIndexer;
import org.borderlink.ingest.search.SearchIndex;
import org.borderlink.ingest.synthetic.WesternBalkansGenerator;
import org.borderlink.ingest.testing.CaseReports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * The tallies ingest writes on migrants' mentions against the patterns that rank by them, on generated Western Balkans
 * data ingested with person resolution (so persons are mentioned by several reports): no migrant's facts exceed its
 * tallies, and the patterns that skip migrants by them answer exactly what evaluating every migrant answers, for
 * viewers of different agencies and communities.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MentionTalliesIT {

    private static final Viewer SERBIAN = Viewer.of(AgencyId.of("RS-MUP"), "WB");
    private static final Viewer BOSNIAN = Viewer.of(AgencyId.of("BA-GP"), "WB");
    private static final Viewer HUNGARIAN = Viewer.of(AgencyId.of("HU-ORFK"), "EU");

    /** The repeat-interception pattern with every migrant evaluated, as it was before bounds. */
    private static final String REPEATS_IN_FULL = PatternLibrary.expand("""
            MATCH (i:Incident) WHERE i.kind IN $kinds
            MATCH (p:Person)-[inv:INVOLVED_IN]->(i) WHERE VISIBLE(inv) AND WINDOW(inv)
            MATCH (rep:Report)-[m:MENTIONS]->(p) WHERE VISIBLE(m) AND m.role IN ['SMUGGLED_MIGRANT', 'VICTIM']
            WITH coalesce(m.subjectKey, p.id) AS identity, collect(DISTINCT i) AS incidents, collect(DISTINCT p) AS persons,
              min(inv.firstSeen) AS firstSeen
            WHERE size(incidents) >= $minIncidents
            WITH identity, incidents, persons, firstSeen, coll.sort([x IN persons | x.id]) AS personIds
            ORDER BY size(incidents) DESC, firstSeen, personIds[0], identity
            LIMIT $limit
            CALL (identity, persons) {
              UNWIND persons AS p
              MATCH (p)-[inv:INVOLVED_IN]->(i:Incident) WHERE i.kind IN $kinds AND VISIBLE(inv) AND WINDOW(inv)
              MATCH (rep:Report)-[m:MENTIONS]->(p)
              WHERE VISIBLE(m) AND m.role IN ['SMUGGLED_MIGRANT', 'VICTIM'] AND coalesce(m.subjectKey, p.id) = identity
              RETURN collect(DISTINCT rep.id) AS reports, collect(DISTINCT rep.country) AS countries,
                collect(DISTINCT m.nationality) AS nationalities, collect(DISTINCT m.ageBand) AS ageBands,
                max(inv.lastSeen) AS lastSeen
            }
            RETURN personIds AS persons, [x IN incidents | x.id] AS incidents, size(incidents) AS times, countries,
              nationalities, ageBands, firstSeen, lastSeen, reports
            ORDER BY times DESC, firstSeen, persons[0], identity
            """);

    /** The trafficking-indicator pattern with every migrant evaluated, as it was before bounds. */
    private static final String INDICATORS_IN_FULL = PatternLibrary.expand("""
            MATCH (rep:Report)-[m:MENTIONS]->(p:Person)
            WHERE m.role IN ['SMUGGLED_MIGRANT', 'VICTIM'] AND VISIBLE(m) AND WINDOW(m)
            WITH coalesce(m.subjectKey, p.id) AS identity, collect(DISTINCT p) AS persons, collect(DISTINCT rep.id) AS reports,
              collect(m.methodsOfControl) AS methodLists, collect(DISTINCT m.traffickingStatus) AS statuses,
              max(CASE WHEN m.role = 'SMUGGLED_MIGRANT' OR rep.type IN ['SOM', 'MIXED'] THEN 1 ELSE 0 END) AS smuggled
            WHERE smuggled = 1
            WITH identity, persons, reports, statuses,
              reduce(acc = [], l IN methodLists | acc + [x IN coalesce(l, []) WHERE NOT x IN acc]) AS methods
            CALL (persons) {
              UNWIND persons AS p
              OPTIONAL MATCH (p)-[x:INVOLVED_IN|PAID|EXPLOITED|HARBOURED]-(o) WHERE VISIBLE(x)
              WITH p, x, o, type(x) AS t, x IS NOT NULL AND startNode(x) = p AS outgoing
              WITH p, x, o, t, outgoing, CASE WHEN t = 'INVOLVED_IN' THEN o.kind END AS kind
              RETURN
                count(DISTINCT CASE WHEN kind IN ['INTERCEPTION', 'CROSSING_ATTEMPT'] THEN o END) AS failed,
                count(CASE WHEN t = 'PAID' AND outgoing THEN x END) AS payments,
                any(k IN collect(kind) WHERE k = 'KIDNAPPING') AS kidnapped,
                any(e IN collect(CASE WHEN (t = 'EXPLOITED' AND NOT outgoing) OR kind = 'EXPLOITATION' THEN true END)
                  WHERE e) AS exploited,
                collect(DISTINCT CASE
                  WHEN t = 'HARBOURED' AND NOT outgoing THEN x.reportId
                  WHEN t = 'INVOLVED_IN' AND EXISTS { MATCH (xr:Report {id: x.reportId}) WHERE xr.type IN ['THB', 'MIXED'] }
                    AND EXISTS { MATCH (o)-[at:OCCURRED_AT]->(:Location {kind: 'SAFE_HOUSE'}) WHERE VISIBLE(at) } THEN x.reportId
                END) AS heldIn
            }
            WITH identity, persons, reports, statuses, methods, failed, payments, kidnapped, exploited,
              any(r IN heldIn WHERE EXISTS { MATCH (hr:Report {id: r}) WHERE hr.type IN ['THB', 'MIXED'] }) AS confined
            WITH identity, persons, reports, methods, failed, payments, [x IN [
                CASE WHEN 'DebtBondage' IN methods THEN 'DEBT_BONDAGE' END,
                CASE WHEN failed >= $minFailedCrossings AND payments >= 2 THEN 'DEBT_AFTER_FAILED_CROSSINGS' END,
                CASE WHEN 'WithholdsDocuments' IN methods THEN 'WITHHELD_DOCUMENTS' END,
                CASE WHEN confined THEN 'CONFINED_IN_SAFE_HOUSE' END,
                CASE WHEN kidnapped THEN 'KIDNAPPING_FOR_RANSOM' END,
                CASE WHEN exploited THEN 'EXPLOITATION' END,
                CASE WHEN any(x IN methods WHERE NOT x IN ['DebtBondage', 'WithholdsDocuments'])
                  THEN 'OTHER_METHODS_OF_CONTROL' END,
                CASE WHEN any(s IN statuses WHERE s IN ['PossibleVictimOfTrafficking', 'ActualVictimOfTrafficking'])
                  THEN 'ASSESSED_AS_VICTIM' END
              ] WHERE x IS NOT NULL] AS indicators
            WHERE size(indicators) >= $minIndicators
            RETURN coll.sort([p IN persons | p.id]) AS persons, indicators, methods AS methodsOfControl,
              failed AS failedCrossings, payments, reports
            ORDER BY size(indicators) DESC, size(reports) DESC, persons[0], identity
            LIMIT $limit
            """);

    /**
     * For every person with tallies, what every report says of them (nothing hidden: a viewer sees less) by the rules
     * of the patterns, beside what their mentions' tallies allow.
     */
    private static final String FACTS_AND_TALLIES = """
            MATCH (p:Person) WHERE EXISTS { MATCH ()-[t:MENTIONS]->(p) WHERE t.tallyIncidents IS NOT NULL }
            CALL (p) {
              MATCH ()-[t:MENTIONS]->(p)
              RETURN min(CASE WHEN t.tallyIncidents IS NULL THEN 0 ELSE 1 END) = 1 AS tallied,
                reduce(acc = [], l IN collect(t.tallyIncidents) | acc + l) AS kinds,
                sum(t.tallyPayments) AS payments,
                reduce(acc = [], l IN collect(t.tallyIndicators) | acc + l) AS indicators
            }
            CALL (p) {
              OPTIONAL MATCH (p)-[x:INVOLVED_IN]->(i:Incident)
              RETURN collect(DISTINCT i) AS incidents
            }
            RETURN p.id AS person, tallied, kinds, payments, indicators,
              [i IN incidents | i.kind] AS incidentKinds,
              COUNT { (p)-[x:PAID]->() } AS paid,
              EXISTS { (p)-[x:INVOLVED_IN]->(i:Incident {kind: 'KIDNAPPING'}) } AS kidnapped,
              EXISTS { (p)<-[x:EXPLOITED]-() } OR EXISTS { (p)-[x:INVOLVED_IN]->(i:Incident {kind: 'EXPLOITATION'}) }
                AS exploited,
              EXISTS { MATCH (p)<-[x:HARBOURED]-() WHERE EXISTS { MATCH (r:Report {id: x.reportId}) WHERE r.type IN ['THB', 'MIXED'] } }
                OR EXISTS { MATCH (p)-[x:INVOLVED_IN]->(i:Incident)-[:OCCURRED_AT]->(:Location {kind: 'SAFE_HOUSE'})
                  WHERE EXISTS { MATCH (r:Report {id: x.reportId}) WHERE r.type IN ['THB', 'MIXED'] } } AS confined
            """;

    private final Driver driver = TestNeo4j.driver();
    private final GraphReader reader = new GraphReader(driver, Duration.ofMinutes(2));
    private final PatternRunner runner = new PatternRunner(reader);
    private SearchIndex index;
    private IngestPipeline pipeline;

    @BeforeAll
    void ingest() {
        try (var session = driver.session()) {
            session.run("MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n").consume();
        }
        index = SearchIndex.inMemory();
        pipeline = new IngestPipeline(
                        new ReportValidator(),
                        FactBuilder.standard(CaseReports.PSEUDONYMS),
                        new GraphWriter(driver),
                        50)
                .withResolution(
                        new Resolver(index, new MentionScorer(), ResolutionSettings.DEFAULTS, CaseReports.PSEUDONYMS),
                        new ResolutionStore(driver))
                .withIndex(new IngestIndexer(index, new GraphIndexSource(driver)));
        AtomicInteger line = new AtomicInteger();
        try (Stream<ReadResult> reports = WesternBalkansGenerator.stream(800, 17)
                .map(g -> new ReadResult.Parsed(line.get(), "generated", line.incrementAndGet(), g.report()))) {
            IngestSummary summary = pipeline.ingest(reports);
            assertThat(summary.refused()).as("%s", summary.refusedResults()).isZero();
            assertThat(summary.replaced()).as("corrections replace reports").isPositive();
        }
    }

    @AfterAll
    void close() {
        index.close();
    }

    private List<Record> rows(String cypher) {
        return rows(cypher, Map.of());
    }

    private List<Record> rows(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(cypher, parameters).list();
        }
    }

    @Test
    void noPersonIsInvolvedInMoreThanTheTalliesOfTheirMentionsAllow() {
        List<Record> persons = rows(FACTS_AND_TALLIES);
        assertThat(persons).hasSizeGreaterThan(100);
        assertThat(persons.stream().filter(r -> r.get("incidentKinds").size() > 1))
                .as("persons involved in several incidents")
                .isNotEmpty();
        for (Record r : persons) {
            if (!r.get("tallied").asBoolean()) continue;
            String person = r.get("person").asString();
            List<String> tallied = r.get("kinds").asList(v -> v.asString());
            List<String> involved = r.get("incidentKinds").asList(v -> v.asString());
            for (String kind : involved) {
                assertThat(tallied.stream().filter(kind::equals).count())
                        .as("%s incidents of %s", kind, person)
                        .isGreaterThanOrEqualTo(
                                involved.stream().filter(kind::equals).count());
            }
            assertThat(r.get("payments").asLong())
                    .as("payments of %s", person)
                    .isGreaterThanOrEqualTo(r.get("paid").asLong());
            List<String> indicators = r.get("indicators").asList(v -> v.asString());
            if (r.get("kidnapped").asBoolean()) assertThat(indicators).contains(MentionTally.KIDNAPPING_FOR_RANSOM);
            if (r.get("exploited").asBoolean()) assertThat(indicators).contains(MentionTally.EXPLOITATION);
            if (r.get("confined").asBoolean()) assertThat(indicators).contains(MentionTally.CONFINED_IN_SAFE_HOUSE);
        }
    }

    static Stream<Arguments> askedOf() {
        List<Map<String, Object>> repeats = List.of(
                Map.of(),
                Map.of("limit", 1),
                Map.of("limit", 5),
                Map.of("minIncidents", 3, "limit", 10),
                Map.of("kinds", List.of("INTERCEPTION", "CROSSING_ATTEMPT", "RESCUE", "ARREST"), "limit", 10),
                Map.of("kinds", List.of("ARREST"), "limit", 3),
                Map.of("since", "2023-01-01", "until", "2023-12-31", "limit", 10));
        List<Map<String, Object>> indicators = List.of(
                Map.of(),
                Map.of("limit", 1),
                Map.of("limit", 5),
                Map.of("minIndicators", 2, "limit", 10),
                Map.of("minIndicators", 3),
                Map.of("minFailedCrossings", 1, "limit", 10),
                Map.of("since", "2023-01-01", "until", "2023-12-31", "limit", 10));
        List<Arguments> out = new ArrayList<>();
        for (Viewer viewer : List.of(SERBIAN, BOSNIAN, HUNGARIAN)) {
            repeats.forEach(p -> out.add(Arguments.of("repeat-interceptions", viewer, p)));
            indicators.forEach(p -> out.add(Arguments.of("smuggled-with-trafficking-indicators", viewer, p)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} for {1} with {2}")
    @MethodSource("askedOf")
    void theBoundedPatternAnswersWhatEvaluatingEveryMigrantAnswers(
            String pattern, Viewer viewer, Map<String, Object> given) {
        PatternResult bounded = run(pattern, viewer, given);
        List<Map<String, Object>> full = inFull(pattern, viewer, given);

        assertThat(normalised(bounded.rows()))
                .isEqualTo(normalised(full.subList(0, bounded.rows().size())));
        assertThat(bounded.truncated()).isEqualTo(full.size() > bounded.rows().size());
    }

    @Test
    void theAnswersAreNotEmptyForEachViewer() {
        for (Viewer viewer : List.of(SERBIAN, BOSNIAN, HUNGARIAN)) {
            assertThat(run("repeat-interceptions", viewer, Map.of()).rows())
                    .as("repeat interceptions %s sees", viewer)
                    .isNotEmpty();
            assertThat(run("smuggled-with-trafficking-indicators", viewer, Map.of())
                            .rows())
                    .as("trafficking indicators %s sees", viewer)
                    .isNotEmpty();
        }
    }

    @Test
    void aMigrantWhoseMentionsHaveNoTalliesIsStillFound() {
        Map<String, Object> first = Map.of("limit", 1);
        Map<String, Object> top =
                run("repeat-interceptions", SERBIAN, first).rows().getFirst();
        Map<String, Object> ofPersons = Map.of("persons", top.get("persons"));
        List<Map<String, Object>> kept =
                rows("""
                        MATCH ()-[m:MENTIONS]->(p:Person) WHERE p.id IN $persons
                        RETURN elementId(m) AS id, m.tallyIncidents AS incidents, m.tallyPayments AS payments,
                          m.tallyIndicators AS indicators""", ofPersons).stream().map(Record::asMap).toList();
        assertThat(kept).allSatisfy(m -> assertThat(m.get("incidents")).isNotNull());
        // as a store written before tallies holds them
        rows(
                "MATCH ()-[m:MENTIONS]->(p:Person) WHERE p.id IN $persons "
                        + "REMOVE m.tallyIncidents, m.tallyPayments, m.tallyIndicators",
                ofPersons);
        try {
            assertThat(run("repeat-interceptions", SERBIAN, first).rows()).containsExactly(top);
            theBoundedPatternAnswersWhatEvaluatingEveryMigrantAnswers("repeat-interceptions", SERBIAN, Map.of());
        } finally {
            rows("""
                    UNWIND $kept AS k
                    MATCH ()-[m:MENTIONS]->() WHERE elementId(m) = k.id
                    SET m.tallyIncidents = k.incidents, m.tallyPayments = k.payments, m.tallyIndicators = k.indicators""", Map.of("kept", kept));
        }
    }

    /** A smuggling report on a migrant ({@code m}) and their driver ({@code d}). */
    private static String report(int version, String incidents, String involvements, String relations) {
        return """
                {"schemaVersion":"1","agency":"RS-MUP","country":"RS","reference":"TALLY-1","version":%d,
                 "reportedOn":"17.03.2024.","type":"SOM","marking":{"tlp":"GREEN","handling":"H0"},"grading":"B2",
                 "incidents":[%s],
                 "persons":[{"ref":"m","role":"SMUGGLED_MIGRANT","name":"Tally Migrant","nationality":"AF","incidents":[%s]},
                   {"ref":"d","role":"DRIVER","name":"Tally Driver"}],
                 "relations":[%s]}
                """.formatted(version, incidents, involvements, relations).replace("\n", " ");
    }

    private Map<String, Object> talliesOfTheMigrant() {
        return rows("""
                        MATCH (:Report {id: 'RS-MUP:TALLY-1'})-[m:MENTIONS {localRef: 'm'}]->()
                        RETURN m.tallyIncidents AS incidents, m.tallyPayments AS payments, m.tallyIndicators AS indicators""").getFirst().asMap();
    }

    @Test
    void aNewVersionOfAReportGivesItsMigrantsTheNewTallies() {
        String interception = "{\"ref\":\"i1\",\"kind\":\"INTERCEPTION\",\"date\":\"16.03.2024.\"}";
        String kidnapping = "{\"ref\":\"i2\",\"kind\":\"KIDNAPPING\",\"date\":\"15.03.2024.\"}";
        String paid = "{\"type\":\"PAID\",\"from\":\"m\",\"to\":\"d\"}";
        assertThat(pipeline.ingest(CaseReports.read(report(1, interception, "{\"ref\":\"i1\"}", "")))
                        .stored())
                .isEqualTo(1);
        assertThat(talliesOfTheMigrant())
                .containsEntry("incidents", List.of("INTERCEPTION"))
                .containsEntry("payments", 0L)
                .containsEntry("indicators", List.of());

        IngestSummary second = pipeline.ingest(CaseReports.read(
                report(2, interception + "," + kidnapping, "{\"ref\":\"i1\"},{\"ref\":\"i2\"}", paid + "," + paid)));

        assertThat(second.replaced()).as("%s", second.results()).isEqualTo(1);
        assertThat(talliesOfTheMigrant())
                .containsEntry("incidents", List.of("INTERCEPTION", "KIDNAPPING"))
                .containsEntry("payments", 2L)
                .containsEntry("indicators", List.of(MentionTally.KIDNAPPING_FOR_RANSOM));
    }

    private PatternResult run(String pattern, Viewer viewer, Map<String, Object> given) {
        CypherPattern p = PatternLibrary.find(pattern).orElseThrow();
        return runner.run(viewer, p, given);
    }

    private List<Map<String, Object>> inFull(String pattern, Viewer viewer, Map<String, Object> given) {
        CypherPattern p = PatternLibrary.find(pattern).orElseThrow();
        Map<String, Object> params = new LinkedHashMap<>(PatternRunner.bind(p.pattern(), given));
        params.put("limit", (Long) params.get("limit") + 1);
        String cypher = pattern.equals("repeat-interceptions") ? REPEATS_IN_FULL : INDICATORS_IN_FULL;
        List<Record> records = reader.read(viewer, tx -> tx.list(cypher, params));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Record r : records) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (var c : p.pattern().columns()) row.put(c.name(), Values.plain(r.get(c.name())));
            out.add(row);
        }
        return out;
    }

    /** Rows with the lists whose order means nothing sorted (persons stay as given: their first one orders rows). */
    private static List<Map<String, Object>> normalised(List<Map<String, Object>> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            copy.replaceAll((k, v) -> !k.equals("persons") && !k.equals("indicators") && v instanceof List<?> l
                    ? l.stream().map(String::valueOf).sorted().toList()
                    : v);
            out.add(copy);
        }
        return out;
    }
}
