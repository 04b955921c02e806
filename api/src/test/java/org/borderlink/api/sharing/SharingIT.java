package org.borderlink.api.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.api.testing.CaseReports;
import org.borderlink.api.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Sharing as liaison officers and investigators of several agencies live it: RED and AMBER+STRICT stay where they
 * belong, a narrowed share is narrowed at once, hit/no-hit answers and access requests lead to a grant or a refusal,
 * and minors are found only as hits until their owner grants them.
 */
@BorderlinkIntegrationTest
class SharingIT {

    private static final String RUN =
            UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private RestClient as(String user) {
        return TestUsers.client(port, user);
    }

    private String submit(CaseReports report) {
        return report.submit(as(TestUsers.REGIONAL_INGEST));
    }

    private static String phone() {
        return "+38164" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    }

    private JsonNode hits(String user, String type, String value) {
        ResponseEntity<JsonNode> answer = as(user).get()
                .uri(u -> u.path("/api/v1/hits")
                        .queryParam("type", "{type}")
                        .queryParam("value", "{value}")
                        .build(type, value))
                .retrieve()
                .toEntity(JsonNode.class);
        assertThat(answer.getStatusCode().value()).as("hits for %s", user).isEqualTo(200);
        return answer.getBody();
    }

    private static List<String> visible(JsonNode hits) {
        return hits.get("reportIds").valueStream().map(JsonNode::asString).toList();
    }

    private static Map<String, Integer> hidden(JsonNode hits) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        hits.get("hiddenHits")
                .forEach(h -> out.put(h.get("agency").asString(), h.get("count").asInt()));
        return out;
    }

    private ResponseEntity<JsonNode> changeMarking(String user, String report, String body) {
        return as(user).put()
                .uri(u ->
                        u.path("/api/v1/markings").queryParam("report", report).build())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    private List<List<String>> audiencesOfFacts(String report) {
        try (var session = driver.session()) {
            return session.run("MATCH ()-[f {reportId: $id}]->() RETURN DISTINCT f.aud AS aud", Map.of("id", report))
                    .list(r -> r.get("aud").asList(Value::asString));
        }
    }

    @Test
    void aRedReportStaysWithItsAgency() {
        String phone = phone();
        String red = submit(CaseReports.report("RS-MUP", "RED-" + RUN)
                .marking("RED", "H2")
                .person("ORGANISER", "Dragan Redić")
                .phone(phone, "P1")
                .incident("ARREST", "RS-HR-SID"));

        assertThat(visible(hits(TestUsers.RS_INVESTIGATOR, "phone", phone))).containsExactly(red);
        for (String other : List.of(
                TestUsers.BA_INVESTIGATOR,
                TestUsers.AL_INVESTIGATOR,
                TestUsers.MK_INVESTIGATOR,
                TestUsers.ME_INVESTIGATOR,
                TestUsers.HU_INVESTIGATOR)) {
            JsonNode answer = hits(other, "phone", phone);
            assertThat(visible(answer)).as(other).isEmpty();
            assertThat(hidden(answer)).as(other).isEqualTo(Map.of("RS-MUP", 1));
            assertThat(answer.toString()).as(other).doesNotContain(red).doesNotContain("Dragan");
        }
    }

    @Test
    void aCorrectionThatRepeatsTheSubmittedMarkingKeepsTheNarrowingMadeHere() {
        String phone = phone();
        String later = phone();
        CaseReports report = CaseReports.report("RS-MUP", "KEEP-" + RUN)
                .marking("GREEN", "H0")
                .person("DRIVER", "Kosta Čuvarić")
                .phone(phone, "P1")
                .incident("INTERCEPTION", "RS-HU-HORGOS");
        String id = submit(report);
        assertThat(visible(hits(TestUsers.BA_INVESTIGATOR, "phone", phone))).containsExactly(id);

        // a victim is at risk: RS-MUP's liaison officer narrows the report here
        assertThat(changeMarking(TestUsers.RS_LIAISON, id, "{\"tlp\":\"RED\",\"handling\":\"H2\"}")
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        // the national system then sends a correction with the marking it always had
        submit(report.version(2).phone(later, "P1"));

        for (String p : List.of(phone, later)) {
            JsonNode answer = hits(TestUsers.BA_INVESTIGATOR, "phone", p);
            assertThat(visible(answer))
                    .as("the narrowing holds for version 2 (%s)", p)
                    .isEmpty();
            assertThat(hidden(answer)).isEqualTo(Map.of("RS-MUP", 1));
        }
        assertThat(audiencesOfFacts(id)).containsOnly(List.of("agency:RS-MUP"));
        JsonNode marking = as(TestUsers.RS_LIAISON)
                .get()
                .uri(u -> u.path("/api/v1/markings").queryParam("report", id).build())
                .retrieve()
                .body(JsonNode.class);
        assertThat(marking.get("tlp").asString()).isEqualTo("RED");
        assertThat(marking.get("handling").asString()).isEqualTo("H2");

        // a correction whose marking the national system changed is the owner's new decision, and replaces ours
        submit(report.version(3).marking("AMBER", "H1", "BA"));
        assertThat(visible(hits(TestUsers.BA_INVESTIGATOR, "phone", later))).containsExactly(id);
        assertThat(visible(hits(TestUsers.AL_INVESTIGATOR, "phone", later))).isEmpty();
    }

    @Test
    void liaisonOfficersListTheirOwnAgencysReportsAndNoOneElses() {
        String red = submit(CaseReports.report("RS-MUP", "OWN-RED-" + RUN)
                .marking("RED", "H2")
                .person("DRIVER", "Ognjen Vlastić")
                .incident("ARREST", "RS-HR-SID"));
        String bosnian = submit(CaseReports.report("BA-GP", "OWN-" + RUN)
                .marking("GREEN", "H0")
                .person("DRIVER", "Osman Vlastić")
                .incident("INTERCEPTION", "RS-HR-SID"));

        JsonNode own = as(TestUsers.RS_LIAISON)
                .get()
                .uri(u -> u.path("/api/v1/markings/own")
                        .queryParam("reference", "own-red-" + RUN)
                        .build())
                .retrieve()
                .body(JsonNode.class);
        assertThat(own.get("total").asLong()).isEqualTo(1);
        JsonNode only = own.get("reports").get(0);
        assertThat(only.get("reportId").asString()).isEqualTo(red);
        assertThat(only.get("tlp").asString()).isEqualTo("RED");
        assertThat(only.get("handling").asString()).isEqualTo("H2");

        // the Bosnian liaison officer's list has their GREEN report and never the Serbian RED one
        JsonNode theirs = as(TestUsers.BA_LIAISON)
                .get()
                .uri(u -> u.path("/api/v1/markings/own")
                        .queryParam("reference", RUN)
                        .build())
                .retrieve()
                .body(JsonNode.class);
        assertThat(theirs.toString()).contains(bosnian).doesNotContain(red);
        assertThat(theirs.get("reports")
                        .valueStream()
                        .map(r -> r.get("reportId").asString()))
                .allMatch(id -> id.startsWith("BA-GP:"));

        // investigators open reports from the chart; the list of an agency's cases is the liaison officers'
        ResponseEntity<String> investigator = as(TestUsers.RS_INVESTIGATOR)
                .get()
                .uri("/api/v1/markings/own")
                .retrieve()
                .onStatus(status -> true, (request, response) -> {})
                .toEntity(String.class);
        assertThat(investigator.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aReportOthersMayNotSeeAnswersExactlyLikeOneThatDoesNotExist() {
        String red = submit(CaseReports.report("RS-MUP", "GHOST-" + RUN)
                .marking("RED", "H0")
                .person("DRIVER", "Goran Ghostić")
                .incident("INTERCEPTION", "RS-HU-HORGOS"));
        String missing = "RS-MUP:NEVER-" + RUN;

        ResponseEntity<String> hiddenAnswer = as(TestUsers.BA_INVESTIGATOR)
                .get()
                .uri(u -> u.path("/api/v1/markings").queryParam("report", red).build())
                .retrieve()
                .toEntity(String.class);
        ResponseEntity<String> missingAnswer = as(TestUsers.BA_INVESTIGATOR)
                .get()
                .uri(u ->
                        u.path("/api/v1/markings").queryParam("report", missing).build())
                .retrieve()
                .toEntity(String.class);

        assertThat(hiddenAnswer.getStatusCode()).isEqualTo(missingAnswer.getStatusCode());
        assertThat(hiddenAnswer.getStatusCode().value()).isEqualTo(404);
        assertThat(hiddenAnswer.getBody().replace(red, "ID"))
                .isEqualTo(missingAnswer.getBody().replace(missing, "ID"));
        assertThat(as(TestUsers.RS_INVESTIGATOR)
                        .get()
                        .uri(u -> u.path("/api/v1/markings")
                                .queryParam("report", red)
                                .build())
                        .retrieve()
                        .body(JsonNode.class)
                        .get("tlp")
                        .asString())
                .isEqualTo("RED");
    }

    @Test
    void amberStrictReachesTheNamedAgencyAndNoOneElse() {
        String phone = phone();
        String strict = submit(CaseReports.report("RS-MUP", "STRICT-" + RUN)
                .marking("AMBER+STRICT", "H1", "ME-UP")
                .person("GUIDE", "Stefan Strikić")
                .phone(phone, "P1")
                .incident("CROSSING_ATTEMPT", "RS-HR-SID"));

        assertThat(visible(hits(TestUsers.ME_INVESTIGATOR, "phone", phone))).containsExactly(strict);
        assertThat(visible(hits(TestUsers.BA_INVESTIGATOR, "phone", phone))).isEmpty();
        assertThat(visible(hits(TestUsers.MK_INVESTIGATOR, "phone", phone))).isEmpty();
        JsonNode marking = as(TestUsers.ME_INVESTIGATOR)
                .get()
                .uri(u ->
                        u.path("/api/v1/markings").queryParam("report", strict).build())
                .retrieve()
                .body(JsonNode.class);
        assertThat(marking.get("tlp").asString()).isEqualTo("AMBER+STRICT");
        assertThat(marking.has("releasableTo"))
                .as("only the owner reads the releasability")
                .isFalse();
    }

    @Test
    void narrowingAShareTakesEffectForEveryoneAtOnce() {
        String phone = phone();
        String report = submit(CaseReports.report("RS-MUP", "NARROW-" + RUN)
                .marking("GREEN", "H0")
                .person("ORGANISER", "Nenad Narović")
                .phone(phone, "P1")
                .person("DRIVER", "Dušan Vozač")
                .relation("ASSOCIATE_OF", "P1", "P3")
                .incident("ARREST", "RS-HU-KELEBIJA"));
        assertThat(visible(hits(TestUsers.BA_INVESTIGATOR, "phone", phone))).containsExactly(report);
        long sequenceBefore = ingestSeq(report);

        ResponseEntity<JsonNode> narrowed =
                changeMarking(TestUsers.RS_LIAISON, report, "{\"tlp\":\"RED\",\"handling\":\"H2\"}");

        assertThat(narrowed.getStatusCode().value()).isEqualTo(200);
        assertThat(narrowed.getBody().get("audience").valueStream().map(JsonNode::asString))
                .containsExactly("agency:RS-MUP");
        assertThat(visible(hits(TestUsers.BA_INVESTIGATOR, "phone", phone))).isEmpty();
        assertThat(hidden(hits(TestUsers.BA_INVESTIGATOR, "phone", phone))).containsEntry("RS-MUP", 1);
        assertThat(audiencesOfFacts(report)).containsExactly(List.of("agency:RS-MUP"));
        long sequenceAfter = ingestSeq(report);
        assertThat(sequenceAfter).isGreaterThan(sequenceBefore);
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (s:Sequence {id: 'ingest'}) RETURN s.value AS v")
                            .single()
                            .get("v")
                            .asLong())
                    .as("the report took the counter's newest value, so the search index re-reads it")
                    .isGreaterThanOrEqualTo(sequenceAfter);
        }

        ResponseEntity<JsonNode> widened = changeMarking(
                TestUsers.RS_LIAISON, report, "{\"tlp\":\"AMBER\",\"handling\":\"H1\",\"releasableTo\":[\"BA\"]}");
        assertThat(widened.getBody().get("audience").valueStream().map(JsonNode::asString))
                .containsExactly("agency:RS-MUP", "country:BA");
        assertThat(visible(hits(TestUsers.BA_INVESTIGATOR, "phone", phone))).containsExactly(report);
        assertThat(visible(hits(TestUsers.AL_INVESTIGATOR, "phone", phone))).isEmpty();
    }

    private long ingestSeq(String report) {
        try (var session = driver.session()) {
            Value seq = session.run("MATCH (r:Report {id: $id}) RETURN r.ingestSeq AS s", Map.of("id", report))
                    .single()
                    .get("s");
            return seq.isNull() ? 0 : seq.asLong();
        }
    }

    @Test
    void onlyTheOwningAgencysLiaisonOfficersDecide() {
        String green = submit(CaseReports.report("RS-MUP", "OWNED-" + RUN)
                .marking("GREEN", "H0")
                .person("ORGANISER", "Ognjen Vlasnik")
                .incident("ARREST", "RS-HR-SID"));
        String red = submit(CaseReports.report("RS-MUP", "OWNEDRED-" + RUN)
                .marking("RED", "H0")
                .person("ORGANISER", "Ognjen Crveni")
                .incident("ARREST", "RS-HR-SID"));
        String body = "{\"tlp\":\"CLEAR\",\"handling\":\"H0\"}";

        assertThat(changeMarking(TestUsers.BA_LIAISON, green, body)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(changeMarking(TestUsers.BA_LIAISON, red, body)
                        .getStatusCode()
                        .value())
                .as("a report they may not see does not exist for them")
                .isEqualTo(404);
        assertThat(changeMarking(TestUsers.RS_INVESTIGATOR, green, body)
                        .getStatusCode()
                        .value())
                .as("an investigator of the owner is no liaison officer")
                .isEqualTo(403);
        ResponseEntity<JsonNode> invalid = changeMarking(
                TestUsers.RS_LIAISON, green, "{\"tlp\":\"RED\",\"handling\":\"H0\",\"releasableTo\":[\"BA\"]}");
        assertThat(invalid.getStatusCode().value()).isEqualTo(400);
        assertThat(invalid.getBody().get("detail").asString()).contains("named agencies only");
        assertThat(audiencesOfFacts(green)).containsExactly(List.of("agency:RS-MUP", "region:WB"));
    }

    private ResponseEntity<JsonNode> file(String user, String type, String value, String agency) {
        return as(user).post()
                .uri("/api/v1/access-requests")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "type", type,
                        "value", value,
                        "agency", agency,
                        "justification", "Operation Drina " + RUN + ": the number appears in our case BA-GP 17/26"))
                .retrieve()
                .toEntity(JsonNode.class);
    }

    private ResponseEntity<JsonNode> decide(String user, String id, Map<String, Object> decision) {
        return as(user).post()
                .uri("/api/v1/access-requests/{id}/decision", id)
                .contentType(MediaType.APPLICATION_JSON)
                .body(decision)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    private JsonNode requestIn(JsonNode list, String id) {
        return list.get("requests")
                .valueStream()
                .filter(r -> r.get("id").asString().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("request " + id + " not in " + list));
    }

    @Test
    void aHitLeadsToAnAccessRequestWhichTheOwnerGrants() {
        String phone = phone();
        String red = submit(CaseReports.report("RS-MUP", "GRANT-" + RUN)
                .marking("RED", "H1")
                .person("MONEY_HANDLER", "Hasan Havaladar")
                .phone(phone, "P1")
                .incident("PAYMENT", "RS-HR-SID"));
        assertThat(hidden(hits(TestUsers.BA_INVESTIGATOR, "phone", phone))).isEqualTo(Map.of("RS-MUP", 1));

        ResponseEntity<JsonNode> filed = file(TestUsers.BA_INVESTIGATOR, "phone", phone, "RS-MUP");
        assertThat(filed.getStatusCode().value()).isEqualTo(201);
        String id = filed.getBody().get("id").asString();
        assertThat(filed.getBody().get("status").asString()).isEqualTo("PENDING");
        assertThat(filed.getBody().get("matchingRecords").asInt()).isEqualTo(1);
        assertThat(filed.getBody().toString()).doesNotContain(red);

        JsonNode received = requestIn(
                as(TestUsers.RS_LIAISON)
                        .get()
                        .uri("/api/v1/access-requests/received?status=PENDING")
                        .retrieve()
                        .body(JsonNode.class),
                id);
        assertThat(received.get("reportIds").valueStream().map(JsonNode::asString))
                .containsExactly(red);
        assertThat(received.get("requesterAgency").asString()).isEqualTo("BA-GP");
        assertThat(decide(TestUsers.BA_LIAISON, id, Map.of("decision", "GRANT"))
                        .getStatusCode()
                        .value())
                .as("only the owner's liaison officers see or decide it")
                .isEqualTo(404);

        ResponseEntity<JsonNode> granted = decide(
                TestUsers.RS_LIAISON, id, Map.of("decision", "GRANT", "handling", "H2", "reason", "shared case"));
        assertThat(granted.getStatusCode().value()).isEqualTo(200);
        assertThat(granted.getBody().get("status").asString()).isEqualTo("GRANTED");

        assertThat(visible(hits(TestUsers.BA_INVESTIGATOR, "phone", phone))).containsExactly(red);
        assertThat(visible(hits(TestUsers.AL_INVESTIGATOR, "phone", phone))).isEmpty();
        JsonNode mine = requestIn(
                as(TestUsers.BA_INVESTIGATOR)
                        .get()
                        .uri("/api/v1/access-requests/mine")
                        .retrieve()
                        .body(JsonNode.class),
                id);
        assertThat(mine.get("status").asString()).isEqualTo("GRANTED");
        assertThat(mine.get("grantedReportIds").valueStream().map(JsonNode::asString))
                .containsExactly(red);
        JsonNode marking = as(TestUsers.RS_LIAISON)
                .get()
                .uri(u -> u.path("/api/v1/markings").queryParam("report", red).build())
                .retrieve()
                .body(JsonNode.class);
        assertThat(marking.get("releasableTo").valueStream().map(JsonNode::asString))
                .containsExactly("BA-GP");
        assertThat(marking.get("handling").asString()).isEqualTo("H2");
        assertThat(decide(TestUsers.RS_LIAISON, id, Map.of("decision", "REFUSE", "reason", "changed my mind"))
                        .getStatusCode()
                        .value())
                .isEqualTo(409);
    }

    @Test
    void aRefusalStatesItsReasonAndChangesNothing() {
        String phone = phone();
        submit(CaseReports.report("RS-MUP", "REFUSE-" + RUN)
                .marking("AMBER+STRICT", "H1")
                .person("RECRUITER", "Rade Odbijeni")
                .phone(phone, "P1")
                .incident("RECRUITMENT", "RS-HR-SID"));
        String id = file(TestUsers.AL_INVESTIGATOR, "phone", phone, "RS-MUP")
                .getBody()
                .get("id")
                .asString();

        assertThat(decide(TestUsers.RS_LIAISON, id, Map.of("decision", "REFUSE"))
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
        assertThat(decide(TestUsers.RS_LIAISON, id, Map.of("decision", "REFUSE", "reason", "ongoing covert operation"))
                        .getBody()
                        .get("status")
                        .asString())
                .isEqualTo("REFUSED");

        assertThat(visible(hits(TestUsers.AL_INVESTIGATOR, "phone", phone))).isEmpty();
        JsonNode mine = requestIn(
                as(TestUsers.AL_INVESTIGATOR)
                        .get()
                        .uri("/api/v1/access-requests/mine")
                        .retrieve()
                        .body(JsonNode.class),
                id);
        assertThat(mine.get("reason").asString()).isEqualTo("ongoing covert operation");
        assertThat(file(TestUsers.AL_INVESTIGATOR, "phone", phone, "BA-GP")
                        .getStatusCode()
                        .value())
                .as("nothing of BA-GP matches: no request to file")
                .isEqualTo(404);
    }

    @Test
    void minorsAreFoundOnlyAsHitsUntilTheirOwnerGrantsThem() {
        String adultPhone = phone();
        String victimPhone = phone();
        String driverPhone = phone();
        String driverName = "Milan Maloletni" + RUN.toLowerCase();
        CaseReports minorReport = CaseReports.report("RS-MUP", "MINOR-" + RUN)
                .marking("GREEN", "H0")
                .person("EXPLOITER", "Branko Eksploatator")
                .phone(adultPhone, "P1")
                .minor("VICTIM", "Amina Dijete")
                .phone(victimPhone, "P3")
                .minor("DRIVER", driverName)
                .phone(driverPhone, "P5")
                .relation("EXPLOITED", "P1", "P3")
                .incident("EXPLOITATION", "RS-HU-HORGOS");
        String report = submit(minorReport);

        assertThat(visible(hits(TestUsers.BA_INVESTIGATOR, "phone", adultPhone)))
                .as("the report itself is GREEN")
                .containsExactly(report);
        for (String[] minorSelector :
                List.of(new String[] {"phone", victimPhone}, new String[] {"phone", driverPhone}, new String[] {
                    "name", driverName
                })) {
            JsonNode answer = hits(TestUsers.BA_INVESTIGATOR, minorSelector[0], minorSelector[1]);
            assertThat(visible(answer))
                    .as("%s %s", minorSelector[0], minorSelector[1])
                    .isEmpty();
            assertThat(hidden(answer)).isEqualTo(Map.of("RS-MUP", 1));
            assertThat(visible(hits(TestUsers.RS_INVESTIGATOR, minorSelector[0], minorSelector[1])))
                    .containsExactly(report);
        }

        String plain = file(TestUsers.BA_INVESTIGATOR, "phone", victimPhone, "RS-MUP")
                .getBody()
                .get("id")
                .asString();
        decide(TestUsers.RS_LIAISON, plain, Map.of("decision", "GRANT"));
        assertThat(visible(hits(TestUsers.BA_INVESTIGATOR, "phone", victimPhone)))
                .as("releasing the report does not release its minors")
                .isEmpty();

        String minors = file(TestUsers.BA_INVESTIGATOR, "phone", victimPhone, "RS-MUP")
                .getBody()
                .get("id")
                .asString();
        decide(TestUsers.RS_LIAISON, minors, Map.of("decision", "GRANT", "includeMinors", true));
        assertThat(visible(hits(TestUsers.BA_INVESTIGATOR, "phone", victimPhone)))
                .containsExactly(report);
        assertThat(visible(hits(TestUsers.BA_INVESTIGATOR, "name", driverName))).containsExactly(report);
        assertThat(visible(hits(TestUsers.AL_INVESTIGATOR, "phone", victimPhone)))
                .as("a grant names one agency")
                .isEmpty();

        // a routine correction from the national system keeps the grants made here
        submit(minorReport.version(2).narrative("The statement was corrected."));
        assertThat(visible(hits(TestUsers.BA_INVESTIGATOR, "phone", victimPhone)))
                .containsExactly(report);
        assertThat(visible(hits(TestUsers.AL_INVESTIGATOR, "phone", victimPhone)))
                .isEmpty();
    }

    @Test
    void plateAndDocumentSelectorsFindWhatIngestStored() {
        String plate = "NS" + (100 + ThreadLocalRandom.current().nextInt(899))
                + RUN.substring(0, 2).replaceAll("\\d", "X");
        String number = "P" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        String report = submit(CaseReports.report("RS-MUP", "SEL-" + RUN)
                .marking("GREEN", "H0")
                .person("DRIVER", "Vlada Tablica")
                .vehicle(plate.substring(0, 2) + " " + plate.substring(2, 5) + "-" + plate.substring(5), "RS", "P1")
                .document("PASSPORT", "Afghanistan", number.substring(0, 4) + " " + number.substring(4), "P1")
                .incident("INTERCEPTION", "RS-HU-HORGOS"));

        assertThat(visible(hits(TestUsers.BA_INVESTIGATOR, "plate", plate.toLowerCase())))
                .containsExactly(report);
        assertThat(visible(hits(TestUsers.BA_INVESTIGATOR, "document", "passport:AF:" + number)))
                .containsExactly(report);
        assertThat(visible(hits(TestUsers.BA_INVESTIGATOR, "document", "PASSPORT:AF:" + number + "9")))
                .isEmpty();
    }

    @Test
    void aSelectorThatCannotBeReadIsA400ThatTellsNothing() {
        for (String[] bad : List.of(
                new String[] {"phone", "not a number"},
                new String[] {"plate", "??"},
                new String[] {"document", "PASSPORT"},
                new String[] {"colour", "red"})) {
            ResponseEntity<JsonNode> answer = as(TestUsers.BA_INVESTIGATOR)
                    .get()
                    .uri(u -> u.path("/api/v1/hits")
                            .queryParam("type", "{type}")
                            .queryParam("value", "{value}")
                            .build(bad[0], bad[1]))
                    .retrieve()
                    .toEntity(JsonNode.class);
            assertThat(answer.getStatusCode().value()).isEqualTo(400);
            assertThat(answer.getBody().has("hiddenHits")).isFalse();
        }
        assertThat(TestUsers.anonymous(port)
                        .get()
                        .uri("/api/v1/hits?type=phone&value=1")
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
    }
}
