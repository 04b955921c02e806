package org.borderlink.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.api.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/reports} over HTTP, as an agency's system would call it, with the published examples. */
@BorderlinkIntegrationTest
class ReportSubmissionIT {

    private static final Path EXAMPLES = Path.of("../docs/report-format");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private RestClient http;

    @BeforeEach
    void client() {
        http = TestUsers.client(port, TestUsers.REGIONAL_INGEST);
    }

    private static String example(String name) throws IOException {
        return Files.readString(EXAMPLES.resolve("example-" + name + ".json"));
    }

    private static String oneLine(String json) {
        return JSON.readTree(json).toString();
    }

    private record Answer(int status, JsonNode body) {}

    private Answer post(String body, MediaType type) {
        return post(http, body, type);
    }

    private static Answer post(RestClient http, String body, MediaType type) {
        return http.post()
                .uri("/api/v1/reports")
                .contentType(type)
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .exchange((req, res) -> new Answer(
                        res.getStatusCode().value(), JSON.readTree(res.getBody().readAllBytes())));
    }

    @Test
    void anArrayOfTheThreeExamplesIsStoredThenUnchanged() throws IOException {
        String array = "[" + example("som") + "," + example("thb") + "," + example("mixed") + "]";

        Answer first = post(array, MediaType.APPLICATION_JSON);
        Answer again = post(array, MediaType.APPLICATION_JSON);

        assertThat(first.status()).as("%s", first.body()).isEqualTo(200);
        assertThat(first.body().get("stored").asInt()
                        + first.body().get("unchanged").asInt())
                .as("%s", first.body())
                .isEqualTo(3);
        assertThat(again.body().get("unchanged").asInt()).isEqualTo(3);
        assertThat(again.body().get("reports").get(0).get("status").asString()).isEqualTo("UNCHANGED");
    }

    @Test
    void ndjsonWithABadLineStoresTheGoodOnesAndNamesTheBadOne() throws IOException {
        String bad = oneLine(example("som"))
                .replace("\"reference\":\"UGP-PU-SM-412/24\"", "\"reference\":\"NDJSON-BAD\"")
                .replace("\"type\":\"SOM\"", "\"type\":\"SMUGGLING\"");
        String ndjson = oneLine(example("thb")) + "\n" + bad + "\n" + oneLine(example("mixed")) + "\n";

        Answer answer = post(ndjson, MediaType.parseMediaType("application/x-ndjson"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("refused").asInt()).as("%s", answer.body()).isEqualTo(1);
        JsonNode refused = answer.body().get("reports").get(1);
        assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
        assertThat(refused.get("line").asLong()).isEqualTo(2);
        assertThat(refused.get("problems").get(0).get("path").asString()).isEqualTo("$.type");
    }

    @Test
    void aRefusedSingleReportIsAProblemDetailAndStoresNothing() throws IOException {
        String broken = example("som")
                .replace("\"reference\": \"UGP-PU-SM-412/24\"", "\"reference\": \"REFUSED-1\"")
                .replace("\"reportedOn\": \"18.03.2024.\"", "\"reportedOn\": \"31.02.2024.\"");

        Answer answer = post(broken, MediaType.APPLICATION_JSON);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().get("title").asString()).isEqualTo("Report refused");
        List<String> paths = answer.body()
                .get("errors")
                .valueStream()
                .map(e -> e.get("path").asString())
                .toList();
        assertThat(paths).contains("$.reportedOn");
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (r:Report {id: 'RS-MUP:REFUSED-1'}) RETURN count(r) AS c", Map.of())
                            .single()
                            .get("c")
                            .asLong())
                    .isZero();
        }
    }

    @Test
    void malformedJsonIsAClearErrorNotAServerError() {
        Answer answer = post("{\"schemaVersion\": \"1\", \"agency\": ", MediaType.APPLICATION_JSON);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().get("errors").get(0).get("message").asString()).isNotBlank();
    }

    @Test
    void anOversizedRequestIsRefusedNamingTheLimit() {
        // the integration tests run with borderlink.ingest.max-request-size=8MB
        String huge = "[" + ("{\"x\":\"" + "a".repeat(1 << 20) + "\"},").repeat(9) + "{}]";

        Answer answer = post(huge, MediaType.APPLICATION_JSON);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body().get("detail").asString()).contains("borderlink.ingest.max-request-size");
    }

    @Test
    void anAccountMaySubmitOnlyItsOwnAgencysReports() throws IOException {
        RestClient serbian = TestUsers.client(port, TestUsers.RS_INGEST);
        String bosnian = example("mixed").replace("GP-TU-BIH-17-14-2/24", "OWN-AGENCY-ONLY");

        Answer answer = post(serbian, bosnian, MediaType.APPLICATION_JSON);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().get("errors").get(0).get("path").asString()).isEqualTo("$.agency");
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (r:Report) WHERE r.id ENDS WITH ':OWN-AGENCY-ONLY' RETURN count(r) AS c")
                            .single()
                            .get("c")
                            .asLong())
                    .isZero();
        }
    }

    @Test
    void submittingNeedsTheIngestRoleAndALogin() throws IOException {
        String report = example("som").replace("UGP-PU-SM-412/24", "ROLE-CHECK");

        Answer anonymous = post(TestUsers.anonymous(port), report, MediaType.APPLICATION_JSON);
        Answer investigator =
                post(TestUsers.client(port, TestUsers.BA_INVESTIGATOR), report, MediaType.APPLICATION_JSON);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(investigator.status()).isEqualTo(403);
        assertThat(investigator.body().get("title").asString()).isEqualTo("Not allowed");
    }
}
