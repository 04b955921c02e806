package org.borderlink.ingest.htcds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.HandlingCode;
import org.borderlink.graph.model.MentionTally;
import org.borderlink.graph.model.MigrantBound;
import org.borderlink.graph.model.Tlp;
import org.borderlink.graph.sharing.Viewer;
import org.borderlink.ingest.normalise.DateNormaliser;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.pipeline.IngestSummary;
import org.borderlink.ingest.report.Problem;
import org.borderlink.ingest.report.ReportMarking;
import org.borderlink.ingest.report.ReportValidator;
import org.borderlink.ingest.tabular.ReportCheck;
import org.borderlink.ingest.tabular.Samples;
import org.borderlink.ingest.testing.Fixtures;
import org.borderlink.ingest.testing.GraphState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HTCDS 2.0 in and out against the real engine: the sample file becomes cases with persons, victim context and
 * historic trafficking events; the export of those cases reads back into the same graph (round trip); the export
 * shows only what the viewer may see and no victim identity; a file with a misspelt column or value stores nothing.
 */
class HtcdsIT {

    static final AgencyId IOM = AgencyId.of("MK-IOM");
    static final HtcdsOptions DECLARED =
            new HtcdsOptions(IOM, new ReportMarking(Tlp.AMBER, HandlingCode.H2, List.of("MK-MVR")), "B2", null, "en");
    static final List<String> CASES = List.of("MK-IOM:MK-2024-017", "MK-IOM:MK-2024-021");

    private static final HtcdsReader READER =
            new HtcdsReader(HtcdsStandard.bundled(), new DateNormaliser(), ReportCheck.standard(new ReportValidator()));
    private final HtcdsExporter exporter = new HtcdsExporter(GraphState.driver());
    private final IngestPipeline pipeline = GraphState.pipeline();

    @BeforeEach
    void clean() {
        GraphState.clean();
    }

    private IngestSummary ingest(byte[] csv, HtcdsOptions options) throws IOException {
        return pipeline.ingest(READER.read(new ByteArrayInputStream(csv), "htcds.csv", options));
    }

    private static List<Object> column(String cypher) {
        return GraphState.query(cypher, Map.of()).stream()
                .map(r -> r.values().iterator().next())
                .toList();
    }

    @Test
    void theSampleBecomesCasesWithVictimContextEventsAndRoutes() throws IOException {
        IngestSummary summary = ingest(Fixtures.bytes(Fixtures.HTCDS), DECLARED);

        assertThat(summary.stored()).as("%s", summary.results()).isEqualTo(2);
        assertThat(GraphState.query("""
                MATCH (:Report {id: 'MK-IOM:MK-2024-017'})-[m:MENTIONS {localRef: 'V1'}]->()
                RETURN m.role AS role, m.name AS name, m.gender AS gender, m.ageBand AS band, m.nationality AS nat,
                       m.languages AS languages, m.traffickingStatus AS status, m.statusDecidedBy AS by,
                       m.exploitationTypes AS types, m.methodsOfControl AS control,
                       m.recruitmentMethod AS method, m.recruitmentApps AS apps""", Map.of())).singleElement().satisfies(m -> {
            assertThat(m.get("role")).isEqualTo("VICTIM");
            assertThat(m.get("name")).isNull();
            assertThat(m.get("gender")).isEqualTo("FEMALE");
            assertThat(m.get("band")).isEqualTo("18–20");
            assertThat(m.get("nat")).isEqualTo("SY");
            assertThat(m.get("languages")).isEqualTo(List.of("ar"));
            assertThat(m.get("status")).isEqualTo("ActualVictimOfTrafficking");
            assertThat(m.get("by")).isEqualTo("Police");
            assertThat(m.get("types")).isEqualTo(List.of("SexualExploitation", "ForcedLabour"));
            assertThat(m.get("control")).isEqualTo(List.of("DebtBondage", "WithholdsDocuments"));
            assertThat(m.get("method")).isEqualTo("ThroughFriendsOrSocialEvents");
            assertThat(m.get("apps")).isEqualTo(List.of("WhatsApp"));
        });
        assertThat(GraphState.anywhere("Haddad"))
                .as("the victim's name is nowhere, narrative included")
                .isFalse();
        assertThat(column("MATCH (r:Report {id: 'MK-IOM:MK-2024-017'}) RETURN r.status + ' | ' + r.narrative AS r"))
                .containsExactly("ACTIVE | Referred by the border police after a screening at Tabanovce. [victim V1]"
                        + " says she was recruited by an acquaintance in Thessaloniki.");
        assertThat(column("""
                MATCH (:Report {id: 'MK-IOM:MK-2024-017'})-[m:MENTIONS {localRef: 'T1'}]->(p)-[:USES]->(ph:Phone)
                RETURN m.role + ' ' + m.name + ' ' + ph.id + ' ' + m.languages[0] AS t""")).containsExactly("EXPLOITER Bashkim Rexhepi +38970555123 sq");
        assertThat(column("""
                MATCH (:Report {id: 'MK-IOM:MK-2024-017'})-[:REPORTS]->(i)-[:OCCURRED_AT]->(l)
                RETURN i.kind + ' ' + toString(i.date) + ' ' + l.id + ' ' + COUNT { (i)<-[:INVOLVED_IN]-() } AS e
                ORDER BY e"""))
                .containsExactly(
                        "EXPLOITATION 2024-03-15 MK-KUMANOVO 2",
                        "RECRUITMENT 2024-01-10 GR-THESSALONIKI 1",
                        "TRANSIT 2024-02-02 MK-GEVGELIJA 1");
        assertThat(column("""
                MATCH (:Report {id: 'MK-IOM:MK-2024-017'})-[:DESCRIBES]->(leg)-[:FROM]->(f), (leg)-[:TO]->(t)
                RETURN f.id + ' > ' + t.id + ' ' + COUNT { (leg)<-[:ON_LEG]-(:Person) } AS l ORDER BY l""")).containsExactly("GR-THESSALONIKI > MK-GEVGELIJA 1", "MK-GEVGELIJA > MK-KUMANOVO 1");
        assertThat(column("MATCH (:Report {id: 'MK-IOM:MK-2024-021'})-[m:MENTIONS]->() RETURN m.minor AS minor"))
                .containsExactly(true);
    }

    @Test
    void anExportReadsBackIntoTheSameGraph() throws IOException {
        ingest(Fixtures.bytes(Fixtures.HTCDS), DECLARED);
        // What the anonymised graph cannot give back: the victims' keyed pseudonyms (made from the names it never
        // stored, whether a birth date went into them, and their copies in the mentions' tallies and the migrants'
        // bounds) and the hash of the report as first submitted.
        Set<String> notExported =
                Set.of("contentHash", "subjectKey", MentionTally.SUBJECT_KEY_DATED, MentionTally.KEY, MigrantBound.KEY);
        GraphState.Snapshot imported = GraphState.snapshot(notExported);
        Viewer owner = Viewer.of(IOM);
        HtcdsExporter.Export first = exporter.export(owner, CASES);
        assertThat(first.exported()).containsExactlyElementsOf(CASES);
        assertThat(first.rows()).isEqualTo(5);

        GraphState.clean();
        IngestSummary again = ingest(first.csv().getBytes(StandardCharsets.UTF_8), HtcdsOptions.FROM_FILE);

        assertThat(again.stored()).as("%s", again.results()).isEqualTo(2);
        assertThat(GraphState.snapshot(notExported)).isEqualTo(imported);
        assertThat(exporter.export(owner, CASES).csv()).isEqualTo(first.csv());
    }

    @Test
    void theExportShowsOnlyWhatTheViewerMaySeeAndNoVictimIdentity() throws IOException {
        ingest(Fixtures.bytes(Fixtures.HTCDS), DECLARED);
        pipeline.ingest(Samples.reader()
                .read(new ByteArrayInputStream(Samples.bytes(Samples.ALBANIAN)), "al.xlsx", Samples.mapping("al-asp")));
        pipeline.ingest(Samples.reader()
                .read(new ByteArrayInputStream(Samples.bytes(Samples.SERBIAN)), "rs.csv", Samples.mapping("rs-mup")));
        String albanian = "AL-ASP:DVP-TR-THB-0112/2024";
        String serbian = "RS-MUP:КУ 1487/24";
        List<String> asked = List.of(CASES.getFirst(), albanian, serbian);

        HtcdsExporter.Export serbia = exporter.export(Viewer.of(AgencyId.of("RS-MUP"), "WB"), asked);
        HtcdsExporter.Export montenegro = exporter.export(Viewer.of(AgencyId.of("ME-UP"), "WB"), asked);
        HtcdsExporter.Export macedonia = exporter.export(Viewer.of(AgencyId.of("MK-MVR"), "WB"), asked);

        assertThat(serbia.exported()).isEmpty();
        assertThat(serbia.skipped())
                .as("a smuggling case without victim context")
                .containsExactly(serbian);
        assertThat(serbia.notFound()).containsExactly(CASES.getFirst(), albanian);
        assertThat(serbia.csv().lines()).hasSize(1);
        assertThat(montenegro.exported()).containsExactly(albanian);
        assertThat(montenegro.csv())
                .doesNotContain("Elira")
                .doesNotContain("Dervishi")
                .contains("Arben");
        var rows = org.apache.commons.csv.CSVParser.parse(
                        montenegro.csv(),
                        org.apache.commons.csv.CSVFormat.RFC4180
                                .builder()
                                .setHeader()
                                .get())
                .getRecords();
        assertThat(rows)
                .filteredOn(r -> r.get("bl_Role").equals("VICTIM"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.get("prs_FirstName") + r.get("prs_SecondName") + r.get("prs_Birthdate"))
                            .isEmpty();
                    assertThat(r.get("bl_AgeBand")).isEqualTo("18–20");
                    assertThat(r.get("vic_TypeOfExploitation")).isEqualTo("SexualExploitation;ForcedLabour");
                    assertThat(r.get("hte_Type")).isEqualTo("Recruitment");
                    assertThat(r.get("hte_Date")).isEqualTo("2024-02-01");
                    assertThat(r.get("bl_EventDatePrecision")).isEqualTo("MONTH");
                    assertThat(r.get("hte_City")).isEqualTo("Tirana");
                });
        assertThat(rows)
                .filteredOn(r -> r.get("bl_Role").equals("RECRUITER"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("per_RoleInProcess")).isEqualTo("RecruiterOrIntermediary"));
        assertThat(macedonia.exported()).containsExactly(CASES.getFirst());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "vic_TypeOfExploitation | vic_TypeOfExploitaton | file | neither an HTCDS 2.0 field nor a Borderlink extension; did you mean vic_TypeOfExploitation?",
                "SexualExploitation;ForcedLabour | SexualExploitation;ForcedLabor | row 2, column 16 'vic_TypeOfExploitation' | unknown value 'ForcedLabor' for vic_TypeOfExploitation; expected one of ForcedLabour,",
                "2024-02-02 | 2024-02-30 | row 3, column 22 'hte_Date' | date not recognised: '2024-02-30'",
                "Exploiter;Kidnapper | Boss | row 5, column 20 'per_RoleInProcess' | unknown value 'Boss' for per_RoleInProcess",
            })
    void aFileWithAMistakeStoresNothingAndNamesThePlace(String from, String to, String path, String message)
            throws IOException {
        ingest(Fixtures.bytes(Fixtures.HTCDS), DECLARED);
        GraphState.Snapshot before = GraphState.snapshot();
        String sample = new String(Fixtures.bytes(Fixtures.HTCDS), StandardCharsets.UTF_8);
        String broken =
                sample.replaceFirst(java.util.regex.Pattern.quote(from), to).replace("MK-2024-0", "MK-2025-0");

        IngestSummary summary = ingest(broken.getBytes(StandardCharsets.UTF_8), DECLARED);

        assertThat(summary.stored()).isZero();
        List<Problem> problems =
                summary.results().stream().flatMap(r -> r.problems().stream()).toList();
        assertThat(problems).as("%s", problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.message()).contains(message);
        });
        assertThat(GraphState.snapshot()).isEqualTo(before);
    }
}
