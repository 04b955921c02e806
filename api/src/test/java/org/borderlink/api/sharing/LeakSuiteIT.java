package org.borderlink.api.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.api.testing.CaseReports;
import org.borderlink.api.testing.ReadEndpoints;
import org.borderlink.api.testing.ReadEndpoints.Call;
import org.borderlink.api.testing.TestUsers;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.sharing.Viewer;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.synthetic.WesternBalkansGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The leak suite: every read endpoint ({@link ReadEndpoints}), called as users of different agencies over generated
 * data with mixed markings and hand-made RED, AMBER+STRICT, AMBER and GREEN reports, must answer nothing outside the
 * user's audience tokens. Three checks, each independent of the visibility predicate under test:
 *
 * <ol>
 *   <li><b>No hidden atom</b>: no answer holds a report id, node id, name or number that only facts the user may not
 *       see carry (computed here from the stored {@code aud} lists with {@link Viewer#maySee}, not with Cypher);
 *   <li><b>Non-interference</b>: a RED report of another agency written between two rounds of calls — touching the
 *       same phones, plate, document, name, persons and crossing point the calls ask about, and joining two persons
 *       otherwise unconnected — changes nothing in any other agency's answers, except the hit/no-hit counts: no
 *       count, no "and N more", no path, no error message, no status;
 *   <li><b>Narrowing</b>: once a report is narrowed to RED, no answer of another agency holds it any more.
 * </ol>
 *
 * An endpoint missing from {@link ReadEndpoints} fails {@link #everyReadEndpointIsInTheLeakTable()}.
 */
@BorderlinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeakSuiteIT {

    /** Letters only, so it can sit inside names. */
    private static final String RUN = ThreadLocalRandom.current()
            .ints(6, 'A', 'Z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();

    private static final String RUN_LOWER = RUN.toLowerCase(java.util.Locale.ROOT);

    /** The owner of the canaries and the shadow; everyone else must not see what it keeps to itself. */
    private static final String OWNER = TestUsers.RS_INVESTIGATOR;

    /** Users of other agencies and communities: investigators and analysts, and liaison officers. */
    private static final List<String> OTHERS = List.of(
            TestUsers.BA_INVESTIGATOR,
            TestUsers.AL_INVESTIGATOR,
            TestUsers.MK_INVESTIGATOR,
            TestUsers.ME_INVESTIGATOR,
            TestUsers.HU_INVESTIGATOR,
            TestUsers.BA_LIAISON,
            TestUsers.AL_LIAISON);

    private static final Map<String, Viewer> VIEWERS = Map.of(
            TestUsers.RS_INVESTIGATOR, Viewer.of(AgencyId.of("RS-MUP"), "WB"),
            TestUsers.BA_INVESTIGATOR, Viewer.of(AgencyId.of("BA-GP"), "WB"),
            TestUsers.BA_LIAISON, Viewer.of(AgencyId.of("BA-GP"), "WB"),
            TestUsers.AL_INVESTIGATOR, Viewer.of(AgencyId.of("AL-ASP"), "WB"),
            TestUsers.AL_LIAISON, Viewer.of(AgencyId.of("AL-ASP"), "WB"),
            TestUsers.MK_INVESTIGATOR, Viewer.of(AgencyId.of("MK-MVR"), "WB"),
            TestUsers.ME_INVESTIGATOR, Viewer.of(AgencyId.of("ME-UP"), "WB"),
            TestUsers.HU_INVESTIGATOR, Viewer.of(AgencyId.of("HU-ORFK"), "EU"));

    /**
     * Endpoints that answer with no case data, or only with what the caller sent or owns, and why they are not in
     * {@link ReadEndpoints}. Every other endpoint must be in the table.
     */
    private static final Map<String, String> WITHOUT_CASE_DATA = Map.ofEntries(
            Map.entry("POST /api/v1/reports", "ingest: answers with the submitter's own reports"),
            Map.entry("POST /api/v1/reports/tabular", "ingest of CSV/XLSX: answers with the submitter's own reports"),
            Map.entry("POST /api/v1/reports/htcds", "ingest of HTCDS: answers with the submitter's own reports"),
            Map.entry("POST /api/v1/reports/ftm", "ingest of FollowTheMoney: answers with the submitter's own reports"),
            Map.entry("POST /api/v1/auth/token", "login: answers with a token"),
            Map.entry("GET /api/v1/auth/methods", "open: how to sign in here, nothing about any user"),
            Map.entry("GET /api/v1/ui-config", "map tiles, the public gazetteer and upload mapping names"),
            Map.entry("PUT /api/v1/markings", "sharing decision of the owner, on its own report (SharingIT)"),
            Map.entry("POST /api/v1/access-requests", "files a request; answers with the request (SharingIT)"),
            Map.entry("POST /api/v1/access-requests/{id}/decision", "owner's decision on its own reports (SharingIT)"),
            Map.entry("GET /api/v1/audit/events", "auditors only, scoped to their country (AuditIT)"),
            Map.entry("GET /api/v1/audit/verify", "auditors only, chain positions without content (AuditIT)"),
            Map.entry("GET /api/v1/patterns", "the pattern library: names, questions and parameters"),
            Map.entry("POST /api/v1/resolution/{id}/confirm", "a decision on a suggestion the caller may see"),
            Map.entry("POST /api/v1/resolution/{id}/reject", "a decision on a suggestion the caller may see"),
            Map.entry("POST /api/v1/resolution/{id}/undo", "a decision on a suggestion the caller may see"),
            Map.entry("POST /api/v1/resolution/persons/{personId}/split", "a decision on a person the caller may see"));

    /**
     * Read endpoints the suite cannot call yet, and why. Keep it empty: an endpoint here is an endpoint no test
     * proves leak-free.
     */
    private static final Map<String, String> NOT_YET_COVERED = Map.of();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    IngestPipeline pipeline;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<String, String> anchors = new LinkedHashMap<>();
    private final Map<String, String> narrowAnchors = new LinkedHashMap<>();
    private final Set<String> canaryAtoms = new TreeSet<>();
    private final Map<String, Set<String>> canaryAtomsHiddenFrom = new HashMap<>();
    private final Set<String> narrowAtoms = new TreeSet<>();
    private String shadowReport;
    private String narrowReport;

    /** Answers before and after the shadow report was written: call name → user → normalised answer. */
    private final Map<String, Map<String, String>> before = new TreeMap<>();

    private final Map<String, Map<String, String>> after = new TreeMap<>();
    private final Map<String, Map<String, ResponseEntity<String>>> raw = new TreeMap<>();

    private static String phone() {
        return "+38164" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    }

    private String submit(CaseReports report) {
        return report.submit(TestUsers.client(port, TestUsers.REGIONAL_INGEST));
    }

    private void hide(String atom, String... from) {
        canaryAtoms.add(atom);
        canaryAtomsHiddenFrom.computeIfAbsent(atom, a -> new TreeSet<>()).addAll(List.of(from));
    }

    @BeforeAll
    void seedCallWriteTheShadowCallAgain() {
        AtomicInteger index = new AtomicInteger();
        pipeline.ingest(WesternBalkansGenerator.stream(120, 20260704L)
                .map(g -> new ReadResult.Parsed(index.get(), "leak-suite", index.incrementAndGet(), g.report())));

        String name = "Zoran Sidro" + RUN_LOWER;
        String phone = phone();
        String phoneB = phone();
        String minorPhone = phone();
        String plate = "BG" + (100 + ThreadLocalRandom.current().nextInt(899)) + RUN.substring(0, 2);
        String document = "P" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));

        // GREEN of RS-MUP: the whole region sees it, Hungary's EU-only officers do not
        String greenDriver = "Goran Zeleni" + RUN_LOWER;
        String greenPhone = phone();
        String green = submit(CaseReports.report("RS-MUP", "LEAK-GREEN-" + RUN)
                .marking("GREEN", "H0")
                .person("ORGANISER", name)
                .phone(phone, "P1")
                .vehicle(plate, "RS", "P1")
                .document("PASSPORT", "AF", document, "P1")
                .person("DRIVER", greenDriver)
                .phone(greenPhone, "P5")
                .relation("ASSOCIATE_OF", "P1", "P5")
                .incident("INTERCEPTION", "RS-HR-SID"));
        hide(green, TestUsers.HU_INVESTIGATOR);
        hide(greenDriver, TestUsers.HU_INVESTIGATOR);
        hide(greenPhone, TestUsers.HU_INVESTIGATOR);

        // AMBER of BA-GP released to Serbia: BA-GP and every Serbian agency
        String baPerson = "Adnan Amberovic" + RUN_LOWER;
        String amber = submit(CaseReports.report("BA-GP", "LEAK-AMBER-" + RUN)
                .marking("AMBER", "H1", "RS")
                .person("TRANSPORTER", baPerson)
                .phone(phoneB, "P1")
                .incident("INTERCEPTION", "RS-HR-SID"));
        List<String> notBaOrRs = List.of(
                TestUsers.AL_INVESTIGATOR,
                TestUsers.AL_LIAISON,
                TestUsers.MK_INVESTIGATOR,
                TestUsers.ME_INVESTIGATOR,
                TestUsers.HU_INVESTIGATOR);
        hide(amber, notBaOrRs.toArray(String[]::new));
        hide(baPerson, notBaOrRs.toArray(String[]::new));

        // AMBER+STRICT of RS-MUP released to ME-UP only
        String strictPerson = "Stevan Strogi" + RUN_LOWER;
        String strictPhone = phone();
        String strict = submit(CaseReports.report("RS-MUP", "LEAK-STRICT-" + RUN)
                .marking("AMBER+STRICT", "H2", "ME-UP")
                .person("GUIDE", strictPerson)
                .phone(strictPhone, "P1")
                .phone(phone, "P1")
                .incident("CROSSING_ATTEMPT", "RS-HR-SID"));
        List<String> notMe = OTHERS.stream()
                .filter(u -> !u.equals(TestUsers.ME_INVESTIGATOR))
                .toList();
        hide(strict, notMe.toArray(String[]::new));
        hide(strictPerson, notMe.toArray(String[]::new));
        hide(strictPhone, notMe.toArray(String[]::new));

        // GREEN of RS-MUP with minors: the report reaches the region, its minors only RS-MUP
        String minorDriver = "Marko Dijete" + RUN_LOWER;
        String minorDriverPhone = phone();
        String minors = submit(CaseReports.report("RS-MUP", "LEAK-MINOR-" + RUN)
                .marking("GREEN", "H0")
                .person("EXPLOITER", "Bojan Odrasli" + RUN_LOWER)
                .phone(phone, "P1")
                .minor("VICTIM", "Amira Mala" + RUN_LOWER)
                .phone(minorPhone, "P3")
                .minor("DRIVER", minorDriver)
                .phone(minorDriverPhone, "P5")
                .relation("EXPLOITED", "P1", "P3")
                .incident("EXPLOITATION", "RS-HR-SID"));
        hide(minorDriver, OTHERS.toArray(String[]::new));
        hide(minorDriverPhone, OTHERS.toArray(String[]::new));
        hide(minors + "#P3", OTHERS.toArray(String[]::new));
        hide(minors + "#P5", OTHERS.toArray(String[]::new));

        // the RED report is written later; its id, persons and numbers exist for no one else
        String shadowName = "Sava Senka" + RUN_LOWER;
        CaseReports shadow = CaseReports.report("RS-MUP", "LEAK-SHADOW-" + RUN)
                .marking("RED", "H3")
                .narrative("SHADOWCANARY" + RUN + " meeting at the crossing")
                .person("ORGANISER", name)
                .phone(phone, "P1")
                .phone(phoneB, "P1")
                .vehicle(plate, "RS", "P1")
                .document("PASSPORT", "AF", document, "P1")
                .person("HARBOURER", shadowName)
                .phone(phone(), "P6")
                .relation("PAID", "P6", "P1")
                .incident("ARREST", "RS-HR-SID");
        shadowReport = shadow.id();
        for (String atom : List.of(shadowReport, "SHADOWCANARY" + RUN, shadowName)) {
            hide(atom, OTHERS.toArray(String[]::new));
        }

        anchors.put("phone", phone);
        anchors.put("phoneB", phoneB);
        anchors.put("minorPhone", minorPhone);
        anchors.put("minorName", minorDriver);
        anchors.put("plate", plate);
        anchors.put("document", "PASSPORT:AF:" + document);
        anchors.put("name", name);
        anchors.put("report", green);
        anchors.put("shadowReport", shadowReport);
        anchors.put("person", personOf(green, "P1"));
        anchors.put("personB", personOf(amber, "P1"));
        anchors.put("shadowPerson", shadowReport + "#P6");
        anchors.put("shadowName", shadowName);
        anchors.put("suggestion", "none-" + RUN);
        anchors.put("location", "RS-HR-SID");
        anchors.put("from", "2026-01-01");
        anchors.put("to", "2026-12-31");

        List<String> everyone = new ArrayList<>(OTHERS);
        everyone.add(OWNER);
        callEverything(everyone, before);

        submit(shadow);
        anchors.put("shadowPerson", personOf(shadowReport, "P6"));
        hide(anchors.get("shadowPerson"), OTHERS.toArray(String[]::new));
        suggestionAbout(shadowReport).ifPresent(id -> anchors.put("suggestion", id));
        callEverything(everyone, after);

        seedNarrowing();
    }

    /** A GREEN report of its own, on its own crossing point, for the narrowing test. */
    private void seedNarrowing() {
        String name = "Nikola Suzeni" + RUN_LOWER;
        String second = "Nebojsa Drugi" + RUN_LOWER;
        String phone = phone();
        String plate = "NI" + (100 + ThreadLocalRandom.current().nextInt(899)) + RUN.substring(2, 4);
        String document = "N" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        narrowReport = submit(CaseReports.report("RS-MUP", "LEAK-NARROW-" + RUN)
                .marking("GREEN", "H0")
                .person("ORGANISER", name)
                .phone(phone, "P1")
                .vehicle(plate, "RS", "P1")
                .document("PASSPORT", "AF", document, "P1")
                .person("DRIVER", second)
                .relation("ASSOCIATE_OF", "P1", "P5")
                .incident("INTERCEPTION", "MK-RS-TABANOVCE"));
        String person = personOf(narrowReport, "P1");
        narrowAnchors.putAll(Map.of(
                "phone", phone,
                "phoneB", phone,
                "minorPhone", phone,
                "plate", plate,
                "document", "PASSPORT:AF:" + document,
                "name", name,
                "report", narrowReport,
                "shadowReport", narrowReport,
                "person", person,
                "personB", personOf(narrowReport, "P5")));
        narrowAnchors.putAll(Map.of(
                "shadowPerson",
                person,
                "shadowName",
                name,
                "minorName",
                name,
                "suggestion",
                "none-" + RUN,
                "location",
                "MK-RS-TABANOVCE",
                "from",
                "2026-01-01",
                "to",
                "2026-12-31"));
        narrowAtoms.addAll(List.of(narrowReport, second, personOf(narrowReport, "P5")));
    }

    private java.util.Optional<String> suggestionAbout(String report) {
        try (var session = driver.session()) {
            return session
                    .run("""
                            MATCH ()-[s:POSSIBLY_SAME_AS]->() WHERE s.fromReport = $report OR s.toReport = $report
                            RETURN s.id AS id LIMIT 1""", Map.of("report", report))
                    .list(r -> r.get("id").asString())
                    .stream()
                    .findFirst();
        }
    }

    private String personOf(String report, String ref) {
        try (var session = driver.session()) {
            return session.run(
                            "MATCH (:Report {id: $report})-[m:MENTIONS {localRef: $ref}]->(p) RETURN p.id AS id",
                            Map.of("report", report, "ref", ref))
                    .single()
                    .get("id")
                    .asString();
        }
    }

    private void callEverything(List<String> users, Map<String, Map<String, String>> into) {
        for (Call call : ReadEndpoints.all()) {
            for (String user : users) {
                ResponseEntity<String> answer = call.call(TestUsers.client(port, user), port, anchors);
                into.computeIfAbsent(call.name(), c -> new TreeMap<>()).put(user, normalised(call, answer, anchors));
                if (into == after)
                    raw.computeIfAbsent(call.name(), c -> new TreeMap<>()).put(user, answer);
            }
        }
    }

    /**
     * Status and body, with the call's own inputs replaced by their anchor names (an answer may echo what was asked),
     * volatile fields removed, and hit/no-hit fields left out (checked on their own).
     */
    private static String normalised(Call call, ResponseEntity<String> answer, Map<String, String> anchors) {
        String body = answer.getBody() == null ? "" : withoutInputs(call, answer.getBody(), anchors);
        try {
            JsonNode json = JSON.readTree(body);
            if (json instanceof ObjectNode object) {
                call.hitFields().forEach(object::remove);
            }
            withoutFields(json, call.volatileFields());
            withoutFields(json, call.ownInputFields());
            withoutFields(json, Set.of("timestamp"));
            sorted(json, call.unorderedFields());
            body = JSON.writeValueAsString(json);
        } catch (RuntimeException notJson) {
            // compared as text
        }
        return answer.getStatusCode().value() + " " + body;
    }

    private static void withoutFields(JsonNode node, Set<String> fields) {
        if (fields.isEmpty()) return;
        if (node instanceof ObjectNode object) {
            fields.forEach(object::remove);
        }
        node.forEach(child -> withoutFields(child, fields));
    }

    private static void sorted(JsonNode node, Set<String> fields) {
        if (fields.isEmpty()) return;
        if (node instanceof ObjectNode object) {
            for (String field : fields) {
                if (object.get(field) instanceof tools.jackson.databind.node.ArrayNode list) {
                    List<JsonNode> items = new ArrayList<>();
                    list.forEach(items::add);
                    items.sort(java.util.Comparator.comparing(JsonNode::toString));
                    list.removeAll();
                    items.forEach(list::add);
                }
            }
        }
        node.forEach(child -> sorted(child, fields));
    }

    private static String withoutInputs(Call call, String body, Map<String, String> anchors) {
        String template = call.uri() + (call.body() == null ? "" : call.body());
        Matcher m = Pattern.compile("\\{([A-Za-z]+)}").matcher(template);
        while (m.find()) {
            String value = anchors.get(m.group(1));
            if (value != null && !value.isEmpty()) {
                // answers may echo the input as sent (problem "instance") or as read
                body = body.replace(
                                java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8),
                                "{" + m.group(1) + "}")
                        .replace(value, "{" + m.group(1) + "}");
            }
        }
        return body;
    }

    // ---- 1. no hidden atom -----------------------------------------------------------------------------------

    /**
     * For one viewer, what no answer may hold: the ids of reports they may not see, the ids of nodes that only facts
     * they may not see reach (minors of visible reports among them), and the canaries hidden from them.
     */
    private Set<String> hiddenAtoms(String user) {
        Viewer viewer = VIEWERS.get(user);
        Set<String> atoms = new TreeSet<>();
        canaryAtomsHiddenFrom.forEach((atom, from) -> {
            if (from.contains(user)) atoms.add(atom);
        });
        try (var session = driver.session()) {
            session.run("MATCH (r:Report) WHERE r.aud IS NOT NULL RETURN r.id AS id, r.aud AS aud")
                    .forEachRemaining(r -> {
                        if (!viewer.maySee(r.get("aud").asList(Value::asString)))
                            atoms.add(r.get("id").asString());
                    });
            session.run("""
                            MATCH (n)-[f]-() WHERE f.reportId IS NOT NULL AND n.id IS NOT NULL
                              AND NOT n:Location AND NOT n:Report
                            RETURN n.id AS id, collect(f.aud) AS auds""").forEachRemaining(r -> {
                boolean reached = r.get("auds").asList(a -> a.asList(Value::asString)).stream()
                        .anyMatch(viewer::maySee);
                if (!reached) atoms.add(r.get("id").asString());
            });
        }
        return atoms;
    }

    @Test
    void noAnswerHoldsAnythingOnlyHiddenFactsCarry() {
        List<String> leaks = new ArrayList<>();
        for (String user : OTHERS) {
            Set<String> atoms = hiddenAtoms(user);
            assertThat(atoms).as("hidden atoms of %s", user).isNotEmpty();
            raw.forEach((callName, byUser) -> {
                Call call = ReadEndpoints.all().stream()
                        .filter(c -> c.name().equals(callName))
                        .findFirst()
                        .orElseThrow();
                ResponseEntity<String> answer = byUser.get(user);
                String body = withoutOwnInputs(
                        call, withoutInputs(call, answer.getBody() == null ? "" : answer.getBody(), anchors));
                Set<String> strings = jsonStrings(body);
                for (String atom : atoms) {
                    boolean canary = canaryAtoms.contains(atom);
                    if (strings.contains(atom) || (canary && body.contains(atom))) {
                        leaks.add(user + " / " + callName + ": " + atom);
                    }
                }
            });
        }
        assertThat(leaks).as("answers holding what only hidden facts carry").isEmpty();
    }

    /** The answer without the fields that repeat what its caller typed before. */
    private static String withoutOwnInputs(Call call, String body) {
        if (call.ownInputFields().isEmpty()) return body;
        try {
            JsonNode json = JSON.readTree(body);
            withoutFields(json, call.ownInputFields());
            return JSON.writeValueAsString(json);
        } catch (RuntimeException notJson) {
            return body;
        }
    }

    /** Every string value of a JSON answer (or the words of a text answer). */
    private static Set<String> jsonStrings(String body) {
        Set<String> out = new TreeSet<>();
        try {
            collect(JSON.readTree(body), out);
        } catch (RuntimeException notJson) {
            out.addAll(List.of(body.split("[\\s,;\"<>]+")));
        }
        return out;
    }

    private static void collect(JsonNode node, Set<String> out) {
        if (node.isString()) out.add(node.asString());
        node.forEach(child -> collect(child, out));
        if (node.isObject()) node.propertyNames().forEach(out::add);
    }

    // ---- 2. non-interference ---------------------------------------------------------------------------------

    @Test
    void aHiddenReportChangesNothingOtherAgenciesSeeButTheHitCounts() {
        List<String> differences = new ArrayList<>();
        for (String call : before.keySet()) {
            for (String user : OTHERS) {
                if (!before.get(call).get(user).equals(after.get(call).get(user))) {
                    differences.add(user + " / " + call + ":\n  before "
                            + before.get(call).get(user) + "\n  after  "
                            + after.get(call).get(user));
                }
            }
        }
        assertThat(differences)
                .as("answers that changed with a report their user may not see")
                .isEmpty();
    }

    @Test
    void theShadowIsThereForItsOwnerAndAsHitsForOthers() {
        // guards the comparison above against calls that never touch what the shadow touches
        assertThat(before.get("hit/no-hit: phone").get(OWNER))
                .isNotEqualTo(after.get("hit/no-hit: phone").get(OWNER));
        assertThat(after.get("marking of a hidden report").get(OWNER)).startsWith("200");
        for (String user : OTHERS) {
            JsonNode hits =
                    JSON.readTree(raw.get("hit/no-hit: phone B").get(user).getBody());
            assertThat(hits.get("hiddenHits").toString()).as(user).contains("\"agency\":\"RS-MUP\"");
            assertThat(after.get("marking of a hidden report").get(user))
                    .as(user)
                    .startsWith("404");
        }
    }

    @Test
    void hitNoHitFieldsHoldOnlyAgenciesAndCounts() {
        raw.forEach((callName, byUser) -> {
            Call call = ReadEndpoints.all().stream()
                    .filter(c -> c.name().equals(callName))
                    .findFirst()
                    .orElseThrow();
            for (String field : call.hitFields()) {
                byUser.forEach((user, answer) -> {
                    JsonNode hits = JSON.readTree(answer.getBody()).get(field);
                    if (hits == null) return;
                    hits.forEach(hit -> assertThat(hit.propertyNames())
                            .as("%s / %s", user, callName)
                            .containsExactlyInAnyOrder("agency", "count"));
                });
            }
        });
    }

    // ---- 3. narrowing ----------------------------------------------------------------------------------------

    @Test
    void aNarrowedReportLeavesEveryAnswerOfOtherAgencies() {
        JsonNode seen = JSON.readTree(ReadEndpoints.all().stream()
                .filter(c -> c.name().equals("hit/no-hit: phone"))
                .findFirst()
                .orElseThrow()
                .call(TestUsers.client(port, TestUsers.BA_INVESTIGATOR), port, narrowAnchors)
                .getBody());
        assertThat(seen.get("reportIds").toString())
                .as("GREEN before narrowing")
                .contains(narrowReport);

        ResponseEntity<String> narrowed = TestUsers.client(port, TestUsers.RS_LIAISON)
                .put()
                .uri(u -> u.path("/api/v1/markings")
                        .queryParam("report", narrowReport)
                        .build())
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"tlp\":\"RED\",\"handling\":\"H2\"}")
                .retrieve()
                .toEntity(String.class);
        assertThat(narrowed.getStatusCode().value()).isEqualTo(200);

        List<String> leaks = new ArrayList<>();
        for (String user : OTHERS) {
            for (Call call : ReadEndpoints.all()) {
                ResponseEntity<String> answer = call.call(TestUsers.client(port, user), port, narrowAnchors);
                String body = withoutOwnInputs(
                        call, withoutInputs(call, answer.getBody() == null ? "" : answer.getBody(), narrowAnchors));
                narrowAtoms.stream()
                        .filter(body::contains)
                        .forEach(atom -> leaks.add(user + " / " + call.name() + ": " + atom));
            }
        }
        assertThat(leaks).as("answers still holding the narrowed report").isEmpty();
    }

    // ---- the table covers every endpoint ---------------------------------------------------------------------

    @Test
    void everyReadEndpointIsInTheLeakTable() {
        Set<String> inTable = ReadEndpoints.all().stream()
                .map(c -> c.method().name() + " " + c.uri().replaceAll("\\?.*", ""))
                .collect(Collectors.toSet());
        List<String> uncovered = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? Set.of("GET")
                    : info.getMethodsCondition().getMethods().stream()
                            .map(Enum::name)
                            .collect(Collectors.toSet());
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) continue;
                for (String method : methods) {
                    String endpoint = method + " " + pattern;
                    boolean covered = inTable.stream().anyMatch(t -> matches(t, endpoint));
                    if (!covered
                            && !WITHOUT_CASE_DATA.containsKey(endpoint)
                            && !NOT_YET_COVERED.containsKey(endpoint)) {
                        uncovered.add(endpoint);
                    }
                }
            }
        }
        assertThat(uncovered)
                .as("read endpoints missing from ReadEndpoints (add a row there, or explain in WITHOUT_CASE_DATA)")
                .isEmpty();
    }

    /** A table row {@code GET /api/v1/entities/{person}} covers the mapping {@code GET /api/v1/entities/{id}}. */
    private static boolean matches(String row, String mapping) {
        String[] a = row.split("/");
        String[] b = mapping.split("/");
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            boolean variable = a[i].startsWith("{") || b[i].startsWith("{");
            if (!variable && !a[i].equals(b[i])) return false;
        }
        return true;
    }
}
