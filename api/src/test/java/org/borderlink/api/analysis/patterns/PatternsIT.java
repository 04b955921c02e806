package org.borderlink.api.analysis.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderlink.api.analysis.HandBuiltGraph;
import org.borderlink.api.analysis.Http;
import org.borderlink.api.analysis.Http.Answer;
import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.api.testing.TestUsers;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.MentionTally;
import org.borderlink.graph.model.NodeLabel;
import org.borderlink.graph.model.RelType;
import org.borderlink.graph.sharing.Viewer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every pattern of the library on a hand-built graph whose answer is known. Reports of Serbia (RS-MUP) and Bosnia's
 * GREEN reports are visible to the Serbian investigator; the RED reports of Montenegro (ME-UP) are not, and each
 * pattern is asked so that counting them would change the answer.
 */
@BorderlinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatternsIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    PatternWarmUp warmUp;

    @Autowired
    PatternCatalog catalog;

    private HandBuiltGraph g;

    @BeforeAll
    void graph() {
        g = new HandBuiltGraph(driver, "PT-");
        g.report("RS1", "RS-MUP", "SOM", "AMBER+STRICT", "H1", "2018-03-01")
                .report("RS2", "RS-MUP", "SOM", "AMBER+STRICT", "H1", "2018-04-01")
                .report("THB", "RS-MUP", "THB", "AMBER+STRICT", "H1", "2018-05-01")
                .report("MIX", "RS-MUP", "MIXED", "AMBER+STRICT", "H1", "2018-06-01")
                .report("BA1", "BA-GP", "SOM", "GREEN", "H0", "2018-04-15")
                .report("ME1", "ME-UP", "SOM", "RED", "H2", "2018-04-20")
                .report("ME2", "ME-UP", "SOM", "RED", "H2", "2018-04-21");

        // facilitators across cases: a resolved driver named by Serbia, Bosnia and (hidden) Montenegro
        g.mention("RS1", "FAC", "DRIVER", Map.of("nameLatin", "Fac Driver"))
                .mention("BA1", "FAC", "ORGANISER", Map.of("nameLatin", "Fac Driver"))
                .mention("ME1", "FAC", "DRIVER", Map.of("nameLatin", "Fac Driver"));

        // a phone in two visible cases and one hidden; a vehicle seen by Serbia and Bosnia
        g.mention("RS2", "U1", "GUIDE", Map.of("nameLatin", "User One"))
                .mention("BA1", "U2", "GUIDE", Map.of("nameLatin", "User Two"))
                .mention("ME2", "U3", "GUIDE", Map.of("nameLatin", "User Three"))
                .node(NodeLabel.Phone, "PHONE", Map.of("e164", "+38269000001"))
                .fact(RelType.USES, "U1", "PHONE", "RS2")
                .fact(RelType.USES, "U2", "PHONE", "BA1")
                .fact(RelType.USES, "U3", "PHONE", "ME2")
                .node(NodeLabel.Vehicle, "CAR", Map.of("plate", "PT001", "country", "RS"))
                .fact(RelType.USES, "U1", "CAR", "RS2")
                .fact(RelType.USES, "U2", "CAR", "BA1");

        // a document used under two names Serbia sees and a third it does not
        g.mention("RS1", "D1", "SMUGGLED_MIGRANT", Map.of("subjectKey", "pt-key-d1"))
                .mention("RS2", "D2", "DOCUMENT_FORGER", Map.of("nameLatin", "Forger", "nameFolded", "forger"))
                .mention("ME1", "D3", "SMUGGLED_MIGRANT", Map.of("subjectKey", "pt-key-d3"))
                .node(NodeLabel.Document, "DOC", Map.of("type", "PASSPORT", "issuer", "BG", "status", "FORGED"))
                .fact(RelType.USES, "D1", "DOC", "RS1")
                .fact(RelType.USES, "D2", "DOC", "RS2")
                .fact(RelType.USES, "D3", "DOC", "ME1");

        // a safe house of a smuggling case and of a trafficking case
        g.node(NodeLabel.Location, "HOUSE", Map.of("name", "Kuca", "kind", "SAFE_HOUSE", "verified", true))
                .node(NodeLabel.Incident, "H-SOM", Map.of("kind", "ARREST"))
                .node(NodeLabel.Incident, "H-THB", Map.of("kind", "EXPLOITATION"))
                .fact(RelType.OCCURRED_AT, "H-SOM", "HOUSE", "RS1")
                .fact(RelType.OCCURRED_AT, "H-THB", "HOUSE", "THB");

        // a migrant (followed by keyed pseudonym) intercepted twice by Serbia, once by Montenegro, held for ransom
        // in a mixed case with debt bondage and withheld documents
        g.mention("RS1", "M1", "SMUGGLED_MIGRANT", dated("pt-key-m", "nationality", "AF"))
                .mention("RS2", "M2", "SMUGGLED_MIGRANT", dated("pt-key-m", "nationality", "AF"))
                .mention("ME1", "M3", "SMUGGLED_MIGRANT", dated("pt-key-m"))
                .mention(
                        "MIX",
                        "M4",
                        "VICTIM",
                        dated(
                                "pt-key-m",
                                "methodsOfControl",
                                List.of("DebtBondage", "WithholdsDocuments", "PhysicalThreats"),
                                "traffickingStatus",
                                "PossibleVictimOfTrafficking"))
                .node(NodeLabel.Incident, "X1", Map.of("kind", "INTERCEPTION"))
                .node(NodeLabel.Incident, "X2", Map.of("kind", "INTERCEPTION"))
                .node(NodeLabel.Incident, "X3", Map.of("kind", "INTERCEPTION"))
                .node(NodeLabel.Incident, "KID", Map.of("kind", "KIDNAPPING"))
                .fact(RelType.INVOLVED_IN, "M1", "X1", "RS1")
                .fact(RelType.INVOLVED_IN, "M2", "X2", "RS2")
                .fact(RelType.INVOLVED_IN, "M3", "X3", "ME1")
                .fact(RelType.INVOLVED_IN, "M4", "KID", "MIX");

        // a minor (keyed pseudonym) transported twice by the same resolved adult
        g.mention("RS1", "MINOR1", "SMUGGLED_MIGRANT", dated("pt-key-minor", "minor", true))
                .mention("RS2", "MINOR2", "SMUGGLED_MIGRANT", dated("pt-key-minor", "minor", true))
                .mention("RS1", "ADULT", "DRIVER", Map.of("nameLatin", "Adult Driver"))
                .mention("RS2", "ADULT", "DRIVER", Map.of("nameLatin", "Adult Driver"))
                .fact(RelType.TRANSPORTED, "ADULT", "MINOR1", "RS1")
                .fact(RelType.TRANSPORTED, "ADULT", "MINOR2", "RS2");

        // money: payer → hawaladar → recipient
        g.mention("RS1", "PAYER", "SMUGGLED_MIGRANT", Map.of())
                .mention("RS1", "HAWALA", "MONEY_HANDLER", Map.of("nameLatin", "Hawaladar"))
                .mention("RS1", "BOSS", "ORGANISER", Map.of("nameLatin", "Boss"))
                .fact(RelType.PAID, "PAYER", "HAWALA", "RS1", Map.of("amount", 2500.0, "currency", "EUR"))
                .fact(RelType.PAID, "HAWALA", "BOSS", "RS1", Map.of("amount", 2000.0, "currency", "EUR"));

        // a network's funnel: three members, two arrested, one charged, one convicted
        g.node(NodeLabel.Organisation, "ORG", Map.of("name", "Grupa PT", "nameLatin", "Grupa PT"))
                .fact(RelType.MENTIONS, "RS1", "ORG", "RS1")
                .mention("RS1", "N1", "ORGANISER", Map.of("outcomes", List.of("ARREST", "CHARGE", "CONVICTION")))
                .mention("RS1", "N2", "DRIVER", Map.of("outcomes", List.of("ARREST")))
                .mention("RS1", "N3", "GUIDE", Map.of())
                .fact(RelType.MEMBER_OF, "N1", "ORG", "RS1")
                .fact(RelType.MEMBER_OF, "N2", "ORG", "RS1")
                .fact(RelType.MEMBER_OF, "N3", "ORG", "RS1");

        brokers();
        g.write();
    }

    /** Two cliques of four organisers in 2017, joined only through the broker. */
    private void brokers() {
        g.report("BR", "RS-MUP", "SOM", "AMBER+STRICT", "H1", "2017-06-01");
        for (String side : List.of("A", "B")) {
            for (int i = 1; i <= 4; i++) {
                g.mention("BR", "BR-" + side + i, "ORGANISER", Map.of("nameLatin", "Member " + side + i));
                for (int j = 1; j < i; j++) g.fact(RelType.CONTACTED, "BR-" + side + i, "BR-" + side + j, "BR");
            }
        }
        g.mention("BR", "BROKER", "MONEY_HANDLER", Map.of("nameLatin", "The Broker"))
                .fact(RelType.CONTACTED, "BROKER", "BR-A1", "BR")
                .fact(RelType.CONTACTED, "BROKER", "BR-B1", "BR");
    }

    private Answer run(String name, Map<String, Object> parameters) {
        return Http.post(
                TestUsers.client(port, TestUsers.RS_INVESTIGATOR),
                "/api/v1/patterns/" + name + "/run",
                Map.of("parameters", parameters));
    }

    /**
     * A protected person's mention whose pseudonym includes a birth date known to the day, so the patterns follow it
     * across reports, with more properties as name–value pairs.
     */
    private static Map<String, Object> dated(String key, Object... more) {
        Map<String, Object> props = new java.util.LinkedHashMap<>();
        props.put("subjectKey", key);
        props.put(MentionTally.SUBJECT_KEY_DATED, true);
        for (int i = 0; i + 1 < more.length; i += 2) props.put((String) more[i], more[i + 1]);
        return props;
    }

    /** One column of every row, as text (a list column in its JSON form). */
    private static List<String> column(Answer a, String column) {
        return a.body()
                .get("rows")
                .valueStream()
                .map(r -> r.get(column).isString()
                        ? r.get(column).asString()
                        : r.get(column).toString())
                .toList();
    }

    private Optional<JsonNode> row(Answer a, String column, String id) {
        assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
        return a.body()
                .get("rows")
                .valueStream()
                .filter(r -> r.get(column).isArray()
                        ? r.get(column).valueStream().anyMatch(v -> v.asString().equals(g.id(id)))
                        : r.get(column).asString().equals(g.id(id)))
                .findFirst();
    }

    @Test
    void theWarmUpRunsEveryPatternAsAViewerOfPublicFactsOnly() {
        assertThat(warmUp.warmUp()).as("patterns the warm-up could not run").isEmpty();

        assertThat(PatternWarmUp.NOBODY.tokenValues()).containsExactly("public");
        // none of this graph's reports is public: the warm-up's viewer finds nothing a Serbian investigator finds
        var facilitators = catalog.find("facilitators-across-cases").orElseThrow();
        Map<String, Object> twoCases = Map.of("minCases", 2, "minCountries", 1);
        assertThat(facilitators
                        .run(Viewer.of(AgencyId.of("RS-MUP"), "WB"), twoCases)
                        .rows())
                .isNotEmpty();
        assertThat(facilitators.run(PatternWarmUp.NOBODY, twoCases).rows()).isEmpty();
    }

    @Test
    void theLibraryListsEveryPatternWithItsQuestionAndParameters() {
        Answer a = Http.get(TestUsers.client(port, TestUsers.RS_INVESTIGATOR), "/api/v1/patterns");

        assertThat(a.status()).isEqualTo(200);
        List<String> names = a.body()
                .get("patterns")
                .valueStream()
                .map(p -> p.get("name").asString())
                .toList();
        assertThat(names)
                .contains(
                        "facilitators-across-cases",
                        "recurring-selectors",
                        "shared-documents",
                        "vehicles-drivers-multi-country",
                        "som-thb-overlap",
                        "smuggled-with-trafficking-indicators",
                        "brokers",
                        "repeat-interceptions",
                        "minors-linked-to-adult",
                        "money-chains",
                        "outcome-funnel");
        a.body().get("patterns").forEach(p -> {
            assertThat(p.get("question").asString()).endsWith("?");
            assertThat(p.get("parameters").size()).isPositive();
        });
    }

    @Test
    void facilitatorsCountOnlyVisibleCases() {
        JsonNode r =
                row(run("facilitators-across-cases", Map.of()), "person", "FAC").orElseThrow();
        assertThat(r.get("cases").asLong()).isEqualTo(2);
        assertThat(r.get("countries").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("RS", "BA");
        assertThat(row(run("facilitators-across-cases", Map.of("minCases", 3)), "person", "FAC"))
                .as("the hidden Montenegrin case must not count")
                .isEmpty();
        assertThat(row(
                                run(
                                        "facilitators-across-cases",
                                        Map.of("roles", List.of("ORGANISER"), "minCountries", 1, "minCases", 1)),
                                "person",
                                "FAC")
                        .orElseThrow()
                        .get("cases")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void recurringSelectorsCountOnlyVisibleCases() {
        JsonNode phone = row(run("recurring-selectors", Map.of("kinds", List.of("PHONE"))), "selector", "PHONE")
                .orElseThrow();
        assertThat(phone.get("cases").asLong()).isEqualTo(2);
        assertThat(phone.get("entities").toString()).doesNotContain(g.id("U3"));
        assertThat(row(
                        run("recurring-selectors", Map.of("kinds", List.of("PHONE"), "minCases", 3)),
                        "selector",
                        "PHONE"))
                .isEmpty();
        assertThat(row(run("recurring-selectors", Map.of("kinds", List.of("VEHICLE"))), "selector", "CAR"))
                .isPresent();
        assertThat(row(run("recurring-selectors", Map.of("since", "2018-04-10")), "selector", "PHONE"))
                .as("RS2's use of the phone is before the window")
                .isEmpty();
    }

    /**
     * Twenty phones named by more reports than the winner, most of them hidden, and the winner named by fewer, all
     * visible: the phones of highest degree set the bar a phone must reach, and a phone of lower degree that clears it
     * is still counted and comes first.
     */
    @Test
    void aSelectorOfLowerDegreeWithMoreVisibleCasesComesFirst() {
        HandBuiltGraph h = new HandBuiltGraph(driver, "PTS-");
        for (int i = 1; i <= 5; i++) {
            h.report("RS" + i, "RS-MUP", "SOM", "AMBER+STRICT", "H1", "2011-03-0" + i)
                    .mention("RS" + i, "RSP" + i, "GUIDE", Map.of());
        }
        for (int i = 1; i <= 11; i++) {
            h.report("ME" + i, "ME-UP", "SOM", "RED", "H2", "2011-04-" + (10 + i))
                    .mention("ME" + i, "MEP" + i, "GUIDE", Map.of());
        }
        for (int p = 1; p <= 20; p++) {
            h.node(NodeLabel.Phone, "BUSY" + p, Map.of("e164", "+382690100" + (10 + p)));
            for (int i = 1; i <= 3; i++) h.fact(RelType.USES, "RSP" + i, "BUSY" + p, "RS" + i);
            for (int i = 1; i <= 11; i++) h.fact(RelType.USES, "MEP" + i, "BUSY" + p, "ME" + i);
        }
        h.node(NodeLabel.Phone, "WINNER", Map.of("e164", "+38269020001"));
        for (int i = 1; i <= 5; i++) h.fact(RelType.USES, "RSP" + i, "WINNER", "RS" + i);
        h.write();

        Answer a = run(
                "recurring-selectors",
                Map.of("kinds", List.of("PHONE"), "since", "2011-01-01", "until", "2011-12-31", "limit", 1));

        assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
        JsonNode first = a.body().get("rows").get(0);
        assertThat(first.get("selector").asString()).isEqualTo(h.id("WINNER"));
        assertThat(first.get("cases").asLong()).isEqualTo(5);
    }

    @Test
    void sharedDocumentsCountVisibleIdentities() {
        JsonNode doc = row(run("shared-documents", Map.of()), "document", "DOC").orElseThrow();
        assertThat(doc.get("identities").asLong()).isEqualTo(2);
        assertThat(doc.get("status").isNull())
                .as("status may come from the hidden report")
                .isTrue();
        assertThat(row(run("shared-documents", Map.of("minIdentities", 3)), "document", "DOC"))
                .isEmpty();
    }

    @Test
    void vehiclesSeenInSeveralCountries() {
        JsonNode car = row(run("vehicles-drivers-multi-country", Map.of()), "entity", "CAR")
                .orElseThrow();
        assertThat(car.get("kind").asString()).isEqualTo("VEHICLE");
        assertThat(car.get("linked").size()).isEqualTo(2);
    }

    @Test
    void smugglingAndTraffickingCasesSharingASafeHouse() {
        JsonNode house =
                row(run("som-thb-overlap", Map.of()), "entity", "HOUSE").orElseThrow();
        assertThat(house.get("via").asString()).isEqualTo("PLACE");
        assertThat(house.get("somReports").get(0).asString()).isEqualTo(g.id("RS1"));
        assertThat(house.get("thbReports").get(0).asString()).isEqualTo(g.id("THB"));
    }

    /** A phone of a smuggling case and a visible trafficking case is shared; one whose trafficking case is hidden is not. */
    @Test
    void smugglingAndTraffickingCasesSharingAPhoneOnlyWhenBothAreVisible() {
        HandBuiltGraph h = new HandBuiltGraph(driver, "PTO-");
        h.report("SOM", "RS-MUP", "SOM", "AMBER+STRICT", "H1", "2012-05-01")
                .report("THB", "RS-MUP", "THB", "AMBER+STRICT", "H1", "2012-05-02")
                .report("HIDDEN", "ME-UP", "THB", "RED", "H2", "2012-05-03")
                .mention("SOM", "S", "DRIVER", Map.of())
                .mention("THB", "T", "EXPLOITER", Map.of())
                .mention("HIDDEN", "H", "EXPLOITER", Map.of())
                .node(NodeLabel.Phone, "SHARED", Map.of("e164", "+38269030001"))
                .node(NodeLabel.Phone, "HALF", Map.of("e164", "+38269030002"))
                .fact(RelType.USES, "S", "SHARED", "SOM")
                .fact(RelType.USES, "T", "SHARED", "THB")
                .fact(RelType.USES, "S", "HALF", "SOM")
                .fact(RelType.USES, "H", "HALF", "HIDDEN")
                .write();

        Answer a = run("som-thb-overlap", Map.of("since", "2012-01-01", "until", "2012-12-31"));

        assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
        List<String> entities = column(a, "entity");
        assertThat(entities).contains(h.id("SHARED")).doesNotContain(h.id("HALF"));
    }

    /** A minor linked twice to someone mentioned only as a fellow migrant is not linked to an adult. */
    @Test
    void aMinorRepeatedlyLinkedToAnotherMigrantIsNotLinkedToAnAdult() {
        HandBuiltGraph h = new HandBuiltGraph(driver, "PTM-");
        h.report("R1", "RS-MUP", "SOM", "AMBER+STRICT", "H1", "2013-02-01")
                .report("R2", "RS-MUP", "SOM", "AMBER+STRICT", "H1", "2013-02-02")
                .mention("R1", "KID1", "SMUGGLED_MIGRANT", dated("ptm-key-kid", "minor", true))
                .mention("R2", "KID2", "SMUGGLED_MIGRANT", dated("ptm-key-kid", "minor", true))
                .mention("R1", "PEER", "SMUGGLED_MIGRANT", Map.of())
                .mention("R2", "PEER", "SMUGGLED_MIGRANT", Map.of())
                .mention("R1", "GROWN", "DRIVER", Map.of("nameLatin", "Grown Up"))
                .mention("R2", "GROWN", "DRIVER", Map.of("nameLatin", "Grown Up"))
                .fact(RelType.CONTACTED, "PEER", "KID1", "R1")
                .fact(RelType.CONTACTED, "PEER", "KID2", "R2")
                .fact(RelType.TRANSPORTED, "GROWN", "KID1", "R1")
                .fact(RelType.TRANSPORTED, "GROWN", "KID2", "R2")
                .write();

        Answer a = run("minors-linked-to-adult", Map.of("since", "2013-01-01", "until", "2013-12-31"));

        assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
        List<String> adults = column(a, "adult");
        assertThat(adults).contains(h.id("GROWN")).doesNotContain(h.id("PEER"));
    }

    /**
     * Migrants ranked by reports are found from those with most mentions: X is named in a hundred reports, but
     * ninety-five are hidden; Y in eighty, seventy of them hidden; W in sixty, all visible. The two named most set the
     * bar, and W, named less often than either, still comes first.
     */
    @Test
    void aMigrantNamedMostlyInHiddenReportsDoesNotOutrankOneNamedInVisibleOnes() {
        HandBuiltGraph h = new HandBuiltGraph(driver, "PTI-");
        h.node(NodeLabel.Incident, "KIDNAP", Map.of("kind", "KIDNAPPING"))
                .node(NodeLabel.Incident, "STOP1", Map.of("kind", "INTERCEPTION"))
                .node(NodeLabel.Incident, "STOP2", Map.of("kind", "INTERCEPTION"));
        Map<String, int[]> named = Map.of("X", new int[] {5, 95}, "Y", new int[] {10, 70}, "W", new int[] {60, 0});
        named.forEach((who, counts) -> {
            String key = "pti-key-" + who;
            // every indicator, from one mixed case
            h.report(who + "-MIX", "RS-MUP", "MIXED", "AMBER+STRICT", "H1", "2014-02-01")
                    .mention(
                            who + "-MIX",
                            who + "-M",
                            "SMUGGLED_MIGRANT",
                            dated(
                                    key,
                                    "methodsOfControl",
                                    List.of("DebtBondage", "WithholdsDocuments", "PhysicalThreats"),
                                    "traffickingStatus",
                                    "PossibleVictimOfTrafficking"))
                    .mention(who + "-MIX", who + "-BOSS", "EXPLOITER", Map.of())
                    .fact(RelType.HARBOURED, who + "-BOSS", who + "-M", who + "-MIX")
                    .fact(RelType.EXPLOITED, who + "-BOSS", who + "-M", who + "-MIX")
                    .fact(RelType.PAID, who + "-M", who + "-BOSS", who + "-MIX")
                    .fact(RelType.PAID, who + "-M", who + "-BOSS", who + "-MIX")
                    .fact(RelType.INVOLVED_IN, who + "-M", "KIDNAP", who + "-MIX")
                    .fact(RelType.INVOLVED_IN, who + "-M", "STOP1", who + "-MIX")
                    .fact(RelType.INVOLVED_IN, who + "-M", "STOP2", who + "-MIX");
            for (int i = 1; i < counts[0]; i++) {
                h.report(who + "-RS" + i, "RS-MUP", "SOM", "AMBER+STRICT", "H1", "2014-03-01")
                        .mention(who + "-RS" + i, who + "-RS" + i + "-M", "SMUGGLED_MIGRANT", dated(key));
            }
            for (int i = 1; i <= counts[1]; i++) {
                h.report(who + "-ME" + i, "ME-UP", "SOM", "RED", "H2", "2014-03-01")
                        .mention(who + "-ME" + i, who + "-ME" + i + "-M", "SMUGGLED_MIGRANT", dated(key));
            }
        });
        h.write();

        Answer a = run(
                "smuggled-with-trafficking-indicators",
                Map.of("since", "2014-01-01", "until", "2014-12-31", "limit", 1));

        assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
        JsonNode first = a.body().get("rows").get(0);
        assertThat(first.get("persons").toString()).contains(h.id("W-M")).doesNotContain(h.id("X-M"), h.id("Y-M"));
        assertThat(first.get("reports").size()).isEqualTo(60);
        assertThat(first.get("indicators").size()).isEqualTo(8);
        assertThat(a.body().get("truncated").asBoolean()).isTrue();
    }

    /** A minor who travelled on a journey leg with the same adult in two reports. */
    @Test
    void aMinorTravellingWithTheSameAdultInTwoReports() {
        HandBuiltGraph h = new HandBuiltGraph(driver, "PTL-");
        h.report("R1", "RS-MUP", "SOM", "AMBER+STRICT", "H1", "2015-02-01")
                .report("R2", "RS-MUP", "SOM", "AMBER+STRICT", "H1", "2015-02-02")
                .mention("R1", "KID1", "SMUGGLED_MIGRANT", dated("ptl-key-kid", "minor", true))
                .mention("R2", "KID2", "SMUGGLED_MIGRANT", dated("ptl-key-kid", "minor", true))
                .mention("R1", "GUIDE", "GUIDE", Map.of("nameLatin", "Leg Guide"))
                .mention("R2", "GUIDE", "GUIDE", Map.of("nameLatin", "Leg Guide"))
                .node(NodeLabel.Leg, "LEG1", Map.of())
                .node(NodeLabel.Leg, "LEG2", Map.of())
                .fact(RelType.ON_LEG, "KID1", "LEG1", "R1")
                .fact(RelType.ON_LEG, "GUIDE", "LEG1", "R1")
                .fact(RelType.ON_LEG, "KID2", "LEG2", "R2")
                .fact(RelType.ON_LEG, "GUIDE", "LEG2", "R2")
                .write();

        Answer a = run("minors-linked-to-adult", Map.of("since", "2015-01-01", "until", "2015-12-31"));

        assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
        JsonNode row = a.body()
                .get("rows")
                .valueStream()
                .filter(r -> r.get("adult").asString().equals(h.id("GUIDE")))
                .findFirst()
                .orElseThrow();

        assertThat(row.get("times").asLong()).isEqualTo(2);
        assertThat(row.get("links").get(0).asString()).isEqualTo("TRAVELLED_WITH");
        assertThat(row.get("minors").size()).isEqualTo(2);
    }

    @Test
    void aSmuggledMigrantWithTraffickingIndicators() {
        JsonNode m = row(run("smuggled-with-trafficking-indicators", Map.of()), "persons", "M4")
                .orElseThrow();
        assertThat(m.get("indicators").valueStream().map(JsonNode::asString).toList())
                .contains(
                        "DEBT_BONDAGE",
                        "WITHHELD_DOCUMENTS",
                        "KIDNAPPING_FOR_RANSOM",
                        "OTHER_METHODS_OF_CONTROL",
                        "ASSESSED_AS_VICTIM")
                .doesNotContain("EXPLOITATION");
        assertThat(m.get("failedCrossings").asLong()).isEqualTo(2);
        assertThat(m.get("persons").toString()).doesNotContain(g.id("M3"));
    }

    @Test
    void migrantsInterceptedAgainAndAgainCountVisibleIncidents() {
        JsonNode m = row(run("repeat-interceptions", Map.of()), "persons", "M1").orElseThrow();
        assertThat(m.get("times").asLong()).isEqualTo(2);
        assertThat(row(run("repeat-interceptions", Map.of("minIncidents", 3)), "persons", "M1"))
                .isEmpty();
    }

    /**
     * Two reports each stop a migrant of the same name and nationality, with no birth date: the pseudonym they share
     * stands for namesakes, so neither is a migrant stopped twice. With a birth date in it, the same two mentions are
     * one migrant.
     */
    @Test
    void namesakesWithoutABirthDateAreNotOneMigrant() {
        HandBuiltGraph h = new HandBuiltGraph(driver, "PTN-");
        for (String report : List.of("R1", "R2", "R3", "R4")) {
            h.report(report, "RS-MUP", "SOM", "AMBER+STRICT", "H1", "2016-03-01")
                    .node(NodeLabel.Incident, "STOP-" + report, Map.of("kind", "INTERCEPTION"));
        }
        h.mention("R1", "UNDATED1", "SMUGGLED_MIGRANT", Map.of("subjectKey", "ptn-key-namesake"))
                .mention("R2", "UNDATED2", "SMUGGLED_MIGRANT", Map.of("subjectKey", "ptn-key-namesake"))
                .mention("R3", "DATED1", "SMUGGLED_MIGRANT", dated("ptn-key-dated"))
                .mention("R4", "DATED2", "SMUGGLED_MIGRANT", dated("ptn-key-dated"));
        for (String report : List.of("R1", "R2", "R3", "R4")) {
            String who = (report.equals("R1") || report.equals("R2") ? "UNDATED" : "DATED")
                    + (report.equals("R1") || report.equals("R3") ? "1" : "2");
            h.fact(RelType.INVOLVED_IN, who, "STOP-" + report, report);
        }
        h.write();

        Answer a = run("repeat-interceptions", Map.of("since", "2016-01-01", "until", "2016-12-31"));

        assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
        List<String> persons = column(a, "persons");
        assertThat(persons).hasSize(1);
        assertThat(persons.getFirst()).contains(h.id("DATED1"), h.id("DATED2"));
    }

    @Test
    void aMinorRepeatedlyLinkedToTheSameAdult() {
        JsonNode m =
                row(run("minors-linked-to-adult", Map.of()), "adult", "ADULT").orElseThrow();
        assertThat(m.get("times").asLong()).isEqualTo(2);
        assertThat(m.get("minors").size()).isEqualTo(2);
        assertThat(m.get("links").get(0).asString()).isEqualTo("TRANSPORTED");
    }

    @Test
    void moneyThroughAHawaladar() {
        JsonNode chain =
                row(run("money-chains", Map.of()), "hawaladar", "HAWALA").orElseThrow();
        assertThat(chain.get("payer").asString()).isEqualTo(g.id("PAYER"));
        assertThat(chain.get("recipient").asString()).isEqualTo(g.id("BOSS"));
        assertThat(chain.get("link").asString()).isEqualTo("PAID");
        assertThat(chain.get("amount").asDouble()).isEqualTo(2500.0);
        assertThat(chain.get("onwardAmount").asDouble()).isEqualTo(2000.0);
        assertThat(row(run("money-chains", Map.of("minAmount", 3000)), "hawaladar", "HAWALA"))
                .isEmpty();
    }

    @Test
    void theOutcomeFunnelOfANetwork() {
        Answer a = run("outcome-funnel", Map.of());
        JsonNode network = a.body()
                .get("rows")
                .valueStream()
                .filter(r -> r.get("network").asString().equals("grupa pt"))
                .findFirst()
                .orElseThrow();
        assertThat(network.get("suspects").asLong()).isEqualTo(3);
        assertThat(network.get("arrested").asLong()).isEqualTo(2);
        assertThat(network.get("charged").asLong()).isEqualTo(1);
        assertThat(network.get("convicted").asLong()).isEqualTo(1);
        assertThat(network.get("acquitted").asLong()).isZero();
    }

    @Test
    void theBrokerBetweenTwoGroupsComesFirst() {
        Answer a = run("brokers", Map.of("since", "2017-01-01", "until", "2017-12-31"));

        assertThat(a.status()).as("%s", a.body()).isEqualTo(200);
        JsonNode first = a.body().get("rows").get(0);
        assertThat(first.get("person").asString()).isEqualTo(g.id("BROKER"));
        assertThat(first.get("caption").asString()).isEqualTo("The Broker");
        assertThat(first.get("communities").asLong()).isEqualTo(2);
        // of the 28 pairs of the other eight persons, the 16 between the two groups all pass through the broker
        assertThat(first.get("betweenness").asDouble())
                .isCloseTo(16.0 / 28, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(a.body().get("parameters").get("communitiesFound").asLong()).isEqualTo(2);
    }

    @Test
    void unknownPatternsAndBadParametersAreAnswered() {
        Answer unknown = run("no-such-pattern", Map.of());
        Answer tooSmall = run("facilitators-across-cases", Map.of("minCases", 0));
        Answer notAParameter = run("facilitators-across-cases", Map.of("minCase", 2));
        Answer badDate = run("recurring-selectors", Map.of("since", "01.01.2024."));
        Answer liaison =
                Http.post(TestUsers.client(port, TestUsers.RS_LIAISON), "/api/v1/patterns/money-chains/run", Map.of());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(tooSmall.status()).isEqualTo(400);
        assertThat(tooSmall.body().get("parameter").asString()).isEqualTo("parameters.minCases");
        assertThat(notAParameter.body().get("parameter").asString()).isEqualTo("parameters.minCase");
        assertThat(badDate.body().get("parameter").asString()).isEqualTo("parameters.since");
        assertThat(liaison.status()).isEqualTo(403);
    }
}
