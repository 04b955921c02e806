package org.borderlink.graph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.borderlink.graph.schema.GraphSchema;
import org.borderlink.graph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/** The tallies {@link MentionTally#REFRESH} writes, on a graph whose counts are known. */
class MentionTallyIT {

    private final Driver driver = TestNeo4j.driver();
    private final String run = "mt-" + UUID.randomUUID() + "-";

    private static int bit(String indicator) {
        return 1 << MentionTally.INDICATORS.indexOf(indicator);
    }

    /**
     * A trafficking case names a migrant intercepted twice, arrested once, kidnapped at a safe house, who paid someone;
     * another report involves the same person in a third interception, which is not this report's to count, and names
     * them with a pseudonym of no birth date, which namesakes share.
     */
    @Test
    void countsWhatTheMentioningReportAssertsAboutThePerson() {
        GraphSchema.apply(driver);
        try (var session = driver.session()) {
            session.run("""
                            CREATE (rep:Report {id: $run + 'THB', type: 'THB'}), (other:Report {id: $run + 'SOM', type: 'SOM'})
                            CREATE (p:Person {id: $run + 'P'}), (boss:Person {id: $run + 'BOSS'})
                            CREATE (house:Location {id: $run + 'HOUSE', kind: 'SAFE_HOUSE'})
                            CREATE (rep)-[:MENTIONS {reportId: rep.id, role: 'SMUGGLED_MIGRANT', subjectKey: $run + 'key', subjectKeyDated: true,
                              methodsOfControl: ['DebtBondage', 'PhysicalThreats'],
                              traffickingStatus: 'PossibleVictimOfTrafficking'}]->(p)
                            CREATE (other)-[:MENTIONS {reportId: other.id, role: 'SMUGGLED_MIGRANT', subjectKey: $run + 'namesake'}]->(p)
                            CREATE (rep)-[:MENTIONS {reportId: rep.id, role: 'ORGANISER'}]->(boss)
                            WITH rep, other, p, boss, house
                            UNWIND [['X1', 'INTERCEPTION', rep], ['X2', 'CROSSING_ATTEMPT', rep], ['A1', 'ARREST', rep],
                              ['K1', 'KIDNAPPING', rep], ['X3', 'INTERCEPTION', other]] AS i
                            CREATE (incident:Incident {id: $run + i[0], kind: i[1]})
                            CREATE (p)-[:INVOLVED_IN {reportId: i[2].id}]->(incident)
                            WITH rep, p, boss, house, incident WHERE incident.kind = 'KIDNAPPING'
                            CREATE (incident)-[:OCCURRED_AT {reportId: rep.id}]->(house)
                            CREATE (p)-[:PAID {reportId: rep.id}]->(boss)""", Map.of("run", run)).consume();
            session.run(MentionTally.REFRESH_REPORTS, Map.of("reportIds", List.of(run + "THB", run + "SOM")))
                    .consume();
            Map<String, Record> tallies = new java.util.HashMap<>();
            session.run("""
                            MATCH (rep:Report)-[m:MENTIONS]->(:Person) WHERE rep.id STARTS WITH $run
                            RETURN rep.id + ':' + m.role AS mention, m.tallyKey AS key, m.tallyInterceptions AS interceptions,
                              m.tallyStops AS stops, m.tallyIndicators AS indicators""", Map.of("run", run))
                    .forEachRemaining(r -> tallies.put(r.get("mention").asString(), r));

            Record migrant = tallies.get(run + "THB:SMUGGLED_MIGRANT");
            assertThat(migrant.get("key").asString()).isEqualTo(run + "key");
            assertThat(migrant.get("interceptions").asInt()).isEqualTo(2);
            assertThat(migrant.get("stops").asInt()).isEqualTo(3);
            assertThat(migrant.get("indicators").asInt())
                    .isEqualTo(bit("DEBT_BONDAGE")
                            + bit("DEBT_AFTER_FAILED_CROSSINGS")
                            + bit("CONFINED_IN_SAFE_HOUSE")
                            + bit("KIDNAPPING_FOR_RANSOM")
                            + bit("OTHER_METHODS_OF_CONTROL")
                            + bit("ASSESSED_AS_VICTIM"));

            Record unnamed = tallies.get(run + "SOM:SMUGGLED_MIGRANT");
            assertThat(unnamed.get("key").asString())
                    .as("a pseudonym without a birth date is no identity: the person is followed")
                    .isEqualTo(run + "P");
            assertThat(unnamed.get("interceptions").asInt()).isEqualTo(1);
            assertThat(unnamed.get("stops").asInt()).isEqualTo(1);
            assertThat(unnamed.get("indicators").asInt()).isEqualTo(bit("DEBT_AFTER_FAILED_CROSSINGS"));

            Record organiser = tallies.get(run + "THB:ORGANISER");
            assertThat(organiser.get("key").isNull())
                    .as("only protected persons are tallied")
                    .isTrue();
        }
    }
}
