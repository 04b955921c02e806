package org.borderlink.api.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.borderlink.api.analysis.HandBuiltGraph;
import org.borderlink.api.analysis.Http;
import org.borderlink.api.analysis.Http.Answer;
import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.api.testing.TestUsers;
import org.borderlink.graph.model.NodeLabel;
import org.borderlink.graph.model.RelType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Timelines: dated facts in order at their reported precision, for a hand-built person and an ingested case. */
@BorderlinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private HandBuiltGraph g;

    @BeforeAll
    void graph() {
        g = new HandBuiltGraph(driver, "TL-");
        g.report("R1", "RS-MUP", "SOM", "AMBER", "H1", "2024-03-20")
                .report("RB", "BA-GP", "SOM", "RED", "H2", "2024-01-10")
                .mention(
                        "R1",
                        "P",
                        "DRIVER",
                        Map.of(
                                "nameLatin", "Marko Petrovic",
                                "outcomes", List.of("ARREST", "CHARGE"),
                                "outcomeDates", List.of(LocalDate.parse("2024-03-17"), LocalDate.parse("2024-03-18"))))
                .mention("R1", "O", "ORGANISER", Map.of("nameLatin", "Dzavad"))
                .node(
                        NodeLabel.Incident,
                        "I1",
                        Map.of(
                                "kind",
                                "INTERCEPTION",
                                "date",
                                LocalDate.parse("2024-03-17"),
                                "datePrecision",
                                "DAY",
                                "migrants",
                                14))
                .node(
                        NodeLabel.Leg,
                        "L1",
                        Map.of(
                                "mode",
                                "VAN",
                                "date",
                                LocalDate.parse("2024-02-01"),
                                "datePrecision",
                                "MONTH",
                                "price",
                                300.0,
                                "currency",
                                "EUR"))
                .node(NodeLabel.Location, "SID", Map.of("name", "Šid", "verified", true))
                .node(NodeLabel.Location, "BG", Map.of("name", "Beograd", "verified", true))
                .fact(RelType.REPORTS, "R1", "I1", "R1", "2024-03-17", "2024-03-17", Map.of())
                .fact(RelType.INVOLVED_IN, "P", "I1", "R1", "2024-03-17", "2024-03-17", Map.of("role", "DRIVER"))
                .fact(RelType.OCCURRED_AT, "I1", "SID", "R1", "2024-03-17", "2024-03-17", Map.of())
                .fact(RelType.DESCRIBES, "R1", "L1", "R1", "2024-02-01", "2024-02-29", Map.of())
                .fact(RelType.ON_LEG, "P", "L1", "R1", "2024-02-01", "2024-02-29", Map.of())
                .fact(RelType.FROM, "L1", "BG", "R1", "2024-02-01", "2024-02-29", Map.of())
                .fact(RelType.TO, "L1", "SID", "R1", "2024-02-01", "2024-02-29", Map.of())
                .fact(
                        RelType.CONTACTED,
                        "O",
                        "P",
                        "R1",
                        "2023-01-01",
                        "2023-12-31",
                        Map.of("date", LocalDate.parse("2023-01-01"), "datePrecision", "YEAR"))
                .fact(RelType.PAID, "O", "P", "RB", "2024-01-05", "2024-01-05", Map.of("amount", 999.0));
        g.write();
    }

    private Answer timeline(String query) {
        return Http.get(TestUsers.client(port, TestUsers.RS_INVESTIGATOR), "/api/v1/timeline?" + query);
    }

    private static List<String> column(JsonNode entries, String field) {
        return entries.valueStream().map(e -> e.get(field).asString()).toList();
    }

    @Test
    void anEntitysFactsInOrderEachAtItsPrecision() {
        Answer a = timeline("entity=" + Http.q(g.id("P")));

        assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
        JsonNode entries = a.body().get("entries");
        assertThat(column(entries, "date"))
                .containsExactly("2023", "2024-02", "2024-03-17", "2024-03-17", "2024-03-18", "2024-03-20");
        assertThat(column(entries, "precision")).containsExactly("YEAR", "MONTH", "DAY", "DAY", "DAY", "DAY");
        assertThat(column(entries, "kind"))
                .containsExactly("CONTACTED", "LEG", "INTERCEPTION", "OUTCOME", "OUTCOME", "MENTIONED");
        assertThat(entries.get(1).get("summary").asString()).contains("Beograd → Šid", "van", "300 EUR");
        assertThat(entries.get(2).get("summary").asString()).contains("interception at Šid", "14 migrants", "driver");
        assertThat(entries.get(0).get("start").asString()).isEqualTo("2023-01-01");
        assertThat(entries.get(0).get("end").asString()).isEqualTo("2023-12-31");
        assertThat(entries.get(3).get("summary").asString()).isEqualTo("arrest of Marko Petrovic");
        assertThat(a.body().toString()).doesNotContain("999", g.id("RB"));
        assertThat(a.body().get("total").asLong()).isEqualTo(4); // MENTIONS, INVOLVED_IN, ON_LEG, CONTACTED
        assertThat(a.body().get("truncated").asBoolean()).isFalse();
        entries.forEach(e -> assertThat(e.get("tlp").asString()).isEqualTo("AMBER"));
    }

    @Test
    void anIngestedCaseInOrder() throws IOException {
        String report = Files.readString(Path.of("../docs/report-format/example-som.json"))
                .replace("UGP-PU-SM-412/24", "TL-CASE-1");
        int stored = TestUsers.client(port, TestUsers.REGIONAL_INGEST)
                .post()
                .uri("/api/v1/reports")
                .contentType(MediaType.APPLICATION_JSON)
                .body(report)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value();
        assertThat(stored).isEqualTo(200);

        Answer a = timeline("case=" + Http.q("RS-MUP:TL-CASE-1"));

        assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
        JsonNode entries = a.body().get("entries");
        assertThat(column(entries, "kind")).containsSubsequence("INTERCEPTION", "OUTCOME", "REPORTED");
        assertThat(column(entries, "kind")).contains("LEG", "CONTACTED", "TRANSPORTED", "PAID");
        JsonNode paid = entries.valueStream()
                .filter(e -> e.get("kind").asString().equals("PAID"))
                .findFirst()
                .orElseThrow();
        assertThat(paid.get("date").asString()).isEqualTo("2024-03"); // "03.2024." in the report
        assertThat(paid.get("precision").asString()).isEqualTo("MONTH");
        assertThat(paid.get("summary").asString()).contains("1500 EUR");
        JsonNode interception = entries.valueStream()
                .filter(e -> e.get("kind").asString().equals("INTERCEPTION"))
                .findFirst()
                .orElseThrow();
        assertThat(interception.get("date").asString()).isEqualTo("2024-03-17");
        assertThat(interception.get("summary").asString()).contains("14 migrants", "(driver)");
        assertThat(a.body().get("subject").get("id").asString()).isEqualTo("RS-MUP:TL-CASE-1");
    }

    @Test
    void exactlyOneOfEntityOrCaseIsGiven() {
        assertThat(ExpandIT.parameterOf(timeline(""))).isEqualTo("entity");
        assertThat(ExpandIT.parameterOf(timeline("entity=x&case=y"))).isEqualTo("case");
        assertThat(ExpandIT.parameterOf(timeline("case=" + Http.q(g.id("P"))))).isEqualTo("case");
        assertThat(timeline("case=" + Http.q(g.id("RB"))).status()).isEqualTo(404);
    }
}
