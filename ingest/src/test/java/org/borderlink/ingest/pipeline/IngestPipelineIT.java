package org.borderlink.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.borderlink.graph.testing.MigrantBounds;
import org.borderlink.graph.testing.TestNeo4j;
import org.borderlink.ingest.facts.FactBuilder;
import org.borderlink.ingest.facts.Pseudonymiser;
import org.borderlink.ingest.report.ReportReader;
import org.borderlink.ingest.report.ReportValidator;
import org.borderlink.ingest.write.GraphWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * The ingest pipeline against the real embedded engine: idempotency, version replacement, refusal, anonymisation
 * and exact selector identity across countries. Each test uses its own report references (a random run id), so tests
 * never see each other's reports; shared selectors are made unique per run too.
 */
class IngestPipelineIT {

    private static final Pseudonymiser PSEUDONYMS =
            new Pseudonymiser("integration-test-secret-0123456789".getBytes(StandardCharsets.UTF_8));

    private final Driver driver = TestNeo4j.driver();
    private final IngestPipeline pipeline =
            new IngestPipeline(new ReportValidator(), FactBuilder.standard(PSEUDONYMS), new GraphWriter(driver), 10);
    private String run;
    private String phoneTail;

    @BeforeEach
    void newRun() {
        run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        phoneTail = String.valueOf(100_000 + Math.floorMod(run.hashCode(), 900_000));
        try (var session = driver.session()) {
            session.run("MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n").consume();
        }
    }

    private IngestSummary ingest(String... reports) {
        String ndjson = String.join("\n", reports);
        return pipeline.ingest(new ReportReader()
                .read(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), "test.ndjson"));
    }

    /** A Serbian MUP report: a driver with a Bosnian phone written the Serbian way, a van, one smuggled migrant. */
    private String serbianReport(int version, String phone, String narrativeTail) {
        return """
                {"schemaVersion":"1","agency":"RS-MUP","country":"Србија","reference":"KU-%s","version":%d,
                 "reportedOn":"17.03.2024.","type":"SOM",
                 "marking":{"tlp":"AMBER","handling":"H1","releasableTo":["BA"]},"grading":"B2",
                 "narrative":{"text":"Возило заустављено код Шида. Мигрант Ахмад Рахими пронађен у товарном простору. %s","language":"sr"},
                 "incidents":[{"ref":"i1","kind":"INTERCEPTION","date":"17.03.2024.","place":{"name":"Шид","country":"RS"},"migrants":12}],
                 "persons":[
                   {"ref":"p1","role":"DRIVER","name":"Џавад Хусеини","gender":"MALE","birthDate":"12.05.1988.","nationality":"Авганистан","incidents":[{"ref":"i1"}]},
                   {"ref":"p2","role":"SMUGGLED_MIGRANT","name":"Ахмад Рахими","gender":"MALE","birthDate":"01.01.2007","birthDateEstimated":true,"nationality":"AF","incidents":[{"ref":"i1"}]}],
                 "selectors":{
                   "phones":[{"ref":"ph1","number":"%s","usedBy":["p1"]},{"ref":"ph2","number":"+93 70 %s 12","usedBy":["p2"]}],
                   "vehicles":[{"ref":"v1","plate":"БГ %s-АБ","country":"RS","make":"VW Transporter","usedBy":["p1"]}],
                   "documents":[{"ref":"d1","type":"PASSPORT","issuer":"AF","number":"P%s","status":"GENUINE","usedBy":["p2"]}]},
                 "legs":[{"ref":"l1","order":1,"from":{"name":"Beograd","country":"RS"},"to":{"id":"RS-HR-SID"},"mode":"VAN","date":"17.03.2024.","price":{"value":300,"currency":"EUR"},"persons":["p1","p2"],"vehicles":["v1"]}]}
                """.formatted(
                        run,
                        version,
                        narrativeTail,
                        phone,
                        phoneTail.substring(0, 5),
                        run.substring(0, 3).replaceAll("[^0-9]", "1") + "1",
                        run)
                .replace("\n", " ");
    }

    /** A Bosnian border police report naming the same phone in local notation and the same van in Latin script. */
    private String bosnianReport() {
        return """
                {"schemaVersion":"1","agency":"BA-GP","country":"BiH","reference":"GP-%s","version":1,
                 "reportedOn":"02.04.2024.","type":"SOM",
                 "marking":{"tlp":"AMBER","handling":"H0","releasableTo":["RS"]},"grading":"B2",
                 "persons":[{"ref":"x1","role":"DRIVER","name":"Dzavad Huseini","nationality":"Afganistan"}],
                 "selectors":{
                   "phones":[{"ref":"ph1","number":"061 %s","usedBy":["x1"]}],
                   "vehicles":[{"ref":"v1","plate":"BG-%s-AB","country":"Srbija","usedBy":["x1"]}]}}
                """.formatted(run, phoneTail, run.substring(0, 3).replaceAll("[^0-9]", "1") + "1")
                .replace("\n", " ");
    }

    private String bosnianPhone() {
        return "+387 61 " + phoneTail;
    }

    @Test
    void theSameReportTwiceChangesNothing() {
        IngestSummary first = ingest(serbianReport(1, bosnianPhone(), ""));
        assertThat(first.stored()).as("%s", first.results()).isEqualTo(1);
        GraphSnapshot before = GraphSnapshot.of(driver);

        IngestSummary second = ingest(serbianReport(1, bosnianPhone(), ""));

        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(second.stored()).isZero();
        assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
    }

    @Test
    void aHigherVersionReplacesOnlyThatReportsFacts() {
        ingest(serbianReport(1, bosnianPhone(), ""), bosnianReport());
        String phoneId = "+38761" + phoneTail;
        assertThat(usersOf(phoneId)).containsExactlyInAnyOrder("RS-MUP", "BA-GP");

        IngestSummary corrected = ingest(serbianReport(2, "+381 64 " + phoneTail, "Исправка."));

        assertThat(corrected.replaced()).isEqualTo(1);
        assertThat(usersOf(phoneId)).as("the Bosnian report's fact survives").containsExactly("BA-GP");
        assertThat(usersOf("+38164" + phoneTail)).containsExactly("RS-MUP");
        try (var session = driver.session()) {
            long stale = session.run(
                            "MATCH ()-[r {reportId: $id}]->() WHERE r.firstSeen IS NULL RETURN count(r) AS c",
                            Map.of("id", "RS-MUP:KU-" + run))
                    .single()
                    .get("c")
                    .asLong();
            assertThat(stale).isZero();
            long version = session.run(
                            "MATCH (r:Report {id: $id}) RETURN r.version AS v", Map.of("id", "RS-MUP:KU-" + run))
                    .single()
                    .get("v")
                    .asLong();
            assertThat(version).isEqualTo(2);
            long mentions = session.run(
                            "MATCH (:Report {id: $id})-[m:MENTIONS]->(p:Person) RETURN count(p) AS c",
                            Map.of("id", "RS-MUP:KU-" + run))
                    .single()
                    .get("c")
                    .asLong();
            assertThat(mentions).as("no duplicate persons after replacement").isEqualTo(2);
        }
        MigrantBounds.assertFollowTheirMentions(driver);
    }

    @Test
    void everyWriteOfAReportTakesANewerIngestSequenceAndAnUnchangedOneKeepsIt() {
        ingest(serbianReport(1, bosnianPhone(), ""));
        long first = ingestSeq("RS-MUP:KU-" + run);
        ingest(serbianReport(1, bosnianPhone(), ""));
        long unchanged = ingestSeq("RS-MUP:KU-" + run);
        ingest(bosnianReport());
        ingest(serbianReport(2, bosnianPhone(), " Corrected."));
        long replaced = ingestSeq("RS-MUP:KU-" + run);

        assertThat(first).isPositive();
        assertThat(unchanged).isEqualTo(first);
        assertThat(replaced).isGreaterThan(first);
    }

    @Test
    void aCorrectionCloseBehindItsFirstVersionWaitsForTheNextBatchWithoutCuttingThisOneShort() {
        String first = serbianReport(1, bosnianPhone(), "");
        String corrected = serbianReport(2, "+381 64 " + phoneTail, "Исправка.");
        String third = serbianReport(3, "+381 65 " + phoneTail, "Друга исправка.");
        IngestSummary summary = ingest(first, corrected, bosnianReport(), third);

        assertThat(summary.results())
                .extracting(ReportResult::status)
                .containsExactly(
                        ReportResult.Status.STORED,
                        ReportResult.Status.REPLACED,
                        ReportResult.Status.STORED,
                        ReportResult.Status.REPLACED);
        // the first version and the Bosnian report made one batch, each correction one after it
        assertThat(ingestSeq("RS-MUP:KU-" + run)).isEqualTo(ingestSeq("BA-GP:GP-" + run) + 2);
        assertThat(usersOf("+38761" + phoneTail))
                .as("the first version's phone")
                .containsExactly("BA-GP");
        assertThat(usersOf("+38164" + phoneTail))
                .as("the second version's phone")
                .isEmpty();
        assertThat(usersOf("+38165" + phoneTail)).containsExactly("RS-MUP");
        try (var session = driver.session()) {
            long mentions = session.run(
                            "MATCH (:Report {id: $id})-[m:MENTIONS]->(p:Person) RETURN count(p) AS c",
                            Map.of("id", "RS-MUP:KU-" + run))
                    .single()
                    .get("c")
                    .asLong();
            assertThat(mentions).isEqualTo(2);
        }
    }

    private long ingestSeq(String reportId) {
        try (var session = driver.session()) {
            return session.run("MATCH (r:Report {id: $id}) RETURN r.ingestSeq AS s", Map.of("id", reportId))
                    .single()
                    .get("s")
                    .asLong();
        }
    }

    @Test
    void theSameReportSubmittedTwiceAtOnceIsStoredOnce() throws Exception {
        String report = serbianReport(1, bosnianPhone(), "");
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = threads.submit(() -> {
                start.await();
                return ingest(report);
            });
            var second = threads.submit(() -> {
                start.await();
                return ingest(report);
            });
            start.countDown();
            IngestSummary a = first.get();
            IngestSummary b = second.get();
            assertThat(a.stored() + b.stored()).isEqualTo(1);
            assertThat(a.unchanged() + b.unchanged()).isEqualTo(1);
        }
        try (var session = driver.session()) {
            long mentions = session.run(
                            "MATCH (:Report {id: $id})-[m:MENTIONS]->() RETURN count(m) AS c",
                            Map.of("id", "RS-MUP:KU-" + run))
                    .single()
                    .get("c")
                    .asLong();
            assertThat(mentions).isEqualTo(2);
        }
    }

    @Test
    void anOlderOrConflictingVersionIsRefusedAndChangesNothing() {
        ingest(serbianReport(2, bosnianPhone(), ""));
        GraphSnapshot before = GraphSnapshot.of(driver);

        IngestSummary older = ingest(serbianReport(1, bosnianPhone(), ""));
        IngestSummary conflicting = ingest(serbianReport(2, bosnianPhone(), "Друга верзија."));

        assertThat(older.refused()).isEqualTo(1);
        assertThat(conflicting.refused()).isEqualTo(1);
        assertThat(conflicting.results().getFirst().problems().getFirst().message())
                .contains("not newer than the version already stored");
        assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
    }

    @Test
    void aRefusedReportLeavesTheGraphUnchangedAndSaysWhy() {
        ingest(bosnianReport());
        GraphSnapshot before = GraphSnapshot.of(driver);

        IngestSummary summary = ingest(
                serbianReport(1, "not a phone", "").replace("\"17.03.2024.\",\"type\"", "\"31.02.2024.\",\"type\""));

        assertThat(summary.refused()).isEqualTo(1);
        assertThat(summary.results().getFirst().problems())
                .extracting(p -> p.path())
                .contains("$.selectors.phones[0].number", "$.reportedOn");
        assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
    }

    @Test
    void goodReportsInTheSameInputAreStoredBesideARefusedOne() {
        IngestSummary summary = ingest(serbianReport(1, "12", ""), "{\"schemaVersion\": 1", bosnianReport());

        assertThat(summary.stored()).isEqualTo(1);
        assertThat(summary.refused()).isEqualTo(2);
        assertThat(summary.results()).extracting(ReportResult::index).containsExactly(0, 1, 2);
        assertThat(summary.results().get(2).status()).isEqualTo(ReportResult.Status.STORED);
    }

    @Test
    void smuggledMigrantsAreStoredWithoutDirectIdentifiers() {
        IngestSummary summary = ingest(serbianReport(1, bosnianPhone(), ""));

        ReportResult result = summary.results().getFirst();
        assertThat(result.removed())
                .anyMatch(r -> r.startsWith("$.persons[1].name"))
                .anyMatch(r -> r.startsWith("$.persons[1].birthDate: replaced by age band"))
                .anyMatch(r -> r.startsWith("$.selectors.phones[1].number: replaced by a keyed pseudonym"))
                .anyMatch(r -> r.startsWith("$.selectors.documents[0].number"))
                .anyMatch(r -> r.startsWith("$.narrative.text"));
        GraphSnapshot graph = GraphSnapshot.of(driver);
        String everything = graph.toString();
        assertThat(everything)
                .doesNotContain("Ахмад")
                .doesNotContain("Рахими")
                .doesNotContain("Ahmad")
                .doesNotContain("P" + run)
                .doesNotContain("9370" + phoneTail.substring(0, 5));
        try (var session = driver.session()) {
            var mention = session.run(
                            "MATCH (:Report)-[m:MENTIONS {localRef: 'p2'}]->(p:Person) RETURN m, p, p.displayKey AS key")
                    .single();
            assertThat(mention.get("m").get("ageBand").asString()).isEqualTo("9–17");
            assertThat(mention.get("m").get("minor").asBoolean()).isTrue();
            assertThat(mention.get("m").get("subjectKey").asString()).hasSize(32);
            assertThat(mention.get("m").get("subjectKeyDated").isNull())
                    .as("an estimated birth year went into the pseudonym, which namesakes share")
                    .isTrue();
            assertThat(mention.get("m").get("tallyKey").asString())
                    .as("so the patterns follow the person instead")
                    .isEqualTo(mention.get("p").get("id").asString());
            assertThat(mention.get("key").asString()).isEqualTo("smuggled migrant p2");
            var driverMention = session.run("MATCH (:Report)-[m:MENTIONS {localRef: 'p1'}]->() RETURN m")
                    .single()
                    .get("m");
            assertThat(driverMention.get("name").asString()).isEqualTo("Џавад Хусеини");
            assertThat(driverMention.get("nameLatin").asString()).isEqualTo("Džavad Huseini");
        }
    }

    @Test
    void phonesAndPlatesAreTheSameAcrossCountriesScriptsAndNotations() {
        IngestSummary summary = ingest(serbianReport(1, bosnianPhone(), ""), bosnianReport());
        assertThat(summary.stored()).as("%s", summary.results()).isEqualTo(2);

        assertThat(usersOf("+38761" + phoneTail)).containsExactlyInAnyOrder("RS-MUP", "BA-GP");
        try (var session = driver.session()) {
            List<String> vehicleAgencies = session.run(
                            "MATCH (v:Vehicle)<-[u:USES]-() WHERE v.id STARTS WITH 'RS:BG' RETURN v.id AS id, collect(u.agency) AS agencies")
                    .list(r -> r.get("id").asString() + " " + r.get("agencies").asList());
            assertThat(vehicleAgencies).hasSize(1);
            assertThat(vehicleAgencies.getFirst()).contains("RS-MUP").contains("BA-GP");
        }
    }

    @Test
    void everyFactCarriesItsProvenanceAndAudience() {
        ingest(serbianReport(1, bosnianPhone(), ""));
        try (var session = driver.session()) {
            long missing = session.run("""
                            MATCH ()-[r]->() WHERE r.reportId IS NULL OR r.agency IS NULL OR r.aud IS NULL
                               OR r.firstSeen IS NULL OR r.lastSeen IS NULL RETURN count(r) AS c""").single().get("c").asLong();
            assertThat(missing).isZero();
            List<Object> aud = session.run("MATCH (:Report)-[r:REPORTS]->() RETURN r.aud AS aud")
                    .single()
                    .get("aud")
                    .asList();
            assertThat(aud).containsExactly("agency:RS-MUP", "country:BA");
        }
    }

    @Test
    void factsAboutAMinorAreSeenByTheOwnerAloneFromTheMomentTheyAreWritten() {
        ingest(serbianReport(1, bosnianPhone(), ""));
        String reportId = "RS-MUP:KU-" + run;
        try (var session = driver.session()) {
            Map<String, List<Object>> audByFact = new java.util.TreeMap<>();
            session.run("""
                            MATCH (a)-[x {reportId: $id}]->(b)
                            RETURN type(x) + ' ' + coalesce(a.id, '') + '>' + b.id AS fact, x.aud AS aud""", Map.of("id", reportId))
                    .forEachRemaining(r -> audByFact.put(
                            r.get("fact").asString().replace(reportId, "R"),
                            r.get("aud").asList()));
            List<Object> ownerOnly = List.of("agency:RS-MUP");
            List<Object> marking = List.of("agency:RS-MUP", "country:BA");
            // p2, the smuggled migrant, is 17: the mention, the involvement, the phone, the passport and the leg
            assertThat(audByFact)
                    .hasSize(16)
                    .containsEntry("MENTIONS R>R#p2", ownerOnly)
                    .containsEntry("INVOLVED_IN R#p2>R#i1", ownerOnly)
                    .containsEntry("ON_LEG R#p2>R#l1", ownerOnly)
                    .containsEntry("MENTIONS R>R#p1", marking)
                    .containsEntry("INVOLVED_IN R#p1>R#i1", marking)
                    .containsEntry("ON_LEG R#p1>R#l1", marking)
                    .containsEntry("REPORTS R>R#i1", marking)
                    .containsEntry("DESCRIBES R>R#l1", marking);
            assertThat(audByFact.entrySet().stream()
                            .filter(e -> e.getKey().startsWith("USES R#p2>"))
                            .map(Map.Entry::getValue))
                    .hasSize(2)
                    .allMatch(ownerOnly::equals);
            assertThat(audByFact.entrySet().stream()
                            .filter(e -> !e.getKey().contains("R#p2"))
                            .map(Map.Entry::getValue))
                    .hasSize(11)
                    .allMatch(marking::equals);
        }
    }

    private List<String> usersOf(String phoneId) {
        try (var session = driver.session()) {
            return session.run("MATCH (:Phone {id: $id})<-[u:USES]-() RETURN u.agency AS agency", Map.of("id", phoneId))
                    .list(r -> r.get("agency").asString());
        }
    }
}
