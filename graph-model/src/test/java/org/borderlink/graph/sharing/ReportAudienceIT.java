package org.borderlink.graph.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.HandlingCode;
import org.borderlink.graph.model.Tlp;
import org.borderlink.graph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * A hand-built report (an adult exploiter, a minor victim, a shared phone, an incident) in the real engine: which facts
 * get which audience when the marking changes, and what each agency then sees through {@link Visibility}.
 */
class ReportAudienceIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String REPORT = "RS-MUP:AUD-" + RUN;
    private static final String OTHER_REPORT = "BA-GP:AUD-" + RUN;
    private static final AgencyId OWNER = AgencyId.of("RS-MUP");
    private static Driver driver;

    @BeforeAll
    static void buildReport() {
        driver = TestNeo4j.driver();
        try (var session = driver.session()) {
            session.run("""
                    CREATE (r:Report {id: $report, agency: 'RS-MUP', aud: ['agency:RS-MUP']})
                    CREATE (o:Report {id: $other, agency: 'BA-GP', aud: ['agency:BA-GP', 'region:WB']})
                    CREATE (adult:Person {id: $report + '#P1'}), (minor:Person {id: $report + '#P2'})
                    CREATE (phone:Phone {id: '+3816' + $run}), (i:Incident {id: $report + '#I1'})
                    WITH *, {reportId: $report, agency: 'RS-MUP', aud: ['agency:RS-MUP']} AS prov
                    CREATE (r)-[m1:MENTIONS]->(adult) SET m1 = prov, m1.minor = false, m1.role = 'EXPLOITER'
                    CREATE (r)-[m2:MENTIONS]->(minor) SET m2 = prov, m2.minor = true, m2.role = 'VICTIM'
                    CREATE (r)-[rep:REPORTS]->(i) SET rep = prov
                    CREATE (adult)-[u1:USES]->(phone) SET u1 = prov
                    CREATE (minor)-[u2:USES]->(phone) SET u2 = prov
                    CREATE (adult)-[e:EXPLOITED]->(minor) SET e = prov
                    CREATE (minor)-[inv:INVOLVED_IN]->(i) SET inv = prov
                    CREATE (adult)-[inv2:INVOLVED_IN]->(i) SET inv2 = prov
                    CREATE (otherPerson:Person {id: $other + '#P1'})
                    CREATE (o)-[om:MENTIONS {reportId: $other, agency: 'BA-GP', aud: ['agency:BA-GP', 'region:WB'],
                                             minor: true}]->(otherPerson)
                    CREATE (otherPerson)-[ou:USES {reportId: $other, agency: 'BA-GP',
                                                   aud: ['agency:BA-GP', 'region:WB']}]->(phone)""", Map.of("report", REPORT, "other", OTHER_REPORT, "run", RUN))
                    .consume();
        }
    }

    @AfterAll
    static void removeReport() {
        try (var session = driver.session()) {
            session.run(
                            "MATCH (n) WHERE n.id STARTS WITH $a OR n.id STARTS WITH $b OR n.id = '+3816' + $run "
                                    + "DETACH DELETE n",
                            Map.of("a", REPORT, "b", OTHER_REPORT, "run", RUN))
                    .consume();
        }
    }

    private static Map<String, List<String>> audiences() {
        try (var session = driver.session()) {
            Map<String, List<String>> out = new HashMap<>();
            session.run("""
                            MATCH (a)-[x]->(b) WHERE x.reportId IN [$report, $other]
                            RETURN x.reportId + ' ' + type(x) + ' ' + a.id + '>' + b.id AS fact, x.aud AS aud""", Map.of("report", REPORT, "other", OTHER_REPORT))
                    .forEachRemaining(rec -> out.put(
                            rec.get("fact")
                                    .asString()
                                    .replace(REPORT, "R")
                                    .replace(OTHER_REPORT, "O")
                                    .replace("+3816" + RUN, "phone"),
                            rec.get("aud").asList(Value::asString)));
            return out;
        }
    }

    @Test
    void aMarkingReachesEveryFactButThoseAboutMinors() {
        try (var session = driver.session()) {
            int facts = session.executeWrite(tx ->
                    ReportAudience.apply(tx, REPORT, OWNER, Marking.of(Tlp.GREEN, HandlingCode.H0, "AT"), List.of()));
            assertThat(facts).isEqualTo(8);
        }
        List<String> green = List.of("agency:RS-MUP", "country:AT", "region:WB");
        List<String> ownerOnly = List.of("agency:RS-MUP");

        assertThat(audiences())
                .containsEntry("R MENTIONS R>R#P1", green)
                .containsEntry("R REPORTS R>R#I1", green)
                .containsEntry("R USES R#P1>phone", green)
                .containsEntry("R INVOLVED_IN R#P1>R#I1", green)
                .containsEntry("R MENTIONS R>R#P2", ownerOnly)
                .containsEntry("R USES R#P2>phone", ownerOnly)
                .containsEntry("R EXPLOITED R#P1>R#P2", ownerOnly)
                .containsEntry("R INVOLVED_IN R#P2>R#I1", ownerOnly)
                // another report's facts about the same phone, even about its own minor, are that report's business
                .containsEntry("O MENTIONS O>O#P1", List.of("agency:BA-GP", "region:WB"))
                .containsEntry("O USES O#P1>phone", List.of("agency:BA-GP", "region:WB"));
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (r:Report {id: $id}) RETURN r.aud AS aud", Map.of("id", REPORT))
                            .single()
                            .get("aud")
                            .asList(Value::asString))
                    .isEqualTo(green);
        }
    }

    @Test
    void aGrantOfMinorsWidensTheirFactsToNamedAgenciesOnly() {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                ReportAudience.apply(
                        tx, REPORT, OWNER, Marking.of(Tlp.AMBER, HandlingCode.H2, "BA"), List.of(AgencyId.of("BA-GP")));
            });
        }

        assertThat(audiences())
                .containsEntry("R USES R#P1>phone", List.of("agency:RS-MUP", "country:BA"))
                .containsEntry("R USES R#P2>phone", List.of("agency:BA-GP", "agency:RS-MUP"));
        assertThat(usersOfPhoneSeenBy(Viewer.of(AgencyId.of("BA-GP"), "WB")))
                .containsExactlyInAnyOrder(REPORT + "#P1", REPORT + "#P2", OTHER_REPORT + "#P1");
        assertThat(usersOfPhoneSeenBy(Viewer.of(AgencyId.of("BA-SIPA"), "WB")))
                .as("the country token reaches the adult's facts, never the minor's")
                .containsExactlyInAnyOrder(REPORT + "#P1", OTHER_REPORT + "#P1");
    }

    private static List<String> usersOfPhoneSeenBy(Viewer viewer) {
        Map<String, Object> params = new HashMap<>(Visibility.parameters(viewer));
        params.put("phone", "+3816" + RUN);
        try (var session = driver.session()) {
            return session.run(
                            "MATCH (p:Person)-[u:USES]->(:Phone {id: $phone}) WHERE " + Visibility.relationship("u")
                                    + " RETURN p.id AS id",
                            params)
                    .list(r -> r.get("id").asString());
        }
    }
}
