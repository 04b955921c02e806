package org.borderlink.api.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.api.testing.CaseReports;
import org.borderlink.api.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resolution endpoints as analysts use them: a suggestion made at ingest is listed only to who may see both of
 * its mentions, confirmed (one person), undone (two again, never suggested again), and refused as 404, 400, 403 or
 * 409 where it must be.
 */
@BorderlinkIntegrationTest
class ResolutionApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RUN = ThreadLocalRandom.current()
            .ints(6, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();

    @LocalServerPort
    int port;

    private String serbianRed;
    private String bosnian;
    private String redOnlySuggestion;

    /** Each test its own pair: a RED Serbian report and a GREEN Bosnian one naming the same man, nothing else alike. */
    @BeforeEach
    void seed() {
        String run = RUN + ThreadLocalRandom.current().nextInt(1_000_000);
        String surname = "Хусеини" + RUN + letters(4);
        var ingest = TestUsers.client(port, TestUsers.REGIONAL_INGEST);
        serbianRed = CaseReports.report("RS-MUP", "RES-" + run)
                .marking("RED", "H2")
                .person("DRIVER", "Џавад " + surname)
                .incident("INTERCEPTION", "RS-HR-SID")
                .submit(ingest);
        bosnian = CaseReports.report("BA-GP", "RES-" + run)
                .marking("GREEN", "H0")
                .person("GUIDE", "Dzavad " + latin(surname))
                .incident("CROSSING_ATTEMPT", "BA-BIHAC")
                .submit(ingest);
        redOnlySuggestion = suggestionFrom(bosnian);
    }

    private static String letters(int n) {
        return ThreadLocalRandom.current()
                .ints(n, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static String latin(String surname) {
        return surname.replace("Хусеини", "Huseini");
    }

    private String suggestionFrom(String report) {
        JsonNode list = body(get(TestUsers.RS_INVESTIGATOR, "/api/v1/resolution?status=PENDING&limit=200"));
        for (JsonNode s : list.get("suggestions")) {
            if (s.get("from").get("reportId").asString().equals(report))
                return s.get("id").asString();
        }
        throw new AssertionError("no suggestion from " + report + " in " + list);
    }

    private ResponseEntity<String> get(String user, String path) {
        return TestUsers.client(port, user).get().uri(path).retrieve().toEntity(String.class);
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        return TestUsers.client(port, user)
                .post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(String.class);
    }

    private static JsonNode body(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return JSON.readTree(answer.getBody());
    }

    @Test
    void theSuggestionIsShownWithItsReasonsToWhoMaySeeBothMentionsOnly() {
        JsonNode one = body(get(TestUsers.RS_INVESTIGATOR, "/api/v1/resolution/" + redOnlySuggestion))
                .get("suggestion");

        assertThat(one.get("status").asString()).isEqualTo("PENDING");
        assertThat(one.get("to").get("reportId").asString()).isEqualTo(serbianRed);
        assertThat(one.get("explanation").asString()).startsWith("names match after transliteration");

        ResponseEntity<String> hidden = get(TestUsers.BA_INVESTIGATOR, "/api/v1/resolution/" + redOnlySuggestion);
        ResponseEntity<String> unknown = get(TestUsers.BA_INVESTIGATOR, "/api/v1/resolution/no-such-suggestion");
        assertThat(hidden.getStatusCode().value()).isEqualTo(404);
        assertThat(withoutInstance(hidden.getBody())).isEqualTo(withoutInstance(unknown.getBody()));
        assertThat(get(TestUsers.BA_INVESTIGATOR, "/api/v1/resolution?limit=200")
                        .getBody())
                .doesNotContain(redOnlySuggestion)
                .doesNotContain(serbianRed);
        assertThat(post(
                                TestUsers.BA_INVESTIGATOR,
                                "/api/v1/resolution/" + redOnlySuggestion + "/confirm",
                                "{\"reason\":\"looks alike\"}")
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
    }

    @Test
    void confirmMergesUndoSplitsAndTheUndonePairStaysRejected() {
        String path = "/api/v1/resolution/" + redOnlySuggestion;

        JsonNode merged = body(post(
                        TestUsers.RS_INVESTIGATOR, path + "/confirm", "{\"reason\":\"same phone in SIENA\"}"))
                .get("suggestion");
        assertThat(merged.get("status").asString()).isEqualTo("MERGED");
        assertThat(merged.get("from").get("personId").asString())
                .isEqualTo(merged.get("to").get("personId").asString());
        assertThat(merged.get("mergedReports").toString()).isEqualTo("[\"" + bosnian + "\"]");

        JsonNode undone = body(post(TestUsers.RS_INVESTIGATOR, path + "/undo", "{\"reason\":\"brothers\"}"))
                .get("suggestion");
        assertThat(undone.get("status").asString()).isEqualTo("REJECTED");
        assertThat(undone.get("from").get("personId").asString())
                .isNotEqualTo(undone.get("to").get("personId").asString());

        ResponseEntity<String> again = post(TestUsers.RS_INVESTIGATOR, path + "/confirm", "{\"reason\":\"again\"}");
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void aRejectionNeedsAReasonAndAnAnalystOrInvestigator() {
        String path = "/api/v1/resolution/" + redOnlySuggestion + "/reject";

        assertThat(post(TestUsers.RS_INVESTIGATOR, path, "{}").getStatusCode().value())
                .isEqualTo(400);
        assertThat(post(TestUsers.RS_LIAISON, path, "{\"reason\":\"no\"}")
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        JsonNode rejected = body(post(TestUsers.RS_INVESTIGATOR, path, "{\"reason\":\"different fathers\"}"))
                .get("suggestion");
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("reason").asString()).isEqualTo("different fathers");
        assertThat(body(get(TestUsers.RS_INVESTIGATOR, "/api/v1/resolution?limit=200"))
                        .toString())
                .doesNotContain(redOnlySuggestion);
    }

    /** Problem details name the request path; everything else about a hidden and an unknown id must be the same. */
    private static String withoutInstance(String body) {
        return body.replaceAll("\"instance\":\"[^\"]*\"", "");
    }
}
