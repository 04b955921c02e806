package org.borderlink.graph.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.HandlingCode;
import org.borderlink.graph.model.Tlp;
import org.borderlink.graph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * Property test of the visibility rule against the real engine: random markings on a small random graph,
 * random users; Neo4j, filtering with {@link Visibility}, must agree with the rule computed independently here.
 */
class VisibilityIT {

    private static final List<String> AGENCIES =
            List.of("RS-MUP", "RS-BIA", "BA-GP", "BA-SIPA", "AL-ASP", "MK-MVR", "ME-UP", "XK-KP", "HR-MUP");
    private static final List<String> COUNTRIES = List.of("RS", "BA", "AL", "MK", "ME", "XK", "HR", "AT");

    private static final String RUN = UUID.randomUUID().toString();
    private static final Random random = new Random(20261128L);
    private static final Map<String, Set<String>> audOfRel = new HashMap<>();
    private static final Map<String, Set<String>> relsOfNode = new HashMap<>();
    private static Driver driver;

    @BeforeAll
    static void buildRandomGraph() {
        driver = TestNeo4j.driver();
        List<String> nodes = new ArrayList<>();
        for (int i = 0; i < 40; i++) nodes.add(RUN + ":n" + i);
        List<Map<String, Object>> rels = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String from = nodes.get(random.nextInt(nodes.size()));
            String to = nodes.get(random.nextInt(nodes.size()));
            AgencyId owner = AgencyId.of(AGENCIES.get(random.nextInt(AGENCIES.size())));
            Marking marking = randomMarking();
            Set<String> aud = new TreeSet<>();
            Audience.of(owner, marking).forEach(t -> aud.add(t.value()));
            String relId = RUN + ":r" + i;
            audOfRel.put(relId, aud);
            relsOfNode.computeIfAbsent(from, k -> new HashSet<>()).add(relId);
            relsOfNode.computeIfAbsent(to, k -> new HashSet<>()).add(relId);
            rels.add(Map.of("id", relId, "from", from, "to", to, "aud", List.copyOf(aud)));
        }
        try (var session = driver.session()) {
            session.run("UNWIND $nodes AS id CREATE (:VisibilityProbe {id: id})", Map.of("nodes", nodes))
                    .consume();
            session.run("""
                            UNWIND $rels AS r
                            MATCH (a:VisibilityProbe {id: r.from}), (b:VisibilityProbe {id: r.to})
                            CREATE (a)-[:ASSOCIATE_OF {id: r.id, aud: r.aud}]->(b)""", Map.of("rels", rels)).consume();
        }
    }

    @AfterAll
    static void removeGraph() {
        try (var session = driver.session()) {
            session.run("MATCH (n:VisibilityProbe) WHERE n.id STARTS WITH $run DETACH DELETE n", Map.of("run", RUN))
                    .consume();
        }
    }

    private static Marking randomMarking() {
        Tlp tlp = Tlp.values()[random.nextInt(Tlp.values().length)];
        TreeSet<String> to = new TreeSet<>();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            boolean agencyOnly = tlp == Tlp.RED || tlp == Tlp.AMBER_STRICT || random.nextBoolean();
            to.add(
                    agencyOnly
                            ? AGENCIES.get(random.nextInt(AGENCIES.size()))
                            : COUNTRIES.get(random.nextInt(COUNTRIES.size())));
        }
        return new Marking(tlp, HandlingCode.values()[random.nextInt(4)], to);
    }

    @Test
    void aUserSeesExactlyTheRelationshipsAndNodesTheRuleAllows() {
        for (int u = 0; u < 25; u++) {
            AgencyId agency = AgencyId.of(AGENCIES.get(random.nextInt(AGENCIES.size())));
            Viewer viewer = random.nextBoolean() ? Viewer.of(agency, "WB") : Viewer.of(agency);
            Set<String> tokens = Set.copyOf(viewer.tokenValues());

            Set<String> expectedRels = new TreeSet<>();
            audOfRel.forEach((rel, aud) -> {
                if (aud.stream().anyMatch(tokens::contains)) expectedRels.add(rel);
            });
            Set<String> expectedNodes = new TreeSet<>();
            relsOfNode.forEach((node, rels) -> {
                if (rels.stream().anyMatch(expectedRels::contains)) expectedNodes.add(node);
            });

            Map<String, Object> params = new HashMap<>(Visibility.parameters(viewer));
            params.put("run", RUN);
            try (var session = driver.session()) {
                Set<String> seenRels = new TreeSet<>(session.run(
                                "MATCH (:VisibilityProbe)-[r:ASSOCIATE_OF]->(:VisibilityProbe) WHERE r.id STARTS WITH $run AND "
                                        + Visibility.relationship("r") + " RETURN r.id AS id",
                                params)
                        .list(rec -> rec.get("id").asString()));
                Set<String> seenNodes = new TreeSet<>(session.run(
                                "MATCH (n:VisibilityProbe) WHERE n.id STARTS WITH $run AND " + Visibility.node("n")
                                        + " RETURN n.id AS id",
                                params)
                        .list(rec -> rec.get("id").asString()));

                assertThat(seenRels)
                        .as("relationships seen by %s", viewer.tokens())
                        .isEqualTo(expectedRels);
                assertThat(seenNodes).as("nodes seen by %s", viewer.tokens()).isEqualTo(expectedNodes);
            }
        }
    }

    @Test
    void theRandomGraphExercisesBothOutcomes() {
        // Guards the property test above against a generator that makes everything visible or nothing.
        Viewer outsider = Viewer.of(AgencyId.of("HR-MUP"));
        long visible = audOfRel.values().stream().filter(outsider::maySee).count();
        assertThat(visible).isBetween(1L, (long) audOfRel.size() - 1);
    }
}
