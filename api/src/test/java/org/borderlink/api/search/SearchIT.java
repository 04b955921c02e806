package org.borderlink.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.api.testing.CaseReports;
import org.borderlink.api.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/search} as clients call it, against the whole application: names across scripts, a phone in
 * local notation, hit/no-hit for what the caller may not see, problem details for bad requests, roles.
 */
@BorderlinkIntegrationTest
class SearchIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Letters only, so it can be part of a name in either script. */
    private static final String RUN = ThreadLocalRandom.current()
            .ints(6, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();

    private static final String DIGITS =
            String.valueOf(100_000 + ThreadLocalRandom.current().nextInt(900_000));

    private static String serbian;
    private static String bosnian;
    private static String hidden;

    @LocalServerPort
    int port;

    @BeforeEach
    void seedOnce() {
        if (serbian != null) return;
        var ingest = TestUsers.client(port, TestUsers.REGIONAL_INGEST);
        serbian = CaseReports.report("RS-MUP", "SEARCH-" + RUN)
                .marking("GREEN", "H0")
                .person("DRIVER", "Џавад Хусеини" + RUN)
                .phone("+387 61 " + DIGITS, "P1")
                .incident("INTERCEPTION", "RS-HR-SID")
                .submit(ingest);
        bosnian = CaseReports.report("BA-GP", "SEARCH-" + RUN)
                .marking("GREEN", "H0")
                .narrative("The guide called 061 " + DIGITS + " before the crossing.")
                .person("GUIDE", "Dzavad Huseini" + RUN)
                .phone("061 " + DIGITS, "P1")
                .incident("CROSSING_ATTEMPT", "RS-HR-SID")
                .submit(ingest);
        hidden = CaseReports.report("RS-MUP", "SEARCH-RED-" + RUN)
                .marking("RED", "H2")
                .person("ORGANISER", "Xhavad Husejni" + RUN)
                .incident("ARREST", "RS-HR-SID")
                .submit(ingest);
    }

    private ResponseEntity<String> search(String user, String query) {
        return TestUsers.client(port, user)
                .get()
                .uri(u -> u.path("/api/v1/search").query(query).build())
                .retrieve()
                .toEntity(String.class);
    }

    private JsonNode ok(String user, String query) {
        ResponseEntity<String> answer = search(user, query);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return JSON.readTree(answer.getBody());
    }

    private static List<String> reportsOf(JsonNode answer, String type) {
        List<String> reports = new ArrayList<>();
        answer.get("hits").forEach(h -> {
            if (h.get("type").asString().equals(type)) h.get("reportIds").forEach(r -> reports.add(r.asString()));
        });
        return reports;
    }

    @Test
    void aCyrillicNameFindsTheLatinRecordAndTheReverse() {
        for (String name : List.of("Dzavad Huseini" + RUN, "Џавад Хусеини" + RUN, "JAWAD HUSSEINI" + RUN)) {
            JsonNode answer = ok(TestUsers.BA_INVESTIGATOR, "q=" + name + "&types=person");
            assertThat(reportsOf(answer, "person")).as(name).containsExactlyInAnyOrder(serbian, bosnian);
        }
        JsonNode answer = ok(TestUsers.BA_INVESTIGATOR, "q=Dzavad Huseini" + RUN + "&types=person");
        assertThat(answer.toString()).contains("<mark>Џавад</mark>");
    }

    @Test
    void aPhoneInLocalNotationIsTheFirstHitAndTheNarrativeComesAfter() {
        JsonNode answer = ok(TestUsers.BA_INVESTIGATOR, "q=061 " + DIGITS);

        JsonNode first = answer.get("hits").get(0);
        assertThat(first.get("type").asString()).isEqualTo("phone");
        assertThat(first.get("id").asString()).isEqualTo("+38761" + DIGITS);
        assertThat(first.get("matchedBy").asString()).isEqualTo("selector");
        assertThat(reportsOf(answer, "report")).containsExactly(bosnian);
    }

    @Test
    void whatTheCallerMayNotSeeIsOnlyCountedPerAgency() {
        JsonNode bosnianView = ok(TestUsers.BA_INVESTIGATOR, "q=Xhavad Husejni" + RUN + "&types=person");
        JsonNode owner = ok(TestUsers.RS_INVESTIGATOR, "q=Xhavad Husejni" + RUN + "&types=person");

        assertThat(reportsOf(bosnianView, "person")).doesNotContain(hidden);
        assertThat(bosnianView.get("hiddenHits").toString()).isEqualTo("[{\"agency\":\"RS-MUP\",\"count\":1}]");
        assertThat(bosnianView.toString()).doesNotContain(hidden);
        assertThat(reportsOf(owner, "person")).contains(hidden);
        assertThat(owner.get("hiddenHits").toString()).isEqualTo("[]");
    }

    @Test
    void badSearchesAreAnsweredAsProblemDetails() {
        for (String query : List.of("types=person", "q=", "q=x&types=bogus", "q=x&limit=0", "q=x&limit=1000")) {
            ResponseEntity<String> answer = search(TestUsers.BA_INVESTIGATOR, query);
            assertThat(answer.getStatusCode().value()).as(query).isEqualTo(400);
            assertThat(answer.getHeaders().getContentType()).as(query).hasToString("application/problem+json");
        }
    }

    @Test
    void onlyInvestigatorsAnalystsAndLiaisonOfficersSearch() {
        assertThat(search(TestUsers.RS_LIAISON, "q=Huseini" + RUN)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(search(TestUsers.RS_INGEST, "q=Huseini" + RUN)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(search(TestUsers.AUDITOR, "q=Huseini" + RUN).getStatusCode().value())
                .isEqualTo(403);
    }
}
