package org.borderlink.api.analysis.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
 * Route aggregates on a hand-built border (IS–MT, which no other data uses): in the window 2019-04-01…2019-06-29 and
 * the 90 days before it, legs through and incidents at one crossing point, some of them hidden from Serbia.
 */
@BorderlinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutesIT {

    private static final String WINDOW = "from=2019-04-01&to=2019-06-29";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private HandBuiltGraph g;
    private int leg;

    @BeforeAll
    void graph() {
        g = new HandBuiltGraph(driver, "RT-");
        g.report("SOM", "RS-MUP", "SOM", "AMBER+STRICT", "H1", "2019-07-01")
                .report("THB", "RS-MUP", "THB", "AMBER+STRICT", "H1", "2019-07-01")
                .report("HIDDEN", "BA-GP", "SOM", "RED", "H2", "2019-07-01")
                .node(
                        NodeLabel.Location,
                        "CP",
                        Map.of(
                                "name",
                                "Test crossing",
                                "kind",
                                "BORDER_CROSSING",
                                "countryA",
                                "MT",
                                "countryB",
                                "IS",
                                "verified",
                                true))
                .node(NodeLabel.Location, "FROM", Map.of("name", "Start town", "countryA", "MT", "verified", true))
                .node(NodeLabel.Location, "TO", Map.of("name", "End town", "countryA", "IS", "verified", true))
                .mention("SOM", "AF", "SMUGGLED_MIGRANT", Map.of("nationality", "AF"))
                .mention("SOM", "SY", "SMUGGLED_MIGRANT", Map.of("nationality", "SY"));
        // in the window: three legs Serbia sees (two with an Afghan on board), two it does not
        leg("2019-04-10", "SOM", "VAN", 300.0, "AF");
        leg("2019-05-10", "SOM", "VAN", 500.0, "AF");
        leg("2019-06-10", "THB", "CAR", 400.0, "SY");
        leg("2019-05-11", "HIDDEN", "CAR", 9000.0, null);
        leg("2019-05-12", "HIDDEN", "CAR", 9000.0, null);
        // the window before: one leg
        leg("2019-02-10", "SOM", "BOAT", null, null);
        incident("2019-04-20", "SOM", 5, "AF");
        incident("2019-05-20", "SOM", 7, null);
        incident("2019-03-01", "SOM", 2, null);
        incident("2019-05-21", "HIDDEN", 50, null);
        g.write();
    }

    private void leg(String date, String report, String mode, Double price, String traveller) {
        String name = "L" + (++leg);
        Map<String, Object> props = new java.util.HashMap<>(Map.of(
                "mode",
                mode,
                "date",
                LocalDate.parse(date),
                "datePrecision",
                "DAY",
                "fromId",
                g.id("FROM"),
                "toId",
                g.id("TO")));
        if (price != null) {
            props.put("price", price);
            props.put("currency", "EUR");
        }
        g.node(NodeLabel.Leg, name, props)
                .fact(RelType.FROM, name, "FROM", report, date, date, Map.of())
                .fact(RelType.TO, name, "TO", report, date, date, Map.of())
                .fact(RelType.VIA, name, "CP", report, date, date, Map.of());
        if (traveller != null) g.fact(RelType.ON_LEG, traveller, name, report, date, date, Map.of());
    }

    private void incident(String date, String report, int migrants, String who) {
        String name = "I" + (++leg);
        g.node(
                        NodeLabel.Incident,
                        name,
                        Map.of(
                                "kind",
                                "INTERCEPTION",
                                "date",
                                LocalDate.parse(date),
                                "datePrecision",
                                "DAY",
                                "migrants",
                                migrants))
                .fact(RelType.OCCURRED_AT, name, "CP", report, date, date, Map.of());
        if (who != null) g.fact(RelType.INVOLVED_IN, who, name, report, date, date, Map.of());
    }

    private Answer get(String path) {
        return Http.get(TestUsers.client(port, TestUsers.RS_INVESTIGATOR), path);
    }

    private JsonNode crossing(Answer a) {
        assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
        return a.body()
                .get("crossingPoints")
                .valueStream()
                .filter(c -> c.get("id").asString().equals(g.id("CP")))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void legsAndIncidentsPerCrossingPointAgainstThePreviousWindowCountingOnlyVisibleFacts() {
        Answer a = get("/api/v1/routes/crossing-points?" + WINDOW);

        JsonNode counts = crossing(a).get("counts");
        assertThat(counts.get("legs").asLong()).isEqualTo(3);
        assertThat(counts.get("legsBefore").asLong()).isEqualTo(1);
        assertThat(counts.get("incidents").asLong()).isEqualTo(2);
        assertThat(counts.get("incidentsBefore").asLong()).isEqualTo(1);
        assertThat(counts.get("migrants").asLong()).isEqualTo(12);
        assertThat(counts.get("change").asLong()).isEqualTo(3);
        assertThat(counts.get("changePercent").asDouble()).isEqualTo(150.0);
        assertThat(counts.get("trend").asString()).isEqualTo("UP");
        assertThat(a.body().get("previous").get("from").asString()).isEqualTo("2019-01-01");
        assertThat(a.body().get("previous").get("to").asString()).isEqualTo("2019-03-31");
        JsonNode corridor = a.body()
                .get("corridors")
                .valueStream()
                .filter(c -> c.get("border").asString().equals("IS–MT"))
                .findFirst()
                .orElseThrow();
        assertThat(corridor.get("counts").get("legs").asLong()).isEqualTo(3);
    }

    @Test
    void bosniaCountsItsOwn() {
        Answer a =
                Http.get(TestUsers.client(port, TestUsers.BA_INVESTIGATOR), "/api/v1/routes/crossing-points?" + WINDOW);

        JsonNode counts = crossing(a).get("counts");
        assertThat(counts.get("legs").asLong()).isEqualTo(2);
        assertThat(counts.get("incidents").asLong()).isEqualTo(1);
        assertThat(counts.get("trend").asString()).isEqualTo("NEW");
    }

    @Test
    void nationalityAndCaseTypeFilter() {
        JsonNode afghans = crossing(get("/api/v1/routes/crossing-points?" + WINDOW + "&nationality=AF"))
                .get("counts");
        JsonNode trafficking = crossing(get("/api/v1/routes/crossing-points?" + WINDOW + "&caseType=THB"))
                .get("counts");

        assertThat(afghans.get("legs").asLong()).isEqualTo(2);
        assertThat(afghans.get("incidents").asLong()).isEqualTo(1);
        assertThat(trafficking.get("legs").asLong()).isEqualTo(1);
        assertThat(trafficking.get("incidents").asLong()).isZero();
    }

    @Test
    void legFlowsWithModesCrossingPointsAndMedianPrice() {
        Answer a = get("/api/v1/routes/legs?" + WINDOW);

        assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
        JsonNode flow = a.body()
                .get("flows")
                .valueStream()
                .filter(f -> f.get("from").get("id").asString().equals(g.id("FROM")))
                .findFirst()
                .orElseThrow();
        assertThat(flow.get("legs").asLong()).isEqualTo(3);
        assertThat(flow.get("modes").get("VAN").asLong()).isEqualTo(2);
        assertThat(flow.get("modes").get("CAR").asLong()).isEqualTo(1);
        assertThat(flow.get("via").get("Test crossing").asLong()).isEqualTo(3);
        assertThat(flow.get("medianPrices").get(0).get("currency").asString()).isEqualTo("EUR");
        assertThat(flow.get("medianPrices").get(0).get("median").asDouble()).isEqualTo(400.0);
        assertThat(flow.get("to").get("country").asString()).isEqualTo("IS");
    }

    @Test
    void badParametersAndRoles() {
        assertThat(parameter(get("/api/v1/routes/crossing-points?from=2019-13-01")))
                .isEqualTo("from");
        assertThat(parameter(get("/api/v1/routes/crossing-points?from=2019-06-01&to=2019-05-01")))
                .isEqualTo("from");
        assertThat(parameter(get("/api/v1/routes/legs?nationality=Afghanistan")))
                .isEqualTo("nationality");
        assertThat(parameter(get("/api/v1/routes/legs?caseType=SMUGGLING"))).isEqualTo("caseType");
        assertThat(Http.get(TestUsers.client(port, TestUsers.RS_LIAISON), "/api/v1/routes/legs")
                        .status())
                .isEqualTo(403);
    }

    private static String parameter(Answer a) {
        assertThat(a.status()).as("%s", a.body()).isEqualTo(400);
        return a.body().get("parameter").asString();
    }
}
