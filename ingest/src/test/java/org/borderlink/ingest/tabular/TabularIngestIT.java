package org.borderlink.ingest.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.pipeline.IngestSummary;
import org.borderlink.ingest.testing.GraphState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sample export through the one pipeline into the real embedded engine, and the graph compared with what the
 * file says: who is in which case in which role, which phones, vehicles and places link them across borders, and
 * what anonymisation kept out. Broken files change nothing.
 */
class TabularIngestIT {

    private final IngestPipeline pipeline = GraphState.pipeline();

    @BeforeEach
    void clean() {
        GraphState.clean();
    }

    private IngestSummary ingest(String mapping, String sample) throws IOException {
        return pipeline.ingest(Samples.reader()
                .read(new ByteArrayInputStream(Samples.bytes(sample)), sample, Samples.mapping(mapping)));
    }

    private static List<Map<String, Object>> q(String cypher, Object... keyValues) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) parameters.put((String) keyValues[i], keyValues[i + 1]);
        return GraphState.query(cypher, parameters);
    }

    private static List<Object> column(String cypher, Object... keyValues) {
        return q(cypher, keyValues).stream()
                .map(r -> r.values().iterator().next())
                .toList();
    }

    @Test
    void theSerbianExportBecomesThreeReportsWithAnonymisedMigrants() throws IOException {
        IngestSummary summary = ingest("rs-mup", Samples.SERBIAN);

        assertThat(summary.stored()).as("%s", summary.results()).isEqualTo(3);
        assertThat(
                        column(
                                "MATCH (r:Report {agency: 'RS-MUP'}) RETURN r.reference + ' ' + toString(r.reportedOn) AS r ORDER BY r"))
                .containsExactly("КУ 1487/24 2024-03-18", "КУ 1502/24 2024-03-23", "КУ 1533/24 2024-04-02");
        assertThat(column("""
                MATCH (:Report {id: 'RS-MUP:КУ 1487/24'})-[m:MENTIONS]->(:Person)
                RETURN m.role + ' ' + coalesce(m.name, '-') + ' ' + coalesce(m.nationality, '-') + ' '
                       + coalesce(m.ageBand, '-') + ' ' + toString(m.minor) AS p ORDER BY p"""))
                .containsExactly(
                        "DRIVER Џавад Хусеини AF 30–38 false",
                        "ORGANISER Марко Петровић RS 39–47 false",
                        "SMUGGLED_MIGRANT - AF 9–17 true",
                        "SMUGGLED_MIGRANT - PK - false");
        assertThat(GraphState.anywhere("Рахими"))
                .as("a smuggled migrant's name is never stored")
                .isFalse();
        assertThat(GraphState.anywhere("Билал")).isFalse();
        assertThat(column("""
                MATCH (i:Incident)<-[:REPORTS]-(:Report {id: 'RS-MUP:КУ 1487/24'}), (i)-[:OCCURRED_AT]->(l:Location)
                RETURN i.kind + ' ' + toString(i.date) + ' ' + i.datePrecision + ' ' + toString(i.migrants) + ' ' + l.id
                AS i""")).containsExactly("INTERCEPTION 2024-03-17 DAY 12 RS-HR-SID");
        assertThat(column("MATCH (p:Person)-[u:USES]->(:Vehicle {id: 'RS:BG1234AB'}) RETURN u.reportId AS r"))
                .containsExactly("RS-MUP:КУ 1487/24");
        assertThat(column("MATCH (:Person)-[u:USES]->(:Phone {id: '+381641234567'}) RETURN u.reportId AS r ORDER BY r"))
                .as("the organiser's phone links his two cases")
                .containsExactly("RS-MUP:КУ 1487/24", "RS-MUP:КУ 1533/24");
        assertThat(column("""
                MATCH (:Report {id: 'RS-MUP:КУ 1487/24'})-[m:MENTIONS {role: 'DRIVER'}]->()
                RETURN m.outcomes AS o""")).containsExactly(List.of("ARREST"));
        assertThat(column("MATCH (r:Report {id: 'RS-MUP:КУ 1502/24'}) RETURN r.narrative AS n"))
                .containsExactly(
                        "Група од 7 миграната заустављена код граничног прелаза Келебија. Водич је користио GPS на"
                                + " мобилном телефону.");
    }

    @Test
    void theBosnianExportLinksToTheSerbianCaseThroughPhoneAndVan() throws IOException {
        ingest("rs-mup", Samples.SERBIAN);
        IngestSummary summary = ingest("ba-gp", Samples.BOSNIAN);

        assertThat(summary.stored()).as("%s", summary.results()).isEqualTo(4);
        assertThat(column("MATCH (:Person)-[u:USES]->(:Phone {id: '+38761234567'}) RETURN u.agency AS a ORDER BY a"))
                .as("061 234 567 written in Bosnia is the +387 61 234 567 Serbia wrote")
                .containsExactly("BA-GP", "RS-MUP");
        assertThat(column("MATCH (:Person)-[u:USES]->(:Vehicle {id: 'RS:BG1234AB'}) RETURN u.agency AS a ORDER BY a"))
                .as("BG 1234-AB in Latin is БГ 1234-АБ")
                .containsExactly("BA-GP", "RS-MUP");
        assertThat(q("""
                MATCH (:Report {id: 'BA-GP:GP-17-04/24-112'})-[:DESCRIBES]->(leg:Leg),
                      (leg)-[:FROM]->(f), (leg)-[:TO]->(t), (leg)-[:VIA]->(v)
                RETURN f.id AS from, t.id AS to, v.id AS via, leg.price AS price, leg.currency AS currency"""))
                .containsExactly(Map.of(
                        "from",
                        "RS-BELGRADE",
                        "to",
                        "BA-BIHAC",
                        "via",
                        "RS-BA-ZVORNIK",
                        "price",
                        300.0,
                        "currency",
                        "EUR"));
        assertThat(column("""
                MATCH (:Report {id: 'BA-GP:GP-17-04/24-118'})-[:REPORTS]->(i)-[:OCCURRED_AT]->(l)
                RETURN i.kind + ' ' + l.id AS i""")).containsExactly("CROSSING_ATTEMPT RS-BA-LJUBOVIJA");
        assertThat(column("MATCH (:Report {id: 'BA-GP:GP-17-04/24-118'})-[:MENTIONS]->(p) RETURN p.id AS p"))
                .isEmpty();
        assertThat(column("MATCH (:Person)-[u:USES]->(:Phone {id: '+38765111222'}) RETURN u.reportId AS r ORDER BY r"))
                .containsExactly("BA-GP:GP-11-04/24-031", "BA-GP:GP-17-04/24-112");
    }

    @Test
    void theAlbanianWorkbookKeepsVictimContextButNoVictimIdentity() throws IOException {
        IngestSummary summary = ingest("al-asp", Samples.ALBANIAN);

        assertThat(summary.stored()).as("%s", summary.results()).isEqualTo(2);
        assertThat(summary.results().getFirst().removed()).anyMatch(r -> r.startsWith("$.persons[0].name: removed"));
        assertThat(GraphState.anywhere("Elira")).isFalse();
        assertThat(GraphState.anywhere("Dervishi")).isFalse();
        assertThat(GraphState.anywhere("Driton")).isFalse();
        assertThat(q("""
                MATCH (:Report {id: 'AL-ASP:DVP-TR-THB-0112/2024'})-[m:MENTIONS {role: 'VICTIM'}]->()
                RETURN m.traffickingStatus AS status, m.statusDecidedBy AS by, m.exploitationTypes AS types,
                       m.methodsOfControl AS control, m.recruitmentApps AS apps, m.gender AS gender,
                       m.ageBand AS band, m.minor AS minor"""))
                .containsExactly(Map.of(
                        "status",
                        "PossibleVictimOfTrafficking",
                        "by",
                        "Police",
                        "types",
                        List.of("SexualExploitation", "ForcedLabour"),
                        "control",
                        List.of("DebtBondage", "WithholdsDocuments", "FalsePromises"),
                        "apps",
                        List.of("Instagram"),
                        "gender",
                        "FEMALE",
                        "band",
                        "18–20",
                        "minor",
                        false));
        assertThat(column("""
                MATCH (:Report {id: 'AL-ASP:DVP-SH-THB-0120/2024'})-[m:MENTIONS {role: 'VICTIM'}]->()
                RETURN m.minor AS minor""")).containsExactly(true);
        assertThat(column("""
                MATCH (:Report {id: 'AL-ASP:DVP-TR-THB-0112/2024'})-[:REPORTS]->(i)-[:OCCURRED_AT]->(l)
                RETURN i.kind + ' ' + toString(i.date) + ' ' + i.datePrecision + ' ' + l.id AS i""")).containsExactly("RECRUITMENT 2024-02-01 MONTH AL-TIRANA");
        assertThat(column("MATCH (r:Report {id: 'AL-ASP:DVP-TR-THB-0112/2024'}) RETURN r.aud AS aud"))
                .containsExactly(List.of("agency:AL-ASP", "agency:ME-UP", "agency:XK-KP"));
        assertThat(column("MATCH (:Person)-[u:USES]->(p:Phone) WHERE u.agency = 'AL-ASP' RETURN p.id AS p ORDER BY p"))
                .containsExactly("+355691234567", "+355692345678", "+38267123456");
    }

    @Test
    void theMacedonianExportPlacesItsIncidentsInTheGazetteer() throws IOException {
        IngestSummary summary = ingest("mk-mvr", Samples.MACEDONIAN);

        assertThat(summary.stored()).as("%s", summary.results()).isEqualTo(2);
        assertThat(
                        column(
                                "MATCH (r:Report {agency: 'MK-MVR'})-[:REPORTS]->(i)-[:OCCURRED_AT]->(l) RETURN l.id AS l ORDER BY l"))
                .containsExactly("MK-GEVGELIJA", "MK-LOJANE");
        assertThat(column("""
                MATCH (:Report {id: 'MK-MVR:ОВР-Гв 245/2024'})-[m:MENTIONS {role: 'DRIVER'}]->(p)-[:USES]->(ph:Phone)
                RETURN m.name + ' / ' + m.nameLatin + ' / ' + ph.id AS d""")).containsExactly("Ѓорѓи Трајковски / Ǵorǵi Trajkovski / +38970123456");
        assertThat(column("MATCH (v:Vehicle) RETURN v.id AS v")).containsExactly("MK:GV1234AB");
        assertThat(column("MATCH (r:Report {agency: 'MK-MVR'}) RETURN DISTINCT r.aud AS aud"))
                .containsExactly(List.of("agency:MK-MVR", "region:WB"));
    }

    @Test
    void theSameExportAgainChangesNothing() throws IOException {
        ingest("rs-mup", Samples.SERBIAN);
        ingest("al-asp", Samples.ALBANIAN);
        GraphState.Snapshot before = GraphState.snapshot();

        IngestSummary again = ingest("rs-mup", Samples.SERBIAN);
        IngestSummary againWorkbook = ingest("al-asp", Samples.ALBANIAN);

        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(againWorkbook.unchanged()).isEqualTo(2);
        assertThat(GraphState.snapshot()).isEqualTo(before);
    }

    static List<Malformed> malformed() {
        return Malformed.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aBrokenExportLeavesTheGraphAsItWas(Malformed broken) throws IOException {
        ingest("mk-mvr", Samples.MACEDONIAN);
        GraphState.Snapshot before = GraphState.snapshot();

        IngestSummary summary = pipeline.ingest(
                Samples.reader().read(new ByteArrayInputStream(broken.bytes()), broken.file(), broken.mapping()));

        assertThat(summary.stored() + summary.replaced() + summary.unchanged()).isZero();
        assertThat(summary.refused()).isPositive();
        assertThat(summary.results()).flatMap(r -> r.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(broken.path());
            assertThat(p.message()).contains(broken.message());
        });
        assertThat(GraphState.snapshot()).isEqualTo(before);
    }
}
