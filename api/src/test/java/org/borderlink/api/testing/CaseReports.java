package org.borderlink.api.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hand-made canonical case reports for integration tests: a marking, persons with roles, the selectors they use, an
 * incident at a gazetteer place, relations between them. Submitted through {@code POST /api/v1/reports} like any
 * agency's report.
 */
public final class CaseReports {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> report = new LinkedHashMap<>();
    private final List<Map<String, Object>> persons = new ArrayList<>();
    private final List<Map<String, Object>> incidents = new ArrayList<>();
    private final List<Map<String, Object>> phones = new ArrayList<>();
    private final List<Map<String, Object>> vehicles = new ArrayList<>();
    private final List<Map<String, Object>> documents = new ArrayList<>();
    private final List<Map<String, Object>> relations = new ArrayList<>();
    private int refs;

    private CaseReports(String agency, String reference) {
        report.put("schemaVersion", "1");
        report.put("agency", agency);
        report.put("country", agency.substring(0, 2));
        report.put("reference", reference);
        report.put("version", 1);
        report.put("reportedOn", "12.03.2026");
        report.put("type", "SOM");
        report.put("grading", "B2");
        marking("AMBER", "H1");
    }

    public static CaseReports report(String agency, String reference) {
        return new CaseReports(agency, reference);
    }

    /** The report's id in the graph, {@code agency:reference}. */
    public String id() {
        return report.get("agency") + ":" + report.get("reference");
    }

    /** A later version of the same report (a correction); it replaces every fact of the earlier one. */
    public CaseReports version(int version) {
        report.put("version", version);
        return this;
    }

    public CaseReports marking(String tlp, String handling, String... releasableTo) {
        report.put("marking", Map.of("tlp", tlp, "handling", handling, "releasableTo", List.of(releasableTo)));
        return this;
    }

    public CaseReports narrative(String text) {
        report.put("narrative", Map.of("language", "en", "text", text));
        return this;
    }

    /** An incident at a gazetteer place, e.g. {@code RS-HR-SID}; every person so far takes part in it. */
    public CaseReports incident(String kind, String placeId) {
        String ref = "I" + (++refs);
        incidents.add(Map.of("ref", ref, "kind", kind, "date", "10.03.2026", "place", Map.of("id", placeId)));
        for (Map<String, Object> p : persons) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> in = (List<Map<String, Object>>) p.get("incidents");
            in.add(Map.of("ref", ref));
        }
        return this;
    }

    /** A named adult in a role such as {@code ORGANISER} or {@code DRIVER}; returns its local ref via {@link #last}. */
    public CaseReports person(String role, String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("ref", "P" + (++refs));
        p.put("role", role);
        p.put("name", name);
        p.put("gender", "MALE");
        p.put("ageBand", "30–38");
        p.put("nationality", "RS");
        p.put("incidents", new ArrayList<>());
        persons.add(p);
        return this;
    }

    /** A child in a role; a protected role (VICTIM, SMUGGLED_MIGRANT) loses its name at ingest. */
    public CaseReports minor(String role, String name) {
        person(role, name);
        Map<String, Object> p = persons.getLast();
        p.put("ageBand", "9–17");
        p.put("minor", true);
        p.put("nationality", "AF");
        return this;
    }

    /** The local ref of the last person added. */
    public String last() {
        return (String) persons.getLast().get("ref");
    }

    public CaseReports phone(String number, String... usedBy) {
        phones.add(Map.of("ref", "T" + (++refs), "number", number, "usedBy", List.of(usedBy)));
        return this;
    }

    public CaseReports vehicle(String plate, String country, String... usedBy) {
        vehicles.add(Map.of("ref", "V" + (++refs), "plate", plate, "country", country, "usedBy", List.of(usedBy)));
        return this;
    }

    public CaseReports document(String type, String issuer, String number, String... usedBy) {
        documents.add(Map.of(
                "ref", "D" + (++refs), "type", type, "issuer", issuer, "number", number, "usedBy", List.of(usedBy)));
        return this;
    }

    public CaseReports relation(String type, String from, String to) {
        relations.add(Map.of("type", type, "from", from, "to", to));
        return this;
    }

    public String json() {
        Map<String, Object> out = new LinkedHashMap<>(report);
        out.put("incidents", incidents);
        out.put("persons", persons);
        Map<String, Object> selectors = new LinkedHashMap<>();
        selectors.put("phones", phones);
        selectors.put("vehicles", vehicles);
        selectors.put("documents", documents);
        out.put("selectors", selectors);
        out.put("relations", relations);
        return JSON.writeValueAsString(out);
    }

    /** Submits the report as {@code ingest} (an account allowed to submit for its agency); fails if it is refused. */
    public String submit(RestClient ingest) {
        JsonNode answer = ingest.post()
                .uri("/api/v1/reports")
                .contentType(MediaType.APPLICATION_JSON)
                .body(json())
                .retrieve()
                .body(JsonNode.class);
        if (answer == null || answer.path("refused").asInt(1) != 0) {
            throw new AssertionError("report " + id() + " was not stored: " + answer);
        }
        return id();
    }
}
