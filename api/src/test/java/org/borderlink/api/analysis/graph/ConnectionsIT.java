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
 * What connects P1, P2 and P3: a phone P1 and P2 use (P3 uses it too, but only Bosnia knows), a safe house where an
 * incident of P1 and one of P3 happened; P4 is linked to nobody Serbia can see.
 */
@BorderlinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectionsIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private HandBuiltGraph g;

    @BeforeAll
    void graph() {
        g = new HandBuiltGraph(driver, "CO-");
        g.report("R1", "RS-MUP", "SOM", "AMBER+STRICT", "H1", "2024-03-01")
                .report("RB", "BA-GP", "SOM", "RED", "H2", "2024-03-01");
        for (String p : List.of("P1", "P2", "P3", "P4")) g.mention("R1", p, "DRIVER", Map.of("nameLatin", p));
        g.node(NodeLabel.Phone, "T", Map.of("e164", "+38164000777"))
                .node(NodeLabel.Location, "HOUSE", Map.of("name", "kuća", "kind", "SAFE_HOUSE", "verified", false))
                .node(NodeLabel.Incident, "I1", Map.of("kind", "ARREST"))
                .node(NodeLabel.Incident, "I3", Map.of("kind", "INTERCEPTION"))
                .fact(RelType.USES, "P1", "T", "R1")
                .fact(RelType.USES, "P2", "T", "R1")
                .fact(RelType.USES, "P3", "T", "RB")
                .fact(RelType.INVOLVED_IN, "P1", "I1", "R1")
                .fact(RelType.INVOLVED_IN, "P3", "I3", "R1")
                .fact(RelType.OCCURRED_AT, "I1", "HOUSE", "R1")
                .fact(RelType.OCCURRED_AT, "I3", "HOUSE", "R1");
        g.write();
    }

    private Answer connections(List<String> names) {
        return Http.post(
                TestUsers.client(port, TestUsers.RS_INVESTIGATOR),
                "/api/v1/graph/connections",
                Map.of(
                        "ids",
                        names.stream().map(g::id).toList(),
                        "filter",
                        Map.of("labels", List.of("Person", "Phone", "Incident", "Location"))));
    }

    private Set<String> members(JsonNode shared) {
        return shared.get("members").valueStream().map(JsonNode::asString).collect(Collectors.toSet());
    }

    @Test
    void sharedSelectorsPlacesAndTheLinkingSubgraph() {
        Answer a = connections(List.of("P1", "P2", "P3", "P4"));

        assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
        JsonNode phone = a.body().get("sharedSelectors").get(0);
        assertThat(phone.get("node").get("id").asString()).isEqualTo(g.id("T"));
        assertThat(members(phone))
                .as("P3's use of the phone is hidden")
                .containsExactlyInAnyOrder(g.id("P1"), g.id("P2"));
        JsonNode house = a.body().get("sharedLocations").get(0);
        assertThat(house.get("node").get("id").asString()).isEqualTo(g.id("HOUSE"));
        assertThat(members(house)).containsExactlyInAnyOrder(g.id("P1"), g.id("P3"));

        Set<String> nodes = a.body()
                .get("nodes")
                .valueStream()
                .map(n -> n.get("id").asString())
                .collect(Collectors.toSet());
        assertThat(nodes)
                .containsExactlyInAnyOrder(
                        g.id("P1"), g.id("P2"), g.id("P3"), g.id("T"), g.id("I1"), g.id("HOUSE"), g.id("I3"));
        assertThat(a.body().get("edges").size()).isEqualTo(6);
        assertThat(a.body()
                        .get("unlinked")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList())
                .containsExactly(g.id("P4"));
    }

    @Test
    void oneToTwentyMembersAreAsked() {
        assertThat(ExpandIT.parameterOf(connections(List.of("P1")))).isEqualTo("ids");
    }
}
