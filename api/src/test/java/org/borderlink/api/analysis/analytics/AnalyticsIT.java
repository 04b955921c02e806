package org.borderlink.api.analysis.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
 * Zachary's karate club stored as 34 persons and 78 contacts Serbia may see, plus ties only Bosnia knows of (and a
 * 35th person only they reach) that would change every measure: through the API, Serbia gets the published values.
 */
@BorderlinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private HandBuiltGraph g;

    @BeforeAll
    void graph() {
        g = new HandBuiltGraph(driver, "KC-");
        g.report("CLUB", "RS-MUP", "SOM", "AMBER+STRICT", "H1", "2021-01-01")
                .report("HIDDEN", "BA-GP", "SOM", "RED", "H2", "2021-01-01");
        for (int m = 1; m <= 34; m++) g.mention("CLUB", Karate.member(m), "OTHER", Map.of("nameLatin", "Member " + m));
        for (int[] tie : Karate.TIES) {
            g.fact(RelType.CONTACTED, Karate.member(tie[0]), Karate.member(tie[1]), "CLUB");
        }
        g.mention("HIDDEN", "OUTSIDER", "ORGANISER", Map.of())
                .fact(RelType.CONTACTED, "OUTSIDER", Karate.member(12), "HIDDEN")
                .fact(RelType.CONTACTED, Karate.member(17), Karate.member(26), "HIDDEN")
                .fact(RelType.CONTACTED, Karate.member(10), Karate.member(11), "HIDDEN")
                .node(org.borderlink.graph.model.NodeLabel.Organisation, "ORG", Map.of("name", "Karate Club"))
                .fact(RelType.MENTIONS, "CLUB", "ORG", "CLUB")
                .fact(RelType.MEMBER_OF, Karate.member(1), "ORG", "CLUB")
                .fact(RelType.MEMBER_OF, Karate.member(34), "ORG", "CLUB");
        g.write();
    }

    private Map<String, Object> club(Object measures) {
        return Map.of(
                "seeds",
                List.of(g.id(Karate.member(1))),
                "hops",
                3,
                "filter",
                Map.of("types", List.of("CONTACTED"), "labels", List.of("Person")),
                "measures",
                measures,
                "top",
                40);
    }

    private JsonNode ranked(JsonNode answer, int member) {
        return answer.get("ranking")
                .valueStream()
                .filter(r -> r.get("id").asString().equals(g.id(Karate.member(member))))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void centralityHasThePublishedKarateValuesWhateverIsHidden() {
        Answer a = Http.post(
                TestUsers.client(port, TestUsers.RS_INVESTIGATOR), "/api/v1/analytics/centrality", club(List.of()));

        assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
        JsonNode body = a.body();
        assertThat(body.get("nodes").asInt()).isEqualTo(34);
        assertThat(body.get("edges").asInt()).isEqualTo(78);
        assertThat(body.get("exact").asBoolean()).isTrue();
        assertThat(body.get("ranking").get(0).get("id").asString()).isEqualTo(g.id(Karate.member(1)));
        assertThat(ranked(body, 1).get("betweenness").asDouble()).isCloseTo(0.43763528, within(1e-7));
        assertThat(ranked(body, 34).get("betweenness").asDouble()).isCloseTo(0.30407498, within(1e-7));
        assertThat(ranked(body, 1).get("closeness").asDouble()).isCloseTo(0.56896552, within(1e-7));
        assertThat(ranked(body, 34).get("pageRank").asDouble()).isCloseTo(0.10091792, within(1e-5));
        assertThat(ranked(body, 34).get("degree").asInt()).isEqualTo(17);
        assertThat(ranked(body, 1).get("caption").asString()).isEqualTo("Member 1");
        assertThat(body.toString()).doesNotContain(g.id("OUTSIDER"));
    }

    @Test
    void theRankingFollowsTheFirstMeasureAsked() {
        Answer a = Http.post(
                TestUsers.client(port, TestUsers.RS_INVESTIGATOR),
                "/api/v1/analytics/centrality",
                club(List.of("PAGERANK")));

        assertThat(a.body().get("ranking").get(0).get("id").asString()).isEqualTo(g.id(Karate.member(34)));
        assertThat(a.body().get("ranking").get(0).get("betweenness").isNull()).isTrue();
    }

    @Test
    void communitiesReachTheOptimalKarateModularity() {
        Answer a = Http.post(
                TestUsers.client(port, TestUsers.RS_INVESTIGATOR),
                "/api/v1/analytics/communities",
                Map.of(
                        "seeds", List.of(g.id(Karate.member(1))),
                        "hops", 3,
                        "filter", Map.of("types", List.of("CONTACTED"))));

        assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
        assertThat(a.body().get("modularity").asDouble()).isCloseTo(Karate.OPTIMAL_MODULARITY, within(1e-6));
        assertThat(a.body().get("communities").asInt()).isEqualTo(4);
        assertThat(a.body().get("components").asInt()).isEqualTo(1);
        assertThat(a.body().get("algorithm").asString()).isEqualTo("louvain");
        Map<String, Integer> community = a.body()
                .get("members")
                .valueStream()
                .collect(Collectors.toMap(
                        m -> m.get("id").asString(), m -> m.get("community").asInt()));
        for (int[] group : Karate.OPTIMAL) {
            Set<Integer> found = java.util.Arrays.stream(group)
                    .mapToObj(m -> community.get(g.id(Karate.member(m))))
                    .collect(Collectors.toSet());
            assertThat(found)
                    .as("members %s together", java.util.Arrays.toString(group))
                    .hasSize(1);
        }
    }

    @Test
    void theSubgraphCanBeAPatternsResult() {
        Answer a = Http.post(
                TestUsers.client(port, TestUsers.RS_INVESTIGATOR),
                "/api/v1/analytics/communities",
                Map.of(
                        "pattern",
                        Map.of(
                                "name",
                                "outcome-funnel",
                                "parameters",
                                Map.of("since", "2021-01-01", "until", "2021-01-01")),
                        "hops",
                        1));

        assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
        assertThat(a.body()
                        .get("members")
                        .valueStream()
                        .map(m -> m.get("id").asString())
                        .toList())
                .containsExactlyInAnyOrder(g.id("ORG"), g.id(Karate.member(1)), g.id(Karate.member(34)));
    }

    @Test
    void badRequestsAreNamed() {
        Answer both = Http.post(
                TestUsers.client(port, TestUsers.RS_INVESTIGATOR),
                "/api/v1/analytics/centrality",
                Map.of("seeds", List.of(g.id("m1")), "pattern", Map.of("name", "brokers")));
        Answer measure = Http.post(
                TestUsers.client(port, TestUsers.RS_INVESTIGATOR),
                "/api/v1/analytics/centrality",
                club(List.of("FAME")));
        Answer pattern = Http.post(
                TestUsers.client(port, TestUsers.RS_INVESTIGATOR),
                "/api/v1/analytics/communities",
                Map.of("pattern", Map.of("name", "no-such-pattern")));

        assertThat(both.body().get("parameter").asString()).isEqualTo("seeds");
        assertThat(measure.body().get("parameter").asString()).isEqualTo("measures");
        assertThat(pattern.body().get("parameter").asString()).isEqualTo("pattern.name");
    }
}
