package org.borderlink.ingest.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.CaseType;
import org.borderlink.graph.model.HandlingCode;
import org.borderlink.graph.model.Tlp;
import org.borderlink.graph.sharing.Viewer;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.pipeline.IngestSummary;
import org.borderlink.ingest.report.Problem;
import org.borderlink.ingest.report.ReportMarking;
import org.borderlink.ingest.report.ReportReader;
import org.borderlink.ingest.report.ReportValidator;
import org.borderlink.ingest.tabular.ReportCheck;
import org.borderlink.ingest.testing.GraphState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * FollowTheMoney out and in against the real engine, with the published example reports: the export is a complete
 * FtM graph (every reference resolves, every schema gets what it requires) of exactly what the viewer may see, with
 * no victim identity; an export imported by another agency links to the original through the same phone.
 */
class FtmIT {

    static final Path EXAMPLES = Path.of("..", "docs", "report-format");
    static final String SOM = "RS-MUP:UGP-PU-SM-412/24";
    static final String MIXED = "BA-GP:GP-TU-BIH-17-14-2/24";
    static final String THB = "AL-ASP:DVP-SH-THB-0087/2024";

    /** FtM properties that hold entity ids, in the schemas Borderlink writes. */
    static final Set<String> REFERENCES = Set.of(
            "involved",
            "addressEntity",
            "startLocation",
            "endLocation",
            "vehicle",
            "operator",
            "holder",
            "owner",
            "person",
            "associate",
            "subject",
            "object",
            "payer",
            "beneficiary",
            "member",
            "organization");

    static final Map<String, List<String>> REQUIRED = Map.of(
            "Person", List.of("name"),
            "Event", List.of("name"),
            "Trip", List.of("name", "startLocation", "endLocation"),
            "Passport", List.of("holder", "number"),
            "Identification", List.of("holder", "number"),
            "Associate", List.of("person", "associate"),
            "Membership", List.of("member", "organization"),
            "UnknownLink", List.of("subject", "object"),
            "Payment", List.of("payer", "beneficiary"));

    private final FtmExporter exporter = new FtmExporter(GraphState.driver());
    private static final FtmReader READER = new FtmReader(ReportCheck.standard(new ReportValidator()));
    private final IngestPipeline pipeline = GraphState.pipeline();

    @BeforeEach
    void examples() throws IOException {
        GraphState.clean();
        for (String example : List.of("example-som.json", "example-mixed.json", "example-thb.json")) {
            try (var reports = new ReportReader().read(EXAMPLES.resolve(example))) {
                assertThat(pipeline.ingest(reports).stored()).isEqualTo(1);
            }
        }
    }

    private static Map<String, JsonNode> entities(String jsonLines) {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        jsonLines.lines().map(json::readTree).forEach(e -> byId.put(e.get("id").asString(), e));
        return byId;
    }

    private static List<String> values(JsonNode entity, String property) {
        return entity.path("properties")
                .path(property)
                .valueStream()
                .map(JsonNode::asString)
                .toList();
    }

    @Test
    void theExportIsACompleteFtmGraphOfWhatTheViewerMaySee() {
        FtmExporter.Export export = exporter.export(Viewer.of(AgencyId.of("RS-MUP"), "WB"), List.of(SOM, MIXED, THB));

        assertThat(export.reportIds()).containsExactly(SOM, MIXED);
        assertThat(export.notFound()).as("TLP:RED for ME-UP only").containsExactly(THB);
        Map<String, JsonNode> entities = entities(export.jsonLines());
        assertThat(export.entities()).isEqualTo(entities.size());
        assertThat(entities.values().stream()
                        .map(e -> e.get("schema").asString())
                        .distinct())
                .contains(
                        "Person",
                        "Organization",
                        "Vehicle",
                        "Identification",
                        "Address",
                        "Event",
                        "Trip",
                        "Associate",
                        "Membership",
                        "UnknownLink",
                        "Payment",
                        "UserAccount");
        for (JsonNode entity : entities.values()) {
            for (String property : REFERENCES) {
                assertThat(values(entity, property))
                        .as("%s of %s", property, entity)
                        .allMatch(entities::containsKey);
            }
            for (String property : REQUIRED.getOrDefault(entity.get("schema").asString(), List.of())) {
                assertThat(values(entity, property))
                        .as("%s of %s", property, entity)
                        .isNotEmpty();
            }
        }
        assertThat(export.jsonLines())
                .as("no smuggled migrant's name, no document number")
                .doesNotContain("Рахими")
                .doesNotContain("Arben")
                .doesNotContain("BN7294031");
        JsonNode driver = entities.values().stream()
                .filter(e -> values(e, "name").contains("Марко Петровић"))
                .findFirst()
                .orElseThrow();
        assertThat(values(driver, "keywords")).contains("DRIVER");
        assertThat(values(driver, "phone"))
                .singleElement()
                .satisfies(p -> assertThat(p).startsWith("+3816"));
        assertThat(entities.values())
                .filteredOn(e -> e.get("schema").asString().equals("Vehicle"))
                .singleElement()
                .satisfies(v -> assertThat(values(v, "operator"))
                        .contains(driver.get("id").asString()));
        assertThat(entities.values())
                .filteredOn(e -> values(e, "keywords").contains("SMUGGLED_MIGRANT"))
                .allSatisfy(m -> {
                    assertThat(values(m, "name"))
                            .singleElement()
                            .satisfies(n -> assertThat(n).startsWith("smuggled migrant P"));
                    assertThat(values(m, "phone")).isEmpty();
                });
        assertThat(exporter.export(Viewer.of(AgencyId.of("ME-UP"), "WB"), List.of(THB))
                        .reportIds())
                .containsExactly(THB);
    }

    @Test
    void anExportImportedByAnotherAgencyLinksThroughTheSamePhone() throws IOException {
        String jsonLines =
                exporter.export(Viewer.of(AgencyId.of("RS-MUP")), List.of(SOM)).jsonLines();
        FtmOptions croatia = new FtmOptions(
                AgencyId.of("HR-MUP"),
                new ReportMarking(Tlp.AMBER, HandlingCode.H1, List.of("RS")),
                "C3",
                CaseType.SOM,
                "FTM-RS-412",
                null,
                1);

        IngestSummary summary = pipeline.ingest(READER.read(
                new ByteArrayInputStream(jsonLines.getBytes(StandardCharsets.UTF_8)), "from-rs.ftm.jsonl", croatia));
        IngestSummary again = pipeline.ingest(READER.read(
                new ByteArrayInputStream(jsonLines.getBytes(StandardCharsets.UTF_8)), "from-rs.ftm.jsonl", croatia));

        assertThat(summary.stored()).as("%s", summary.results()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(GraphState.query("""
                MATCH (:Report {id: 'HR-MUP:FTM-RS-412'})-[m:MENTIONS {role: 'DRIVER'}]->(p)-[:USES]->(ph:Phone)
                      <-[u:USES]-(:Person)<-[:MENTIONS]-(:Report {id: $som})
                RETURN m.name AS name, ph.id AS phone""", Map.of("som", SOM)))
                .singleElement()
                .satisfies(r -> assertThat(r.get("name")).isEqualTo("Марко Петровић"));
        assertThat(GraphState.query(
                        "MATCH (r:Report {id: 'HR-MUP:FTM-RS-412'}) RETURN r.aud AS aud, r.grading AS g", Map.of()))
                .containsExactly(Map.of("aud", List.of("agency:HR-MUP", "country:RS"), "g", "C3"));
    }

    @Test
    void aFileWithAForeignSchemaOrADanglingReferenceStoresNothing() throws IOException {
        GraphState.Snapshot before = GraphState.snapshot();
        String jsonLines = """
                {"id": "p1", "schema": "Person", "properties": {"name": ["Emir Hodžić"], "keywords": ["ORGANISER"]}}
                {"id": "e1", "schema": "Event", "properties": {"name": ["meeting"], "date": ["2024-04-01"], "involved": ["p1", "p9"]}}
                {"id": "m1", "schema": "Email", "properties": {"subject": ["price list"]}}
                """;
        FtmOptions options = new FtmOptions(
                AgencyId.of("BA-GP"),
                new ReportMarking(Tlp.AMBER, HandlingCode.H0, List.of()),
                "B2",
                CaseType.SOM,
                null,
                null,
                1);

        IngestSummary summary = pipeline.ingest(READER.read(
                new ByteArrayInputStream(jsonLines.getBytes(StandardCharsets.UTF_8)), "bad.jsonl", options));

        assertThat(summary.stored()).isZero();
        assertThat(summary.results().getFirst().problems())
                .extracting(Problem::path, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "line 3",
                                "entities of schema Email cannot be imported; Borderlink reads Address,"
                                        + " Associate, Company, Event, Identification, LegalEntity, Membership,"
                                        + " Organization, Passport, Payment, Person, Trip, UnknownLink, UserAccount,"
                                        + " Vehicle"),
                        org.assertj.core.groups.Tuple.tuple("line 2 (Event e1) involved", "'p9' is not in the file"));
        assertThat(GraphState.snapshot()).isEqualTo(before);
    }
}
