package org.borderlink.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.api.testing.CaseReports;
import org.borderlink.api.testing.ReadEndpoints;
import org.borderlink.api.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail as an auditor relies on it: every endpoint writes its event (who, agency, roles, action, purpose,
 * parameters, status, result size, reports) before its answer is out; logins and refusals too; what was searched for
 * is never in the trail in clear; auditors see their country's events and can verify the chain.
 */
@BorderlinkIntegrationTest
class AuditIT {

    private static final String RUN =
            UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail trail;

    private long head() {
        long[] last = {0};
        trail.read(e -> {
            if (e.instance().equals(trail.instance())) last[0] = Math.max(last[0], e.seq());
        });
        return last[0];
    }

    private List<AuditEvent> since(long seq) {
        List<AuditEvent> events = new ArrayList<>();
        trail.read(e -> {
            if (e.instance().equals(trail.instance()) && e.seq() > seq) events.add(e);
        });
        return events;
    }

    private AuditEvent only(List<AuditEvent> events, String user, String path) {
        List<AuditEvent> matching = events.stream()
                .filter(e -> user.equals(e.user()) && path.equals(e.path()))
                .toList();
        assertThat(matching)
                .as("events of %s on %s among %s", user, path, events)
                .hasSize(1);
        return matching.getFirst();
    }

    private static String phone() {
        return "+38164" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    }

    @Test
    void everyReadEndpointWritesItsEventBeforeItAnswers() {
        String phone = phone();
        String name = "Audit Subject" + RUN.toLowerCase();
        String report = CaseReports.report("RS-MUP", "AUDIT-" + RUN)
                .marking("GREEN", "H0")
                .person("ORGANISER", name)
                .phone(phone, "P1")
                .vehicle("KG" + (100 + ThreadLocalRandom.current().nextInt(899)) + "AU", "RS", "P1")
                .document(
                        "PASSPORT",
                        "AF",
                        "A" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999)),
                        "P1")
                .incident("ARREST", "RS-HU-HORGOS")
                .submit(TestUsers.client(port, TestUsers.REGIONAL_INGEST));
        Map<String, String> anchors = new java.util.HashMap<>(Map.of(
                "phone",
                phone,
                "phoneB",
                phone,
                "minorPhone",
                phone,
                "plate",
                "KG123AU",
                "document",
                "PASSPORT:AF:A1234567",
                "name",
                name,
                "report",
                report,
                "shadowReport",
                "RS-MUP:NONE-" + RUN,
                "person",
                report + "#P1",
                "personB",
                report + "#P1"));
        anchors.putAll(Map.of(
                "shadowPerson",
                report + "#P9",
                "shadowName",
                "Nobody Known" + RUN.toLowerCase(),
                "minorName",
                name,
                "suggestion",
                "none-" + RUN,
                "location",
                "RS-HU-HORGOS",
                "from",
                "2026-01-01",
                "to",
                "2026-12-31"));

        for (ReadEndpoints.Call call : ReadEndpoints.all()) {
            long mark = head();
            ResponseEntity<String> answer = call.call(TestUsers.client(port, TestUsers.BA_INVESTIGATOR), port, anchors);
            AuditEvent event = only(since(mark), TestUsers.BA_INVESTIGATOR, pathOf(call, anchors));

            assertThat(event.agency()).as(call.name()).isEqualTo("BA-GP");
            assertThat(event.roles()).as(call.name()).containsExactly("ANALYST", "INVESTIGATOR");
            assertThat(event.purpose()).as(call.name()).isEqualTo("integration test");
            assertThat(event.status())
                    .as(call.name())
                    .isEqualTo(answer.getStatusCode().value());
            assertThat(event.action()).as(call.name()).isIn(AuditAction.READ, AuditAction.SEARCH, AuditAction.EXPORT);
            if (answer.getStatusCode().value() == 200) {
                assertThat(event.resultSize())
                        .as("%s: its answer tells the audit its size (implement AuditSummary)", call.name())
                        .isNotNull();
            }
        }
    }

    private static String pathOf(ReadEndpoints.Call call, Map<String, String> anchors) {
        String uri = call.uri().replaceAll("\\?.*", "");
        Matcher m = Pattern.compile("\\{([A-Za-z]+)}").matcher(uri);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(anchors.get(m.group(1))));
        m.appendTail(out);
        return out.toString();
    }

    @Test
    void changesAndDecisionsAreAuditedWithTheReportsTheyTouch() {
        String phone = phone();
        long mark = head();
        String report = CaseReports.report("RS-MUP", "AUDITW-" + RUN)
                .marking("RED", "H1")
                .person("ORGANISER", "Vuk Pisac")
                .phone(phone, "P1")
                .incident("ARREST", "RS-HU-HORGOS")
                .submit(TestUsers.client(port, TestUsers.REGIONAL_INGEST));
        TestUsers.client(port, TestUsers.RS_LIAISON)
                .put()
                .uri(u ->
                        u.path("/api/v1/markings").queryParam("report", report).build())
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"tlp\":\"RED\",\"handling\":\"H2\"}")
                .retrieve()
                .toBodilessEntity();
        String request = TestUsers.client(port, TestUsers.AL_INVESTIGATOR)
                .post()
                .uri("/api/v1/access-requests")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("type", "phone", "value", phone, "agency", "RS-MUP", "justification", "case AL 4/26"))
                .retrieve()
                .body(JsonNode.class)
                .get("id")
                .asString();
        TestUsers.client(port, TestUsers.RS_LIAISON)
                .post()
                .uri("/api/v1/access-requests/{id}/decision", request)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("decision", "REFUSE", "reason", "not now"))
                .retrieve()
                .toBodilessEntity();
        List<AuditEvent> events = since(mark);

        AuditEvent ingest = only(events, TestUsers.REGIONAL_INGEST, "/api/v1/reports");
        assertThat(ingest.action()).isEqualTo(AuditAction.INGEST);
        AuditEvent share = only(events, TestUsers.RS_LIAISON, "/api/v1/markings");
        assertThat(share.action()).isEqualTo(AuditAction.SHARE);
        assertThat(share.reportIds()).containsExactly(report);
        assertThat(share.parameters()).containsEntry("report", report);
        AuditEvent filed = only(events, TestUsers.AL_INVESTIGATOR, "/api/v1/access-requests");
        assertThat(filed.action()).isEqualTo(AuditAction.ACCESS_REQUEST);
        assertThat(filed.reportIds())
                .as("the owner's auditors see who asked for their report")
                .containsExactly(report);
        AuditEvent decided = only(events, TestUsers.RS_LIAISON, "/api/v1/access-requests/" + request + "/decision");
        assertThat(decided.action()).isEqualTo(AuditAction.ACCESS_DECISION);
        assertThat(decided.reportIds()).containsExactly(report);
        assertThat(decided.status()).isEqualTo(200);
    }

    @Test
    void loginsFailedLoginsAndRefusalsAreAudited() {
        long mark = head();
        TestUsers.anonymous(port)
                .get()
                .uri("/api/v1/me")
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString(("al-investigator:wrong-" + RUN).getBytes()))
                .retrieve()
                .toBodilessEntity();
        TestUsers.anonymous(port)
                .get()
                .uri("/api/v1/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer not.a.token")
                .retrieve()
                .toBodilessEntity();
        String token = TestUsers.token(port, TestUsers.AL_INVESTIGATOR);
        int forbidden = TestUsers.client(port, TestUsers.BA_INVESTIGATOR)
                .get()
                .uri("/api/v1/audit/events")
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value();
        List<AuditEvent> events = since(mark);

        assertThat(events)
                .filteredOn(e -> e.action() == AuditAction.LOGIN_FAILED && "al-investigator".equals(e.user()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.parameters())
                            .containsEntry("method", "basic")
                            .containsEntry("reason", "BadCredentialsException");
                    assertThat(e.toString()).doesNotContain("wrong-" + RUN);
                });
        assertThat(events)
                .filteredOn(e -> e.action() == AuditAction.LOGIN_FAILED
                        && "bearer".equals(e.parameters().get("method")))
                .singleElement()
                .satisfies(e -> assertThat(e.user()).isNull());
        AuditEvent login = only(events, TestUsers.AL_INVESTIGATOR, "/api/v1/auth/token");
        assertThat(login.action()).isEqualTo(AuditAction.LOGIN);
        assertThat(events.toString()).doesNotContain(token);
        assertThat(forbidden).isEqualTo(403);
        AuditEvent refused = only(events, TestUsers.BA_INVESTIGATOR, "/api/v1/audit/events");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.action()).isEqualTo(AuditAction.AUDIT);
    }

    @Test
    void aBrowserLoginIsAuditedAndItsSessionStillNeedsItsCsrfToken() {
        long mark = head();
        // as the UI does (ui-static api.js): any page mints the XSRF-TOKEN cookie, sent back as a header
        ResponseEntity<String> page =
                TestUsers.anonymous(port).get().uri("/login").retrieve().toEntity(String.class);
        String cookie = cookies(page.getHeaders());
        Matcher csrf = Pattern.compile("XSRF-TOKEN=([^;]+)").matcher(cookie);
        assertThat(csrf.find()).as("the session's CSRF token: %s", page).isTrue();
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", TestUsers.MK_INVESTIGATOR);
        form.add("password", TestUsers.PASSWORD);

        ResponseEntity<Void> login = TestUsers.anonymous(port)
                .post()
                .uri("/login")
                .header(HttpHeaders.COOKIE, cookie)
                .header("X-XSRF-TOKEN", csrf.group(1))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .toBodilessEntity();
        assertThat(login.getStatusCode().value()).isEqualTo(302);
        String session = login.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .map(c -> c.split(";")[0])
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();

        assertThat(since(mark))
                .filteredOn(e -> e.action() == AuditAction.LOGIN && TestUsers.MK_INVESTIGATOR.equals(e.user()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.agency()).isEqualTo("MK-MVR");
                    assertThat(e.parameters()).containsEntry("method", "form");
                });
        int withoutToken = TestUsers.anonymous(port)
                .post()
                .uri("/api/v1/access-requests")
                .header(HttpHeaders.COOKIE, session)
                .header("X-Purpose", "csrf check")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{}")
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value();
        assertThat(withoutToken)
                .as("a change through the session cookie alone is refused")
                .isEqualTo(403);
        int read = TestUsers.anonymous(port)
                .get()
                .uri("/api/v1/me")
                .header(HttpHeaders.COOKIE, session)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value();
        assertThat(read).isEqualTo(200);
    }

    private static String cookies(HttpHeaders headers) {
        return String.join(
                "; ",
                headers.getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                        .map(c -> c.split(";")[0])
                        .toList());
    }

    @Test
    void theTrailNeverHoldsWhatWasSearchedForButAuditorsCanStillFindIt() throws IOException {
        String phone = phone();
        String name = "Nadir Trazeni" + RUN.toLowerCase();
        TestUsers.client(port, TestUsers.RS_INVESTIGATOR)
                .get()
                .uri(u -> u.path("/api/v1/hits")
                        .queryParam("type", "phone")
                        .queryParam("value", "{v}")
                        .build(phone))
                .retrieve()
                .toBodilessEntity();
        TestUsers.client(port, TestUsers.RS_INVESTIGATOR)
                .get()
                .uri(u -> u.path("/api/v1/hits")
                        .queryParam("type", "name")
                        .queryParam("value", "{v}")
                        .build(name))
                .retrieve()
                .toBodilessEntity();

        for (var chain : AuditChain.chains(trail.directory())) {
            String text = Files.readString(chain);
            assertThat(text).doesNotContain(phone.substring(1)).doesNotContain("Trazeni");
        }
        JsonNode found = TestUsers.client(port, TestUsers.AUDITOR)
                .get()
                .uri(u ->
                        u.path("/api/v1/audit/events").queryParam("term", "{t}").build(phone))
                .retrieve()
                .body(JsonNode.class);
        assertThat(found.get("events")).singleElement().satisfies(e -> {
            assertThat(e.get("user").asString()).isEqualTo(TestUsers.RS_INVESTIGATOR);
            assertThat(e.get("action").asString()).isEqualTo("SEARCH");
        });
    }

    @Test
    void auditorsSeeTheirCountryAndVerifyTheChains() {
        String phone = phone();
        String report = CaseReports.report("RS-MUP", "AUDITS-" + RUN)
                .marking("AMBER", "H1", "BA")
                .person("ORGANISER", "Sima Nadzor")
                .phone(phone, "P1")
                .incident("ARREST", "RS-HU-HORGOS")
                .submit(TestUsers.client(port, TestUsers.REGIONAL_INGEST));
        TestUsers.client(port, TestUsers.BA_INVESTIGATOR)
                .get()
                .uri(u ->
                        u.path("/api/v1/markings").queryParam("report", report).build())
                .retrieve()
                .toBodilessEntity();

        JsonNode serbian = TestUsers.client(port, TestUsers.AUDITOR)
                .get()
                .uri(u -> u.path("/api/v1/audit/events")
                        .queryParam("report", report)
                        .build())
                .retrieve()
                .body(JsonNode.class);
        assertThat(serbian.get("events")
                        .valueStream()
                        .filter(e -> e.path("user").asString("").equals(TestUsers.BA_INVESTIGATOR)))
                .as("a Bosnian officer read a Serbian report: the Serbian auditor sees who, when, why, not how")
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.get("purpose").asString()).isEqualTo("integration test");
                    assertThat(e.has("path")).isFalse();
                    assertThat(e.get("parameters").isEmpty()).isTrue();
                });
        JsonNode bosnian = TestUsers.client(port, TestUsers.BA_AUDITOR)
                .get()
                .uri(u -> u.path("/api/v1/audit/events")
                        .queryParam("user", TestUsers.BA_INVESTIGATOR)
                        .queryParam("action", "READ")
                        .queryParam("limit", 1)
                        .build())
                .retrieve()
                .body(JsonNode.class);
        assertThat(bosnian.get("events")).singleElement().satisfies(e -> {
            assertThat(e.get("path").asString()).isEqualTo("/api/v1/markings");
            assertThat(e.get("reportIds").isEmpty())
                    .as("Serbian report ids stay with Serbia")
                    .isTrue();
        });
        JsonNode albanian = TestUsers.client(port, TestUsers.BA_AUDITOR)
                .get()
                .uri(u -> u.path("/api/v1/audit/events")
                        .queryParam("agency", "AL-ASP")
                        .build())
                .retrieve()
                .body(JsonNode.class);
        assertThat(albanian.get("events").valueStream())
                .as("Albanian officers' events reach a Bosnian auditor only where they touched Bosnian reports")
                .allSatisfy(e -> {
                    assertThat(e.get("reportIds").valueStream().map(JsonNode::asString))
                            .isNotEmpty()
                            .allMatch(id -> id.startsWith("BA-"));
                    assertThat(e.has("path")).isFalse();
                });

        JsonNode verified = TestUsers.client(port, TestUsers.AUDITOR)
                .get()
                .uri("/api/v1/audit/verify")
                .retrieve()
                .body(JsonNode.class);
        assertThat(verified.get("intact").asBoolean()).isTrue();
        assertThat(verified.get("chains").valueStream().map(c -> c.get("file").asString()))
                .contains("audit-" + trail.instance() + ".jsonl");
        assertThat(verified.get("chains").get(0).get("head").get("seq").asLong())
                .isPositive();
    }
}
