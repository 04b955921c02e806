package org.borderlink.api.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.borderlink.api.analysis.HandBuiltGraph;
import org.borderlink.api.analysis.Http;
import org.borderlink.api.analysis.Http.Answer;
import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.api.testing.TestUsers;
import org.borderlink.graph.model.RelType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Paths on a hand-built graph whose answers are known:
 *
 * <pre>
 *   A ── B ┄┄ C        B–C only Bosnia may see (RED)
 *   A ── K ── C        K–A asserted by two reports
 *   A ── D ── E ── C
 *   F ── G ┄┄ H ── I   G–H hidden: I is visible, but only through a hidden fact
 * </pre>
 */
@BorderlinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathsIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private HandBuiltGraph g;

    @BeforeAll
    void graph() {
        g = new HandBuiltGraph(driver, "PA-");
        g.report("R1", "RS-MUP", "SOM", "AMBER+STRICT", "H1", "2024-03-01")
                .report("R2", "RS-MUP", "SOM", "AMBER+STRICT", "H1", "2024-04-01")
                .report("RB", "BA-GP", "SOM", "RED", "H2", "2024-03-01");
        for (String p : List.of("A", "B", "C", "D", "E", "K", "F", "G", "H", "I")) {
            g.mention("R1", p, "OTHER", Map.of("nameLatin", "Person " + p));
        }
        g.fact(RelType.CONTACTED, "A", "B", "R1")
                .fact(RelType.CONTACTED, "B", "C", "RB")
                .fact(RelType.ASSOCIATE_OF, "A", "K", "R1")
                .fact(RelType.ASSOCIATE_OF, "K", "A", "R2")
                .fact(RelType.PAID, "K", "C", "R1", Map.of("amount", 500.0, "currency", "EUR"))
                .fact(RelType.CONTACTED, "A", "D", "R1")
                .fact(RelType.CONTACTED, "D", "E", "R1")
                .fact(RelType.CONTACTED, "E", "C", "R1")
                .fact(RelType.CONTACTED, "F", "G", "R1")
                .fact(RelType.CONTACTED, "G", "H", "RB")
                .fact(RelType.CONTACTED, "H", "I", "R1");
        g.write();
    }

    private Answer paths(String user, String from, String to, String more) {
        return Http.get(
                TestUsers.client(port, user),
                "/api/v1/graph/paths?from=" + Http.q(g.id(from)) + "&to=" + Http.q(g.id(to))
                        + "&types=CONTACTED,ASSOCIATE_OF,PAID" + more);
    }

    private List<List<String>> found(Answer a) {
        assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
        return a.body()
                .get("paths")
                .valueStream()
                .map(p -> p.get("nodes")
                        .valueStream()
                        .map(n -> n.asString().substring(3))
                        .toList())
                .toList();
    }

    @Test
    void theShortestPathAvoidsTheHiddenFact() {
        assertThat(found(paths(TestUsers.RS_INVESTIGATOR, "A", "C", ""))).containsExactly(List.of("A", "K", "C"));
    }

    @Test
    void kShortestPathsAreDistinctNodeSequencesShortestFirstAndNeverThroughHiddenFacts() {
        Answer a = paths(TestUsers.RS_INVESTIGATOR, "A", "C", "&k=5");

        assertThat(found(a)).containsExactly(List.of("A", "K", "C"), List.of("A", "D", "E", "C"));
        assertThat(a.body().toString()).doesNotContain(g.id("B") + "\"", "RB");
        // both reports' facts about A–K are drawn, once each
        long ak = a.body()
                .get("edges")
                .valueStream()
                .filter(e -> e.get("type").asString().equals("ASSOCIATE_OF"))
                .count();
        assertThat(ak).isEqualTo(2);
        JsonNode paid = a.body()
                .get("edges")
                .valueStream()
                .filter(e -> e.get("type").asString().equals("PAID"))
                .findFirst()
                .orElseThrow();
        assertThat(paid.get("properties").get("amount").asDouble()).isEqualTo(500.0);
        assertThat(paid.get("tlp").asString()).isEqualTo("AMBER+STRICT");
    }

    @Test
    void aPathThatExistsOnlyThroughAHiddenFactIsNotFound() {
        Answer a = paths(TestUsers.RS_INVESTIGATOR, "F", "I", "&k=3&maxHops=8");

        assertThat(found(a)).isEmpty();
        assertThat(a.body().get("nodes").size()).isZero();
        assertThat(a.body().get("edges").size()).isZero();
    }

    @Test
    void filtersAndTheHopLimitApply() {
        assertThat(found(paths(TestUsers.RS_INVESTIGATOR, "A", "C", "&k=5&maxHops=2")))
                .containsExactly(List.of("A", "K", "C"));
        Answer contactsOnly = Http.get(
                TestUsers.client(port, TestUsers.RS_INVESTIGATOR),
                "/api/v1/graph/paths?from=" + Http.q(g.id("A")) + "&to=" + Http.q(g.id("C")) + "&types=CONTACTED");
        assertThat(found(contactsOnly)).containsExactly(List.of("A", "D", "E", "C"));
        Answer since = paths(TestUsers.RS_INVESTIGATOR, "A", "C", "&since=2024-03-15&k=5");
        assertThat(found(since)).isEmpty(); // only the A–K fact of R2 is that recent
        // a list comma-separated, repeated, in any letter case: the same filter
        for (String types :
                List.of("types=PAID,ASSOCIATE_OF", "types=PAID&types=ASSOCIATE_OF", "types=paid,Associate_Of")) {
            Answer moneyAndAssociates = Http.get(
                    TestUsers.client(port, TestUsers.RS_INVESTIGATOR),
                    "/api/v1/graph/paths?from=" + Http.q(g.id("A")) + "&to=" + Http.q(g.id("C")) + "&k=5&" + types);
            assertThat(found(moneyAndAssociates)).as(types).containsExactly(List.of("A", "K", "C"));
        }
    }

    @Test
    void bosniaSeesTheOtherRoute() {
        // Bosnia sees only its RED facts and the persons they reach
        Answer a = paths(TestUsers.BA_INVESTIGATOR, "B", "C", "");

        assertThat(found(a)).containsExactly(List.of("B", "C"));
    }

    @Test
    void endsAreCheckedAndHiddenEndsAreNotFound() {
        Answer hiddenEnd = paths(TestUsers.HU_INVESTIGATOR, "A", "C", "");
        assertThat(hiddenEnd.status()).isEqualTo(404);
        assertThat(ExpandIT.parameterOf(paths(TestUsers.RS_INVESTIGATOR, "A", "A", "")))
                .isEqualTo("to");
        assertThat(ExpandIT.parameterOf(paths(TestUsers.RS_INVESTIGATOR, "A", "C", "&maxHops=9")))
                .isEqualTo("maxHops");
        assertThat(ExpandIT.parameterOf(paths(TestUsers.RS_INVESTIGATOR, "A", "C", "&k=11")))
                .isEqualTo("k");
        assertThat(ExpandIT.parameterOf(paths(TestUsers.RS_INVESTIGATOR, "A", "C", "&k=two")))
                .isEqualTo("k");
        assertThat(ExpandIT.parameterOf(paths(TestUsers.RS_INVESTIGATOR, "A", "C", "&types=USES&types=KNOWS")))
                .isEqualTo("types");
        assertThat(ExpandIT.parameterOf(paths(TestUsers.RS_INVESTIGATOR, "A", "C", "&until=2024-13-01")))
                .isEqualTo("until");
        assertThat(ExpandIT.parameterOf(Http.get(
                        TestUsers.client(port, TestUsers.RS_INVESTIGATOR),
                        "/api/v1/graph/paths?to=" + Http.q(g.id("C")))))
                .isEqualTo("from");
    }
}
