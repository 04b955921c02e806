package org.borderlink.api.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderlink.api.analysis.HandBuiltGraph;
import org.borderlink.api.analysis.Http;
import org.borderlink.api.analysis.Http.Answer;
import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.api.testing.TestUsers;
import org.borderlink.graph.model.NodeLabel;
import org.borderlink.graph.model.RelType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Expansion on a hand-built hub: ten phones and two contacts Serbia may see, five vehicles only Bosnia may see. The
 * fan-out limit shows the strongest links and counts the rest as "and N more", never counting what is hidden.
 */
@BorderlinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpandIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private HandBuiltGraph g;

    @BeforeAll
    void graph() {
        g = new HandBuiltGraph(driver, "EX-");
        g.report("R-RS", "RS-MUP", "SOM", "AMBER+STRICT", "H1", "2024-03-01")
                .report("R-RS-THB", "RS-MUP", "THB", "AMBER+STRICT", "H0", "2025-02-01")
                .report("R-BA", "BA-GP", "SOM", "RED", "H2", "2024-03-01")
                .mention("R-RS", "HUB", "ORGANISER", Map.of("nameLatin", "Hub"))
                .mention("R-RS", "C2023", "DRIVER", Map.of("nameLatin", "Contact 2023"))
                .mention("R-RS-THB", "C2025", "RECRUITER", Map.of("nameLatin", "Contact 2025"))
                .fact(RelType.CONTACTED, "HUB", "C2023", "R-RS", "2023-05-01", "2023-05-31", Map.of())
                .fact(RelType.CONTACTED, "HUB", "C2025", "R-RS-THB", "2025-01-10", "2025-01-10", Map.of())
                // a second fact about the same link makes C2023 the strongest neighbour
                .fact(RelType.ASSOCIATE_OF, "HUB", "C2023", "R-RS", "2023-06-01", "2023-06-01", Map.of());
        for (int i = 0; i < 10; i++) {
            g.node(NodeLabel.Phone, "T" + i, Map.of("e164", "+3816400010" + i))
                    .fact(RelType.USES, "HUB", "T" + i, "R-RS");
        }
        for (int i = 0; i < 5; i++) {
            g.node(NodeLabel.Vehicle, "V" + i, Map.of("plate", "SA00" + i)).fact(RelType.USES, "HUB", "V" + i, "R-BA");
        }
        // a second person on phone T0: two hops from the hub
        g.mention("R-RS", "SECOND", "GUIDE", Map.of("nameLatin", "Second")).fact(RelType.USES, "SECOND", "T0", "R-RS");
        g.write();
    }

    private Answer expand(String user, Map<String, Object> body) {
        return Http.post(TestUsers.client(port, user), "/api/v1/graph/expand", body);
    }

    private Map<String, Object> request(int hops, int limit, Map<String, Object> filter) {
        return Map.of("seeds", List.of(g.id("HUB")), "hops", hops, "limit", limit, "filter", filter);
    }

    private static Set<String> ids(JsonNode answer) {
        return answer.get("nodes")
                .valueStream()
                .map(n -> n.get("id").asString())
                .collect(Collectors.toSet());
    }

    @Test
    void theFanOutLimitKeepsTheStrongestAndCountsOnlyVisibleRest() {
        Answer a = expand(TestUsers.RS_INVESTIGATOR, request(1, 3, Map.of()));

        assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
        assertThat(a.body().get("nodes").size()).isEqualTo(4); // the hub and three neighbours
        assertThat(ids(a.body())).contains(g.id("C2023"), g.id("HUB"));
        JsonNode more = a.body().get("more").get(0);
        assertThat(more.get("id").asString()).isEqualTo(g.id("HUB"));
        // 13 visible neighbours (report, 10 phones, 2 contacts) less the 3 shown; the 5 hidden vehicles never count
        assertThat(more.get("count").asLong()).isEqualTo(10);
        assertThat(a.body().toString()).doesNotContain(g.id("V0"), "SA00", "R-BA");
        a.body().get("edges").forEach(e -> {
            assertThat(e.get("tlp").asString()).isEqualTo("AMBER+STRICT");
            assertThat(e.get("handling").asString()).isIn("H0", "H1");
            assertThat(e.get("reportId").asString()).startsWith("EX-R-RS");
        });
    }

    @Test
    void bosniaSeesItsVehiclesAndNothingElse() {
        Answer a = expand(TestUsers.BA_INVESTIGATOR, request(1, 25, Map.of()));

        assertThat(ids(a.body()))
                .containsExactlyInAnyOrder(g.id("HUB"), g.id("V0"), g.id("V1"), g.id("V2"), g.id("V3"), g.id("V4"));
        assertThat(a.body().get("edges").get(0).get("tlp").asString()).isEqualTo("RED");
        assertThat(a.body().get("edges").get(0).get("handling").asString()).isEqualTo("H2");
    }

    @Test
    void filtersChooseTypesLabelsRolesWindowCountriesAndCaseTypes() {
        assertThat(ids(expand(TestUsers.RS_INVESTIGATOR, request(1, 50, Map.of("types", List.of("CONTACTED"))))
                        .body()))
                .containsExactlyInAnyOrder(g.id("HUB"), g.id("C2023"), g.id("C2025"));
        assertThat(ids(expand(TestUsers.RS_INVESTIGATOR, request(1, 50, Map.of("labels", List.of("phone"))))
                        .body()))
                .hasSize(11);
        assertThat(ids(expand(TestUsers.RS_INVESTIGATOR, request(1, 50, Map.of("roles", List.of("RECRUITER"))))
                        .body()))
                .contains(g.id("C2025"))
                .doesNotContain(g.id("C2023"));
        assertThat(ids(expand(
                                TestUsers.RS_INVESTIGATOR,
                                request(1, 50, Map.of("types", List.of("CONTACTED"), "since", "2024-06-01")))
                        .body()))
                .containsExactlyInAnyOrder(g.id("HUB"), g.id("C2025"));
        assertThat(ids(expand(TestUsers.RS_INVESTIGATOR, request(1, 50, Map.of("caseTypes", List.of("THB"))))
                        .body()))
                .containsExactlyInAnyOrder(g.id("HUB"), g.id("C2025"));
        assertThat(ids(expand(TestUsers.RS_INVESTIGATOR, request(1, 50, Map.of("countries", List.of("BA"))))
                        .body()))
                .containsExactly(g.id("HUB"));
    }

    @Test
    void twoHopsReachThePersonSharingAPhone() {
        Answer a = expand(TestUsers.RS_INVESTIGATOR, request(2, 50, Map.of("labels", List.of("Person", "Phone"))));

        assertThat(ids(a.body())).contains(g.id("SECOND"));
        JsonNode edge = a.body()
                .get("edges")
                .valueStream()
                .filter(e -> e.get("source").asString().equals(g.id("SECOND")))
                .findFirst()
                .orElseThrow();
        assertThat(edge.get("type").asString()).isEqualTo("USES");
        assertThat(edge.get("target").asString()).isEqualTo(g.id("T0"));
    }

    @Test
    void badParametersAreNamed() {
        assertThat(parameterOf(expand(TestUsers.RS_INVESTIGATOR, request(5, 3, Map.of()))))
                .isEqualTo("hops");
        assertThat(parameterOf(expand(TestUsers.RS_INVESTIGATOR, request(1, 0, Map.of()))))
                .isEqualTo("limit");
        assertThat(parameterOf(expand(TestUsers.RS_INVESTIGATOR, Map.of("seeds", List.of()))))
                .isEqualTo("seeds");
        assertThat(parameterOf(expand(TestUsers.RS_INVESTIGATOR, request(1, 3, Map.of("types", List.of("KNOWS"))))))
                .isEqualTo("filter.types");
        assertThat(parameterOf(
                        expand(TestUsers.RS_INVESTIGATOR, request(1, 3, Map.of("types", List.of("POSSIBLY_SAME_AS"))))))
                .isEqualTo("filter.types");
        assertThat(parameterOf(expand(TestUsers.RS_INVESTIGATOR, request(1, 3, Map.of("since", "01.03.2024.")))))
                .isEqualTo("filter.since");
        assertThat(parameterOf(expand(TestUsers.RS_INVESTIGATOR, Map.of("seeds", Map.of("not", "a list")))))
                .isEqualTo("seeds");
    }

    @Test
    void aHiddenSeedIsNotFound() {
        Answer a = expand(TestUsers.RS_INVESTIGATOR, Map.of("seeds", List.of(g.id("V0"))));

        assertThat(a.status()).isEqualTo(404);
        assertThat(a.body().get("id").asString()).isEqualTo(g.id("V0"));
    }

    @Test
    void anExpansionBeyondTheNodeLimitIsRefusedNamingWhatToChange() {
        // 600 phones on one person, each used by four others: two hops at limit 500 would hold 2,501 nodes
        g.mention("R-RS", "BIG", "ORGANISER", Map.of());
        g.run("""
                MATCH (big:Person {id: $big}), (rep:Report {id: $report})
                UNWIND range(1, 600) AS i
                CREATE (t:Phone {id: $prefix + 'BT' + i})
                CREATE (big)-[:USES {reportId: $report, agency: 'RS-MUP', aud: ['agency:RS-MUP'],
                  firstSeen: date('2024-03-01'), lastSeen: date('2024-03-01')}]->(t)
                WITH t, i UNWIND range(1, 4) AS j
                CREATE (p:Person {id: $prefix + 'BP' + i + '-' + j})-[:USES {reportId: $report, agency: 'RS-MUP',
                  aud: ['agency:RS-MUP'], firstSeen: date('2024-03-01'), lastSeen: date('2024-03-01')}]->(t)
                """, Map.of("big", g.id("BIG"), "report", g.id("R-RS"), "prefix", g.id("")));

        Answer a = expand(
                TestUsers.RS_INVESTIGATOR,
                Map.of(
                        "seeds",
                        List.of(g.id("BIG")),
                        "hops",
                        2,
                        "limit",
                        500,
                        "filter",
                        Map.of("types", List.of("USES"))));

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.body().get("parameter").asString()).isEqualTo("hops");
        assertThat(a.body().get("detail").asString()).contains("2000");
    }

    static String parameterOf(Answer a) {
        assertThat(a.status()).as("%s", a.body()).isEqualTo(400);
        assertThat(a.headers().getContentType().toString()).isEqualTo("application/problem+json");
        return a.body().get("parameter").asString();
    }
}
