package org.borderlink.api.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.api.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The format endpoints over HTTP as an agency's system and an investigator would use them: national exports with
 * their mapping, HTCDS and FollowTheMoney in and out, with the roles, the agency an account may submit for, the
 * visibility rule on exports and RFC 9457 problems for everything refused.
 */
@BorderlinkIntegrationTest
class FormatsIT {

    static final Path SAMPLES = Path.of("..", "docs", "ingest", "samples");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(SAMPLES.resolve(name));
    }

    private Answer upload(String user, String path, byte[] file, String fileName, Map<String, String> parameters) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", file).filename(fileName);
        StringBuilder query = new StringBuilder();
        parameters.forEach((k, v) -> {
            if (k.equals("mappingFile"))
                parts.part(k, v.getBytes(StandardCharsets.UTF_8)).filename("mapping.yaml");
            else query.append(query.isEmpty() ? "?" : "&").append(k).append('=').append(v);
        });
        return TestUsers.client(port, user)
                .post()
                .uri(path + query)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts.build())
                .exchange((req, res) -> new Answer(
                        res.getStatusCode().value(),
                        String.valueOf(res.getHeaders().getContentType()),
                        new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private Answer get(String user, String uri, MediaType accept) {
        return TestUsers.client(port, user)
                .get()
                .uri(uri)
                .accept(accept)
                .exchange((req, res) -> new Answer(
                        res.getStatusCode().value(),
                        String.valueOf(res.getHeaders().getContentType()),
                        new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private long reports(String agency) {
        try (var session = driver.session()) {
            return session.run(
                            "MATCH (r:Report {agency: $a}) WHERE r.version > 0 RETURN count(r) AS c",
                            Map.of("a", agency))
                    .single()
                    .get("c")
                    .asLong();
        }
    }

    @Test
    void aSerbianExportIsSubmittedWithItsMappingByName() throws IOException {
        Answer answer = upload(
                TestUsers.RS_INGEST,
                "/api/v1/reports/tabular",
                sample("rs-mup-krijumcarenje-2024-03.csv"),
                "rs-mup-krijumcarenje-2024-03.csv",
                Map.of("mapping", "rs-mup"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.get("stored").asInt() + body.get("unchanged").asInt()).isEqualTo(3);
        assertThat(body.get("reports").get(0).get("reportId").asString()).isEqualTo("RS-MUP:КУ 1487/24");
        assertThat(body.get("reports").get(0).get("source").asString()).isEqualTo("rs-mup-krijumcarenje-2024-03.csv");
    }

    @Test
    void aBrokenExportIsRefusedWholeNamingRowColumnAndHeader() throws IOException {
        Charset cp1251 = Charset.forName("windows-1251");
        String text = new String(sample("rs-mup-krijumcarenje-2024-03.csv"), cp1251)
                .replace("КУ 1", "КУ 9")
                .replace(";22.03.2024.;", ";31.02.2024.;");
        long before = reports("RS-MUP");

        Answer answer = upload(
                TestUsers.RS_INGEST,
                "/api/v1/reports/tabular",
                text.getBytes(cp1251),
                "bad.csv",
                Map.of("mapping", "rs-mup"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("title").asString()).isEqualTo("File refused");
        assertThat(problem.get("detail").asString())
                .isEqualTo("bad.csv: 3 of 3 report(s) refused; nothing was stored.");
        assertThat(problem.get("errors")
                        .valueStream()
                        .map(e -> e.get("path").asString() + ": "
                                + e.get("message").asString()))
                .contains("row 6, column 4 'Датум догађаја': '31.02.2024.' is not a date in the mapping's formats"
                        + " dd.MM.yyyy., d.M.yyyy., dd.MM.yyyy");
        assertThat(reports("RS-MUP")).isEqualTo(before);
    }

    @Test
    void anAccountSubmitsOnlyForItsOwnAgency() throws IOException {
        Answer answer = upload(
                TestUsers.RS_INGEST,
                "/api/v1/reports/tabular",
                sample("ba-gp-presretanja-2024-04.csv"),
                "ba.csv",
                Map.of("mapping", "ba-gp"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("errors").get(0).get("message").asString())
                .isEqualTo("this account may submit reports of [RS-MUP] only, not of BA-GP");
    }

    @Test
    void aMappingCanBeSentWithTheFileAndAMistakeInItIsListed() throws IOException {
        String mapping =
                Files.readString(Path.of("..", "ingest", "src", "main", "resources", "mappings", "mk-mvr.yaml"));

        Answer ok = upload(
                TestUsers.REGIONAL_INGEST,
                "/api/v1/reports/tabular",
                sample("mk-mvr-nastani-2024-03.csv"),
                "mk.csv",
                Map.of("mappingFile", mapping));
        Answer bad = upload(
                TestUsers.REGIONAL_INGEST,
                "/api/v1/reports/tabular",
                sample("mk-mvr-nastani-2024-03.csv"),
                "mk.csv",
                Map.of("mappingFile", mapping.replace("field: person.gender", "field: person.sex")));
        Answer unknown = upload(
                TestUsers.REGIONAL_INGEST,
                "/api/v1/reports/tabular",
                sample("mk-mvr-nastani-2024-03.csv"),
                "mk.csv",
                Map.of("mapping", "../../etc/passwd"));

        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("title").asString()).isEqualTo("Mapping refused");
        assertThat(bad.json().get("errors").get(0).asString())
                .startsWith("mapping.yaml: columns[10]: unknown field 'person.sex'");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("parameter").asString()).isEqualTo("mapping");
        assertThat(unknown.json().get("detail").asString())
                .startsWith("No mapping named '../../etc/passwd'; known: al-asp,");
    }

    @Test
    void htcdsGoesInForADeclaredAgencyAndComesOutOnlyToThoseWhoMaySeeIt() throws IOException {
        Answer in = upload(
                TestUsers.REGIONAL_INGEST,
                "/api/v1/reports/htcds",
                sample("htcds-iom-mk-2024.csv"),
                "htcds.csv",
                Map.of(
                        "agency",
                        "MK-MVR",
                        "tlp",
                        "AMBER",
                        "handling",
                        "H2",
                        "grading",
                        "B2",
                        "narrativeLanguage",
                        "en"));
        assertThat(in.status()).as(in.body()).isEqualTo(200);

        Answer mine =
                get(TestUsers.MK_INVESTIGATOR, "/api/v1/exports/htcds?reportId=MK-MVR:MK-2024-017", MediaType.ALL);
        Answer theirs = get(
                TestUsers.RS_INVESTIGATOR,
                "/api/v1/exports/htcds?reportId=MK-MVR:MK-2024-017",
                MediaType.APPLICATION_JSON);

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.contentType()).startsWith("text/csv");
        assertThat(mine.body().lines()).hasSize(5).first().asString().startsWith("cas_CaseNumber,cas_Status,");
        assertThat(mine.body()).contains("Bashkim").doesNotContain("Haddad");
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.json().get("notFound").get(0).asString()).isEqualTo("MK-MVR:MK-2024-017");
        assertThat(theirs.json().get("rows").asInt()).isZero();
    }

    @Test
    void ftmComesOutAsJsonLinesAndGoesBackInAsAnotherAgencysReport() throws IOException {
        upload(
                TestUsers.RS_INGEST,
                "/api/v1/reports/tabular",
                sample("rs-mup-krijumcarenje-2024-03.csv"),
                "rs.csv",
                Map.of("mapping", "rs-mup"));
        String body = "{\"reportIds\": [\"RS-MUP:КУ 1487/24\", \"RS-MUP:КУ 1533/24\"]}";

        Answer export = TestUsers.client(port, TestUsers.RS_INVESTIGATOR)
                .post()
                .uri("/api/v1/exports/ftm")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .exchange((req, res) -> new Answer(
                        res.getStatusCode().value(),
                        String.valueOf(res.getHeaders().getContentType()),
                        new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));

        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/x-ndjson");
        List<JsonNode> entities = export.body().lines().map(JSON::readTree).toList();
        assertThat(entities)
                .extracting(e -> e.get("schema").asString())
                .contains("Person", "Event", "Vehicle", "Address");
        assertThat(export.body()).contains("Џавад Хусеини").doesNotContain("Рахими");

        Answer in = upload(
                TestUsers.REGIONAL_INGEST,
                "/api/v1/reports/ftm",
                export.body().getBytes(StandardCharsets.UTF_8),
                "rs-export.ftm.jsonl",
                Map.of("agency", "HR-MUP", "tlp", "AMBER", "handling", "H1", "grading", "C3", "type", "SOM"));
        Answer missingMarking = upload(
                TestUsers.REGIONAL_INGEST,
                "/api/v1/reports/ftm",
                export.body().getBytes(StandardCharsets.UTF_8),
                "x.jsonl",
                Map.of("grading", "C3", "type", "SOM"));

        assertThat(in.status()).as(in.body()).isEqualTo(200);
        assertThat(in.json().get("reports").get(0).get("reportId").asString()).isEqualTo("HR-MUP:rs-export");
        assertThat(missingMarking.status()).isEqualTo(400);
        assertThat(missingMarking.json().get("parameter").asString()).isEqualTo("tlp");
    }

    @Test
    void exportsNeedAnInvestigatingRoleAndNamedCases() {
        Answer ingestOnly = get(TestUsers.RS_INGEST, "/api/v1/exports/ftm?reportId=RS-MUP:x", MediaType.ALL);
        Answer none = get(TestUsers.RS_INVESTIGATOR, "/api/v1/exports/htcds", MediaType.ALL);
        Answer notAnId = get(TestUsers.RS_INVESTIGATOR, "/api/v1/exports/ftm?reportId=nothing", MediaType.ALL);

        assertThat(ingestOnly.status()).isEqualTo(403);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.json().get("parameter").asString()).isEqualTo("reportIds");
        assertThat(notAnId.status()).isEqualTo(400);
    }
}
