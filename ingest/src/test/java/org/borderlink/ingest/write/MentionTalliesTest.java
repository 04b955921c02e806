package org.borderlink.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderlink.graph.model.MentionTally;
import org.borderlink.ingest.facts.ReportFacts;
import org.borderlink.ingest.facts.ReportFacts.IncidentFact;
import org.borderlink.ingest.facts.ReportFacts.Involvement;
import org.borderlink.ingest.facts.ReportFacts.LocationNode;
import org.borderlink.ingest.facts.ReportFacts.PersonFact;
import org.borderlink.ingest.facts.ReportFacts.Provenance;
import org.borderlink.ingest.facts.ReportFacts.RelationFact;
import org.borderlink.ingest.facts.ReportFacts.Seen;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What one report alone says about its migrants, as the tallies their mentions carry. */
class MentionTalliesTest {

    private static final Seen DAY = new Seen(LocalDate.of(2024, 3, 17), LocalDate.of(2024, 3, 17));

    /** Places an incident can be at: a gazetteer safe house, a gazetteer city, a place the gazetteer does not know. */
    private static final List<LocationNode> PLACES = List.of(
            new LocationNode("house", Map.of("kind", "SAFE_HOUSE", "verified", true)),
            new LocationNode("city", Map.of("kind", "CITY", "verified", true)),
            new LocationNode("unverified", Map.of("kind", "HOTSPOT", "verified", false)));

    /**
     * @param incidents the incidents migrant {@code m} is involved in, {@code ref:KIND} or {@code ref:KIND@place}
     * @param relations facts between {@code m} and organiser {@code x}, {@code TYPE:from>to}
     */
    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case | migrant's incidents                  | relations                      | role             | incident kinds                | payments | indicators
            SOM    | i1:INTERCEPTION;i2:CROSSING_ATTEMPT  | -                              | SMUGGLED_MIGRANT | CROSSING_ATTEMPT,INTERCEPTION | 0        | -
            SOM    | i1:INTERCEPTION;i2:INTERCEPTION      | PAID:m>x;PAID:m>x;PAID:x>m     | SMUGGLED_MIGRANT | INTERCEPTION,INTERCEPTION     | 2        | -
            SOM    | i1:KIDNAPPING                        | -                              | SMUGGLED_MIGRANT | KIDNAPPING                    | 0        | KIDNAPPING_FOR_RANSOM
            THB    | i1:EXPLOITATION@house                | -                              | VICTIM           | EXPLOITATION                  | 0        | CONFINED_IN_SAFE_HOUSE,EXPLOITATION
            SOM    | i1:ARREST@house                      | HARBOURED:x>m                  | SMUGGLED_MIGRANT | ARREST                        | 0        | -
            MIXED  | i1:RESCUE@unverified                 | -                              | VICTIM           | RESCUE                        | 0        | CONFINED_IN_SAFE_HOUSE
            MIXED  | i1:RESCUE@city                       | -                              | VICTIM           | RESCUE                        | 0        | -
            THB    | i1:RESCUE@house;i2:TRANSIT           | -                              | VICTIM           | RESCUE,TRANSIT                | 0        | CONFINED_IN_SAFE_HOUSE
            MIXED  | -                                    | HARBOURED:x>m;EXPLOITED:x>m    | SMUGGLED_MIGRANT | -                             | 0        | CONFINED_IN_SAFE_HOUSE,EXPLOITATION
            THB    | -                                    | EXPLOITED:m>x;HARBOURED:m>x    | VICTIM           | -                             | 0        | -
            SOM    | i1:INTERCEPTION                      | PAID:x>m                       | VICTIM           | INTERCEPTION                  | 0        | -
            """)
    void aMigrantsMentionTalliesWhatTheReportSaysOfThem(
            String caseType,
            @Nullable String incidents,
            @Nullable String relations,
            String role,
            @Nullable String kinds,
            int payments,
            @Nullable String indicators) {
        ReportFacts report = report(caseType, incidents, relations, role);

        Map<String, Object> tallies =
                MentionTallies.of(report).of(report.persons().getFirst());

        assertThat(tallies)
                .containsOnlyKeys(MentionTally.PROPERTIES)
                .containsEntry(MentionTally.INCIDENTS, list(kinds))
                .containsEntry(MentionTally.PAYMENTS, payments)
                .containsEntry(MentionTally.INDICATORS, list(indicators));
    }

    @Test
    void onlyMigrantsAndVictimsCarryTallies() {
        ReportFacts report = report("SOM", "i1:INTERCEPTION", "PAID:m>x", "SMUGGLED_MIGRANT");

        assertThat(MentionTallies.of(report).of(report.persons().get(1))).isEmpty();
    }

    @Test
    void theSameReportGivesTheSameTallies() {
        ReportFacts report = report("MIXED", "i2:RESCUE@unverified;i1:INTERCEPTION", "HARBOURED:x>m", "VICTIM");

        assertThat(MentionTallies.of(report).of(report.persons().getFirst()))
                .isEqualTo(MentionTallies.of(report).of(report.persons().getFirst()))
                .containsEntry(MentionTally.INCIDENTS, List.of("INTERCEPTION", "RESCUE"));
    }

    private static List<String> list(@Nullable String csv) {
        return csv == null ? List.of() : List.of(csv.split(","));
    }

    /** A report of {@code caseType} with migrant {@code m} in {@code role} and organiser {@code x}. */
    private static ReportFacts report(
            String caseType, @Nullable String incidents, @Nullable String relations, String role) {
        List<IncidentFact> incidentFacts = new ArrayList<>();
        List<Involvement> involved = new ArrayList<>();
        for (String spec : incidents == null ? new String[0] : incidents.split(";")) {
            String[] refAndRest = spec.split(":");
            String[] kindAndPlace = refAndRest[1].split("@");
            String id = "R#" + refAndRest[0];
            incidentFacts.add(new IncidentFact(
                    id, Map.of("kind", kindAndPlace[0]), kindAndPlace.length > 1 ? kindAndPlace[1] : null, DAY));
            involved.add(new Involvement(id, role, DAY));
        }
        // the organiser is involved in every incident too: their involvements are not the migrant's
        List<Involvement> organiser = involved.stream()
                .map(i -> new Involvement(i.incidentId(), "ORGANISER", DAY))
                .toList();
        List<RelationFact> relationFacts = new ArrayList<>();
        for (String spec : relations == null ? new String[0] : relations.split(";")) {
            String[] typeAndEnds = spec.split(":");
            String[] ends = typeAndEnds[1].split(">");
            relationFacts.add(
                    new RelationFact(typeAndEnds[0], "R#" + ends[0], "R#" + ends[1], "Person", Map.of(), DAY));
        }
        return new ReportFacts(
                "R",
                1,
                "hash",
                Map.of("type", caseType),
                new Provenance("R", "RS-MUP", List.of("agency:RS-MUP"), DAY.firstSeen()),
                PLACES,
                incidentFacts,
                List.of(
                        new PersonFact("R#m", "migrant m", Map.of("localRef", "m", "role", role), involved),
                        new PersonFact("R#x", "X", Map.of("localRef", "x", "role", "ORGANISER"), organiser)),
                List.of(),
                List.of(),
                relationFacts,
                List.of(),
                List.of());
    }
}
