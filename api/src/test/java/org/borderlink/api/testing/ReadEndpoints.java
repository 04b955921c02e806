package org.borderlink.api.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Every endpoint that answers with case data, as one call each, for the leak suite ({@code LeakSuiteIT}) and the
 * audit test ({@code AuditIT}). <b>Add a row when you add a read endpoint</b>; {@code LeakSuiteIT} fails for an
 * endpoint that is in neither this table nor its list of endpoints without case data.
 *
 * <p>Paths, query values and bodies may name anchors in braces, filled from the suite's seeded data:
 *
 * <ul>
 *   <li>{@code {phone}} {@code {plate}} {@code {document}} {@code {name}}: selectors of a GREEN report that a RED
 *       report of another agency's making (the "shadow") uses too; {@code {phoneB}}: a phone of an AMBER report of
 *       BA-GP released to Serbia, also used by the shadow; {@code {minorPhone}} {@code {minorName}}: a phone a minor
 *       uses and the name of a minor who is not protected (a driver), both of a GREEN report;
 *   <li>{@code {report}}: the GREEN report; {@code {shadowReport}}: the RED one, which does not exist before the
 *       suite writes it and is hidden from every other agency after;
 *   <li>{@code {person}} {@code {personB}}: persons of the GREEN and the AMBER report (graph ids);
 *       {@code {shadowPerson}} {@code {shadowName}}: a person only the RED report mentions, and their name;
 *       {@code {suggestion}}: a resolution suggestion about the RED report's persons, if resolution made one;
 *       {@code {location}}: a crossing point all of them report an incident at; {@code {from}} {@code {to}}: two
 *       dates around all of it ({@code 2026-01-01}, {@code 2026-12-31}).
 * </ul>
 *
 * @see Call#hitFields fields an answer may use to say "N records held by agency X" (hit/no-hit): the only place
 *     hidden facts may show, as counts per agency
 */
public final class ReadEndpoints {

    private ReadEndpoints() {}

    /**
     * One call of one endpoint.
     *
     * @param name what the call reads, for test names
     * @param method the HTTP method (reads that take a body, e.g. a path query, are POSTs)
     * @param uri path and query with {@code {anchors}}
     * @param body a JSON body with {@code {anchors}}, or null
     * @param hitFields top-level fields that may carry hit/no-hit counts of hidden facts
     * @param volatileFields fields whose value changes between two identical calls (timings, timestamps)
     * @param ownInputFields fields that repeat what the caller typed in an earlier request
     * @param unorderedFields lists whose order carries no meaning
     */
    public record Call(
            String name,
            HttpMethod method,
            String uri,
            @Nullable String body,
            Set<String> hitFields,
            Set<String> volatileFields,
            Set<String> ownInputFields,
            Set<String> unorderedFields) {

        public static Call get(String name, String uri) {
            return new Call(name, HttpMethod.GET, uri, null, Set.of(), Set.of(), Set.of(), Set.of());
        }

        public static Call post(String name, String uri, String body) {
            return new Call(name, HttpMethod.POST, uri, body, Set.of(), Set.of(), Set.of(), Set.of());
        }

        public Call withHitFields(String... fields) {
            return new Call(name, method, uri, body, Set.of(fields), volatileFields, ownInputFields, unorderedFields);
        }

        public Call withVolatileFields(String... fields) {
            return new Call(name, method, uri, body, hitFields, Set.of(fields), ownInputFields, unorderedFields);
        }

        /** Fields that repeat what the caller typed in an earlier request (an access request's selector). */
        public Call withOwnInputFields(String... fields) {
            return new Call(name, method, uri, body, hitFields, volatileFields, Set.of(fields), unorderedFields);
        }

        /** Lists whose order means nothing (a set of report ids); compared as sets. */
        public Call withUnorderedFields(String... fields) {
            return new Call(name, method, uri, body, hitFields, volatileFields, ownInputFields, Set.of(fields));
        }

        /**
         * Makes the call as {@code client} (of the server on {@code port}), with the anchors filled in; error statuses
         * are returned, not thrown.
         */
        public ResponseEntity<String> call(RestClient client, int port, Map<String, String> anchors) {
            RestClient.RequestBodySpec request = client.method(method)
                    .uri(java.net.URI.create("http://localhost:" + port + fill(uri, anchors, true)));
            if (body != null) request.contentType(MediaType.APPLICATION_JSON).body(fill(body, anchors, false));
            ResponseEntity<byte[]> answer = request.retrieve().toEntity(byte[].class);
            return new ResponseEntity<>(text(answer.getBody()), answer.getHeaders(), answer.getStatusCode());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Graph analysis requests share their shape: a subgraph around seeds. */
    private static final String AROUND_PERSON = "{\"seeds\":[\"{person}\"],\"hops\":2,\"limit\":50}";

    private static final List<String> PATTERNS = List.of(
            "facilitators-across-cases",
            "recurring-selectors",
            "shared-documents",
            "vehicles-drivers-multi-country",
            "som-thb-overlap",
            "smuggled-with-trafficking-indicators",
            "repeat-interceptions",
            "minors-linked-to-adult",
            "money-chains",
            "outcome-funnel");

    /** The table. */
    public static List<Call> all() {
        List<Call> calls = new ArrayList<>(List.of(
                Call.get("who am I", "/api/v1/me"),
                // sharing: hit/no-hit, markings, access requests
                Call.get("hit/no-hit: phone", "/api/v1/hits?type=phone&value={phone}")
                        .withHitFields("hiddenHits"),
                Call.get("hit/no-hit: phone B", "/api/v1/hits?type=phone&value={phoneB}")
                        .withHitFields("hiddenHits"),
                Call.get("hit/no-hit: a minor's phone", "/api/v1/hits?type=phone&value={minorPhone}")
                        .withHitFields("hiddenHits"),
                Call.get("hit/no-hit: plate", "/api/v1/hits?type=plate&value={plate}")
                        .withHitFields("hiddenHits"),
                Call.get("hit/no-hit: document", "/api/v1/hits?type=document&value={document}")
                        .withHitFields("hiddenHits"),
                Call.get("hit/no-hit: name", "/api/v1/hits?type=name&value={name}")
                        .withHitFields("hiddenHits"),
                Call.get("marking of a visible report", "/api/v1/markings?report={report}"),
                Call.get("marking of a hidden report", "/api/v1/markings?report={shadowReport}"),
                Call.get("my agency's reports", "/api/v1/markings/own?limit=500"),
                Call.get("my agency's reports by reference", "/api/v1/markings/own?reference={shadowReference}"),
                Call.get("my access requests", "/api/v1/access-requests/mine").withOwnInputFields("selector"),
                Call.get("access requests received", "/api/v1/access-requests/received"),
                // search
                Call.get("search: name", "/api/v1/search?q={name}&limit=50")
                        .withHitFields("hiddenHits")
                        .withUnorderedFields("reportIds"),
                Call.get("search: phone", "/api/v1/search?q={phone}&limit=50")
                        .withHitFields("hiddenHits")
                        .withUnorderedFields("reportIds"),
                Call.get("search: plate", "/api/v1/search?q={plate}&limit=50")
                        .withHitFields("hiddenHits")
                        .withUnorderedFields("reportIds"),
                Call.get("search: a name only hidden reports hold", "/api/v1/search?q={shadowName}")
                        .withHitFields("hiddenHits"),
                Call.get("search: a minor's name", "/api/v1/search?q={minorName}")
                        .withHitFields("hiddenHits"),
                Call.get("hit/no-hit: a minor's name", "/api/v1/hits?type=name&value={minorName}")
                        .withHitFields("hiddenHits"),
                // resolution suggestions
                Call.get("resolution suggestions", "/api/v1/resolution?status=PENDING&limit=200"),
                Call.get("a hidden resolution suggestion", "/api/v1/resolution/{suggestion}"),
                // entity cards
                Call.get("entity card: person", "/api/v1/entities/{person}?facts=200"),
                Call.get("entity card: person B", "/api/v1/entities/{personB}?facts=200"),
                Call.get("entity card: hidden person", "/api/v1/entities/{shadowPerson}"),
                Call.get("entity card: shared phone", "/api/v1/entities/{phone}?facts=200"),
                Call.get("entity card: crossing point", "/api/v1/entities/{location}?facts=1000"),
                // link analysis
                Call.post("expand around a person", "/api/v1/graph/expand", AROUND_PERSON),
                Call.post(
                        "expand around a crossing point, and N more",
                        "/api/v1/graph/expand",
                        "{\"seeds\":[\"{location}\"],\"hops\":1,\"limit\":5}"),
                Call.get("paths between two persons", "/api/v1/graph/paths?from={person}&to={personB}&maxHops=6&k=5"),
                Call.post(
                        "what connects two persons",
                        "/api/v1/graph/connections",
                        "{\"ids\":[\"{person}\",\"{personB}\"],\"maxHops\":4}"),
                Call.get("timeline of a person", "/api/v1/timeline?entity={person}"),
                Call.get("timeline of a case", "/api/v1/timeline?case={report}"),
                Call.get("timeline of a hidden case", "/api/v1/timeline?case={shadowReport}"),
                Call.get("crossing points", "/api/v1/routes/crossing-points?from={from}&to={to}"),
                Call.get("legs", "/api/v1/routes/legs?from={from}&to={to}"),
                Call.post("centrality", "/api/v1/analytics/centrality", AROUND_PERSON),
                Call.post("communities", "/api/v1/analytics/communities", AROUND_PERSON),
                // exports
                Call.get("FollowTheMoney export", "/api/v1/exports/ftm?reportId={report}&reportId={shadowReport}"),
                Call.post(
                        "FollowTheMoney export (POST)",
                        "/api/v1/exports/ftm",
                        "{\"reportIds\":[\"{report}\",\"{shadowReport}\"]}"),
                Call.get("HTCDS export", "/api/v1/exports/htcds?reportId={report}&reportId={shadowReport}"),
                Call.post(
                        "HTCDS export (POST)",
                        "/api/v1/exports/htcds",
                        "{\"reportIds\":[\"{report}\",\"{shadowReport}\"]}")));
        for (String format : List.of("graphml", "gexf", "csv", "i2")) {
            calls.add(Call.post("export " + format, "/api/v1/export/" + format, AROUND_PERSON));
        }
        for (String pattern : PATTERNS) {
            calls.add(Call.post("pattern " + pattern, "/api/v1/patterns/" + pattern + "/run", "{}"));
        }
        return List.copyOf(calls);
    }

    /** A body as text; a ZIP (the CSV export) as its entries' names and contents in order, without entry times. */
    static String text(byte @Nullable [] body) {
        if (body == null) return "";
        if (body.length > 4 && body[0] == 'P' && body[1] == 'K') {
            StringBuilder out = new StringBuilder();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    out.append("== ").append(e.getName()).append('\n');
                    out.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static final Pattern ANCHOR = Pattern.compile("\\{([A-Za-z]+)}");

    /** An anchor's value; {@code shadowReference} is the reference part of {@code shadowReport}'s id. */
    private static String anchor(String name, Map<String, String> anchors) {
        if (name.equals("shadowReference") && anchors.containsKey("shadowReport")) {
            String report = anchors.get("shadowReport");
            return report.substring(report.indexOf(':') + 1);
        }
        return anchors.get(name);
    }

    static String fill(String template, Map<String, String> anchors, boolean encode) {
        Matcher m = ANCHOR.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = anchor(m.group(1), anchors);
            if (value == null)
                throw new IllegalArgumentException("no anchor {" + m.group(1) + "} in " + anchors.keySet());
            m.appendReplacement(
                    out, Matcher.quoteReplacement(encode ? URLEncoder.encode(value, StandardCharsets.UTF_8) : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
