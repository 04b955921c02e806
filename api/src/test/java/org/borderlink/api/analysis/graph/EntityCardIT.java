package org.borderlink.api.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;

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
import tools.jackson.databind.JsonNode;

/**
 * The entity card on a hand-built person known to Serbia's police (an AMBER+STRICT report) and to Bosnia's border
 * police (a RED report Serbia cannot see): each side sees its own facts and nothing of the other's.
 */
@BorderlinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityCardIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private HandBuiltGraph g;

    @BeforeAll
    void graph() {
        g = new HandBuiltGraph(driver, "EC-");
        g.report("R-RS", "RS-MUP", "SOM", "AMBER+STRICT", "H1", "2024-03-18")
                .report("R-BA", "BA-GP", "THB", "RED", "H2", "2024-05-02")
                .mention(
                        "R-RS",
                        "P",
                        "DRIVER",
                        Map.of(
                                "name",
                                "Марко Петровић",
                                "nameLatin",
                                "Marko Petrovic",
                                "aliases",
                                List.of("Kum"),
                                "nationality",
                                "RS"))
                .mention("R-BA", "P", "ORGANISER", Map.of("name", "Secret Name", "nameLatin", "Secret Name"))
                .node(NodeLabel.Phone, "T", Map.of("e164", "+38164000001", "country", "RS", "imei", "356938035643809"))
                .node(NodeLabel.Vehicle, "V-SHARED", Map.of("plate", "NS417ZK", "country", "RS", "make", "Sprinter"))
                .node(NodeLabel.Vehicle, "V-OWN", Map.of("plate", "BG111AA", "country", "RS", "make", "Golf"))
                .node(NodeLabel.Vehicle, "V-HIDDEN", Map.of("plate", "SA999ZZ", "country", "BA", "make", "Passat"))
                .node(
                        NodeLabel.Location,
                        "SID",
                        Map.of(
                                "name",
                                "Šid",
                                "kind",
                                "BORDER_CROSSING",
                                "countryA",
                                "RS",
                                "countryB",
                                "HR",
                                "verified",
                                true))
                .node(
                        NodeLabel.Incident,
                        "I1",
                        Map.of(
                                "kind",
                                "INTERCEPTION",
                                "date",
                                java.time.LocalDate.parse("2024-03-17"),
                                "datePrecision",
                                "DAY",
                                "migrants",
                                14))
                .fact(RelType.USES, "P", "T", "R-RS")
                .fact(RelType.USES, "P", "V-SHARED", "R-RS")
                .fact(RelType.USES, "P", "V-OWN", "R-RS")
                .fact(RelType.USES, "P", "V-SHARED", "R-BA")
                .fact(RelType.USES, "P", "V-HIDDEN", "R-BA")
                .fact(RelType.REPORTS, "R-RS", "I1", "R-RS", "2024-03-17", "2024-03-17", Map.of())
                .fact(RelType.INVOLVED_IN, "P", "I1", "R-RS", "2024-03-17", "2024-03-17", Map.of("role", "DRIVER"))
                .fact(RelType.OCCURRED_AT, "I1", "SID", "R-RS", "2024-03-17", "2024-03-17", Map.of());
        g.write();
    }

    private Answer card(String user, String id) {
        return Http.get(TestUsers.client(port, user), "/api/v1/entities/" + Http.path(id));
    }

    @Test
    void serbiaSeesItsOwnFactsWithProvenanceAndNothingOfTheHiddenReport() {
        Answer a = card(TestUsers.RS_INVESTIGATOR, g.id("P"));

        assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
        JsonNode body = a.body();
        assertThat(body.get("entity").get("label").asString()).isEqualTo("Person");
        assertThat(body.get("entity").get("caption").asString()).isEqualTo("Marko Petrovic");
        assertThat(body.get("totalFacts").asLong()).isEqualTo(5); // MENTIONS, 3 × USES, INVOLVED_IN
        assertThat(texts(body.get("nameVariants")))
                .containsExactlyInAnyOrder("Kum", "Marko Petrovic", "Марко Петровић");
        assertThat(body.toString()).doesNotContain("Secret Name", "R-BA", "V-HIDDEN", "ORGANISER");
        assertThat(body.get("roles").size()).isEqualTo(2); // DRIVER as mentioned, DRIVER in the incident
        assertThat(body.get("factsByType").get("USES").asLong()).isEqualTo(3);
        assertThat(body.get("neighboursByLabel").get("Vehicle").asLong()).isEqualTo(2);
        assertThat(texts(body.get("countries"))).containsExactly("HR", "RS");
        assertThat(texts(body.get("agencies"))).containsExactly("RS-MUP");
        assertThat(body.get("firstSeen").asString()).isEqualTo("2024-03-17");
        assertThat(body.get("lastSeen").asString()).isEqualTo("2024-03-18");
        JsonNode mention = fact(body, "MENTIONS");
        assertThat(mention.get("direction").asString()).isEqualTo("INCOMING");
        assertThat(mention.get("properties").get("role").asString()).isEqualTo("DRIVER");
        JsonNode provenance = mention.get("provenance");
        assertThat(provenance.get("reportId").asString()).isEqualTo(g.id("R-RS"));
        assertThat(provenance.get("agency").asString()).isEqualTo("RS-MUP");
        assertThat(provenance.get("tlp").asString()).isEqualTo("AMBER+STRICT");
        assertThat(provenance.get("handling").asString()).isEqualTo("H1");
        assertThat(provenance.get("grading").asString()).isEqualTo("B2");
        assertThat(provenance.get("reportedOn").asString()).isEqualTo("2024-03-18");
        assertThat(texts(body.get("selectors")
                        .valueStream()
                        .map(s -> s.get("node").get("id"))
                        .toList()))
                .containsExactlyInAnyOrder(g.id("T"), g.id("V-SHARED"), g.id("V-OWN"));
    }

    @Test
    void bosniaSeesOnlyItsRedReport() {
        Answer a = card(TestUsers.BA_INVESTIGATOR, g.id("P"));

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("totalFacts").asLong()).isEqualTo(3);
        assertThat(texts(a.body().get("nameVariants"))).containsExactly("Secret Name");
        assertThat(a.body().toString()).doesNotContain("Marko", "Kum", g.id("T"));
    }

    @Test
    void reportAssertedPropertiesOfASharedNodeShowOnlyWhenEveryFactAboutItIsVisible() {
        JsonNode own = card(TestUsers.RS_INVESTIGATOR, g.id("V-OWN"))
                .body()
                .get("entity")
                .get("properties");
        JsonNode shared = card(TestUsers.RS_INVESTIGATOR, g.id("V-SHARED"))
                .body()
                .get("entity")
                .get("properties");

        assertThat(own.get("make").asString()).isEqualTo("Golf");
        assertThat(shared.has("make"))
                .as("make may come from the hidden report")
                .isFalse();
        assertThat(shared.get("plate").asString()).isEqualTo("NS417ZK");
    }

    @Test
    void aHiddenEntityAndAnAbsentOneGetTheSame404() {
        Answer hidden = card(TestUsers.RS_INVESTIGATOR, g.id("V-HIDDEN"));
        Answer absent = card(TestUsers.RS_INVESTIGATOR, g.id("V-NEVER-EXISTED"));

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(absent.status()).isEqualTo(404);
        assertThat(hidden.headers().getContentType().toString()).isEqualTo("application/problem+json");
        String hiddenText = hidden.body().toString().replace(g.id("V-HIDDEN"), "ID");
        String absentText = absent.body().toString().replace(g.id("V-NEVER-EXISTED"), "ID");
        assertThat(hiddenText).isEqualTo(absentText);
    }

    @Test
    void aBadParameterIsNamed() {
        Answer a = Http.get(
                TestUsers.client(port, TestUsers.RS_INVESTIGATOR),
                "/api/v1/entities/" + Http.path(g.id("P")) + "?facts=5000");

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body().get("parameter").asString()).isEqualTo("facts");
    }

    @Test
    void theFactLimitCutsTheListNotTheCounts() {
        Answer a = Http.get(
                TestUsers.client(port, TestUsers.RS_INVESTIGATOR),
                "/api/v1/entities/" + Http.path(g.id("P")) + "?facts=2");

        assertThat(a.body().get("facts").size()).isEqualTo(2);
        assertThat(a.body().get("totalFacts").asLong()).isEqualTo(5);
    }

    @Test
    void readingNeedsARoleThatMayReadAPurposeAndALogin() {
        String path = "/api/v1/entities/" + Http.path(g.id("P"));
        Answer auditor = Http.get(TestUsers.client(port, TestUsers.AUDITOR), path);
        Answer anonymous = Http.get(TestUsers.anonymous(port), path);
        Answer noPurpose = Http.get(
                TestUsers.anonymous(port)
                        .mutate()
                        .defaultHeader("Authorization", TestUsers.basic(TestUsers.RS_INVESTIGATOR))
                        .build(),
                path);
        Answer liaison = Http.get(TestUsers.client(port, TestUsers.RS_LIAISON), path);

        assertThat(auditor.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(noPurpose.status()).isEqualTo(400);
        assertThat(liaison.status()).isEqualTo(200);
    }

    private static JsonNode fact(JsonNode card, String type) {
        return card.get("facts")
                .valueStream()
                .filter(f -> f.get("type").asString().equals(type))
                .findFirst()
                .orElseThrow();
    }

    static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    static List<String> texts(List<JsonNode> nodes) {
        return nodes.stream().map(JsonNode::asString).toList();
    }
}
