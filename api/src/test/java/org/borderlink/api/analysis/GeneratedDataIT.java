package org.borderlink.api.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.borderlink.api.analysis.Http.Answer;
import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.api.testing.TestUsers;
import org.borderlink.graph.analysis.GraphReader;
import org.borderlink.graph.analysis.patterns.PatternLibrary;
import org.borderlink.graph.analysis.patterns.PatternLibrary.CypherPattern;
import org.borderlink.graph.analysis.patterns.PatternRunner;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.sharing.Viewer;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.pipeline.IngestSummary;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.synthetic.WesternBalkansGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The API on generated Western Balkans data, checked against the visibility rule computed independently in Java
 * ({@link Viewer#maySee}) on what the database holds: every fact an answer shows, every "and N more", every aggregate.
 */
@BorderlinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedDataIT {

    /** The accounts of application-it.yml, as viewers. */
    private static final Map<String, Viewer> VIEWERS = Map.of(
            TestUsers.RS_INVESTIGATOR, Viewer.of(AgencyId.of("RS-MUP"), "WB"),
            TestUsers.BA_INVESTIGATOR, Viewer.of(AgencyId.of("BA-GP"), "WB"),
            TestUsers.HU_INVESTIGATOR, Viewer.of(AgencyId.of("HU-ORFK"), "EU"));

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    IngestPipeline pipeline;

    @Autowired
    GraphReader reader;

    private final Map<String, List<String>> audOfReport = new HashMap<>();

    @BeforeAll
    void ingest() {
        AtomicInteger index = new AtomicInteger();
        try (Stream<ReadResult> reports = WesternBalkansGenerator.stream(400, 61)
                .map(g -> new ReadResult.Parsed(index.get(), "generated", index.incrementAndGet(), g.report()))) {
            IngestSummary summary = pipeline.ingest(reports);
            assertThat(summary.refused())
                    .as(() -> summary.refusedResults().toString())
                    .isZero();
        }
        for (Record r : rows("MATCH (r:Report) RETURN r.id AS id, r.aud AS aud", Map.of())) {
            audOfReport.put(r.get("id").asString(), r.get("aud").asList(v -> v.asString()));
        }
    }

    private List<Record> rows(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            return session.run(cypher, params).list();
        }
    }

    private void assertVisible(String user, String reportId) {
        assertThat(VIEWERS.get(user).maySee(audOfReport.get(reportId)))
                .as("%s may see report %s", user, reportId)
                .isTrue();
    }

    /** Ids of persons the user may see, found without the API. */
    private List<String> visiblePersons(String user, int count) {
        List<String> out = new ArrayList<>();
        for (Record r : rows(
                "MATCH (rep:Report)-[m:MENTIONS]->(p:Person) WHERE COUNT { (p)--() } > 2 "
                        + "RETURN p.id AS id, m.aud AS aud ORDER BY p.id",
                Map.of())) {
            if (VIEWERS.get(user).maySee(r.get("aud").asList(v -> v.asString()))
                    && !out.contains(r.get("id").asString())) {
                out.add(r.get("id").asString());
            }
            if (out.size() == count) break;
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {TestUsers.RS_INVESTIGATOR, TestUsers.BA_INVESTIGATOR, TestUsers.HU_INVESTIGATOR})
    void everyFactAnExpansionShowsIsVisibleToItsViewer(String user) {
        List<String> seeds = visiblePersons(user, 5);
        assertThat(seeds)
                .as("the generated data holds persons %s may see", user)
                .isNotEmpty();
        Answer a = Http.post(
                TestUsers.client(port, user), "/api/v1/graph/expand", Map.of("seeds", seeds, "hops", 2, "limit", 15));

        assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
        assertThat(a.body().get("edges").size()).isPositive();
        a.body().get("edges").forEach(e -> assertVisible(user, e.get("reportId").asString()));
    }

    @Test
    void andNMoreCountsExactlyTheVisibleNeighboursNotShown() {
        String user = TestUsers.RS_INVESTIGATOR;
        Record busiest = rows(
                        "MATCH (l:Location)<-[r]-() RETURN l.id AS id, count(r) AS n ORDER BY n DESC LIMIT 1", Map.of())
                .getFirst();
        String place = busiest.get("id").asString();
        Set<String> visibleNeighbours = new HashSet<>();
        Set<String> allNeighbours = new HashSet<>();
        for (Record r :
                rows("MATCH (l:Location {id: $id})-[r]-(m) RETURN m.id AS m, r.aud AS aud", Map.of("id", place))) {
            allNeighbours.add(r.get("m").asString());
            if (VIEWERS.get(user).maySee(r.get("aud").asList(v -> v.asString())))
                visibleNeighbours.add(r.get("m").asString());
        }

        Answer a = Http.post(
                TestUsers.client(port, user),
                "/api/v1/graph/expand",
                Map.of("seeds", List.of(place), "hops", 1, "limit", 5));

        assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
        assertThat(visibleNeighbours.size()).isGreaterThan(5);
        assertThat(a.body().get("more").get(0).get("count").asLong()).isEqualTo(visibleNeighbours.size() - 5L);
        assertThat(allNeighbours.size())
                .as("the data hides some of them from Serbia")
                .isGreaterThan(visibleNeighbours.size());
    }

    @Test
    void crossingPointCountsMatchAnIndependentCount() {
        String user = TestUsers.RS_INVESTIGATOR;
        String from = "2023-01-01";
        String to = "2023-12-31";
        Map<String, Set<String>> legs = new HashMap<>();
        for (Record r : rows("""
                MATCH (leg:Leg)-[x:FROM|TO|VIA]->(cp:Location)
                WHERE cp.countryB IS NOT NULL AND leg.date >= date($from) AND leg.date <= date($to)
                RETURN cp.id AS cp, leg.id AS leg, x.aud AS aud
                """, Map.of("from", from, "to", to))) {
            if (VIEWERS.get(user).maySee(r.get("aud").asList(v -> v.asString()))) {
                legs.computeIfAbsent(r.get("cp").asString(), k -> new HashSet<>())
                        .add(r.get("leg").asString());
            }
        }
        Map<String, Integer> incidents = new HashMap<>();
        for (Record r : rows("""
                MATCH (i:Incident)-[x:OCCURRED_AT]->(cp:Location)
                WHERE cp.countryB IS NOT NULL AND i.date >= date($from) AND i.date <= date($to)
                RETURN cp.id AS cp, x.aud AS aud
                """, Map.of("from", from, "to", to))) {
            if (VIEWERS.get(user).maySee(r.get("aud").asList(v -> v.asString()))) {
                incidents.merge(r.get("cp").asString(), 1, Integer::sum);
            }
        }

        Answer a = Http.get(TestUsers.client(port, user), "/api/v1/routes/crossing-points?from=" + from + "&to=" + to);

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("crossingPoints").size()).isPositive();
        a.body().get("crossingPoints").forEach(cp -> {
            String id = cp.get("id").asString();
            assertThat(cp.get("counts").get("legs").asLong())
                    .as("legs via %s", id)
                    .isEqualTo(legs.getOrDefault(id, Set.of()).size());
            assertThat(cp.get("counts").get("incidents").asLong())
                    .as("incidents at %s", id)
                    .isEqualTo(incidents.getOrDefault(id, 0).longValue());
        });
    }

    @Test
    void everyPatternRunsAndShowsOnlyVisibleReports() {
        String user = TestUsers.RS_INVESTIGATOR;
        Answer list = Http.get(TestUsers.client(port, user), "/api/v1/patterns");
        for (JsonNode p : list.body().get("patterns")) {
            String name = p.get("name").asString();
            Map<String, Object> parameters =
                    name.equals("brokers") ? Map.of("since", "2024-01-01", "until", "2024-03-31") : Map.of();
            Answer a = Http.post(
                    TestUsers.client(port, user),
                    "/api/v1/patterns/" + name + "/run",
                    Map.of("parameters", parameters));
            assertThat(a.status()).as("%s: %s", name, a.body()).isEqualTo(200);
            a.body().get("reportIds").forEach(r -> assertVisible(user, r.asString()));
            a.body().get("rows").forEach(row -> {
                JsonNode reports = row.get("reports");
                assertThat(reports).as("%s names its reports", name).isNotNull();
                reports.forEach(r -> assertVisible(user, r.asString()));
            });
        }
    }

    /**
     * The migrant patterns evaluate only the migrants whose raw tallies can reach the answer; evaluating every migrant
     * must give the same rows, whoever asks and whatever the parameters. Small limits put the bar inside the data.
     */
    @ParameterizedTest
    @ValueSource(strings = {"repeat-interceptions", "smuggled-with-trafficking-indicators"})
    void boundedMigrantPatternsAnswerAsEvaluatingEveryMigrant(String name) {
        CypherPattern pattern = PatternLibrary.find(name).orElseThrow();
        CypherPattern reference = new CypherPattern(pattern.pattern(), pattern.reference());
        assertThat(pattern.cypher()).isNotEqualTo(pattern.reference());
        PatternRunner runner = new PatternRunner(reader);
        List<Map<String, Object>> parameterSets = name.equals("repeat-interceptions")
                ? List.of(
                        Map.of(),
                        Map.of("limit", 1),
                        Map.of("limit", 5),
                        Map.of("limit", 20, "kinds", List.of("ARREST", "RESCUE")),
                        Map.of("limit", 3, "since", "2024-01-01", "until", "2024-12-31"))
                : List.of(
                        Map.of(),
                        Map.of("limit", 1),
                        Map.of("limit", 5),
                        Map.of("limit", 20, "minIndicators", 2, "minFailedCrossings", 1),
                        Map.of("limit", 3, "since", "2024-01-01", "until", "2024-12-31"));
        int nonEmpty = 0;
        for (Viewer viewer : VIEWERS.values()) {
            for (Map<String, Object> parameters : parameterSets) {
                var bounded = runner.run(viewer, pattern, parameters);
                var everyMigrant = runner.run(viewer, reference, parameters);
                assertThat(bounded.rows())
                        .as("%s for %s with %s", name, viewer, parameters)
                        .isEqualTo(everyMigrant.rows());
                assertThat(bounded.truncated()).isEqualTo(everyMigrant.truncated());
                if (!bounded.rows().isEmpty()) nonEmpty++;
            }
        }
        assertThat(nonEmpty).as("answers to compare").isGreaterThan(5);
    }

    @Test
    void cardsTimelinesAndPathsOfGeneratedPersons() {
        String user = TestUsers.RS_INVESTIGATOR;
        for (String person : visiblePersons(user, 5)) {
            Answer card = Http.get(TestUsers.client(port, user), "/api/v1/entities/" + Http.path(person));
            assertThat(card.status()).as("%s", card.body()).isEqualTo(200);
            card.body()
                    .get("facts")
                    .forEach(f -> assertVisible(
                            user, f.get("provenance").get("reportId").asString()));

            Answer timeline = Http.get(TestUsers.client(port, user), "/api/v1/timeline?entity=" + Http.q(person));
            assertThat(timeline.status()).isEqualTo(200);
            List<String> starts = timeline.body()
                    .get("entries")
                    .valueStream()
                    .map(e -> e.get("start").asString())
                    .toList();
            assertThat(starts).isSorted();
        }
        Record pair = rows("""
                        MATCH (a:Person)-[u1:USES]->(s)<-[u2:USES]-(b:Person)
                        WHERE a.id < b.id AND NOT EXISTS { (a)--(b) }
                        RETURN a.id AS a, b.id AS b, u1.aud AS aud1, u2.aud AS aud2
                        """, Map.of()).stream()
                .filter(r -> VIEWERS.get(user).maySee(r.get("aud1").asList(v -> v.asString()))
                        && VIEWERS.get(user).maySee(r.get("aud2").asList(v -> v.asString())))
                .findFirst()
                .orElseThrow();
        Answer paths = Http.get(
                TestUsers.client(port, user),
                "/api/v1/graph/paths?from=" + Http.q(pair.get("a").asString()) + "&to="
                        + Http.q(pair.get("b").asString()) + "&types=USES&maxHops=2");
        assertThat(paths.status()).isEqualTo(200);
        assertThat(paths.body().get("paths").get(0).get("length").asInt()).isEqualTo(2);
    }
}
