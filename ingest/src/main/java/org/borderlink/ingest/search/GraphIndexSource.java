package org.borderlink.ingest.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.borderlink.ingest.search.IndexedReport.NamedEntity;
import org.borderlink.ingest.search.IndexedReport.SelectorEntity;
import org.borderlink.ingest.search.PersonMention.SelectorUse;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads what the index holds of reports back from the graph: for a rebuild, for catching up with what other
 * instances wrote, and after a merge or split changed which person a mention is attached to. Gives the same
 * {@link IndexedReport} as {@link IndexedReport#of} gives for the facts that were written.
 *
 * <p>These reads are the platform's own, not a user's: they carry no visibility filter, and everything they return
 * goes into documents that carry their report's audience tokens.
 */
public final class GraphIndexSource {

    /** A report's id and the ingest sequence it was last written at. */
    public record Written(String id, long seq) {}

    private static final String LOAD = """
            MATCH (r:Report) WHERE r.id IN $ids AND r.version > 0
            RETURN r.id AS id, r.version AS version, coalesce(r.ingestSeq, 0) AS seq, r.agency AS agency,
                   r.aud AS aud, r.reference AS reference, r.type AS type, r.reportedOn AS reportedOn,
                   r.narrative AS narrative,
                   COLLECT {
                     MATCH (r)-[m:MENTIONS]->(p:Person)
                     RETURN {id: p.id, props: properties(m), aud: m.aud,
                             selectors: COLLECT {
                               MATCH (p)-[u:USES]->(s) WHERE u.reportId = r.id
                               RETURN {label: labels(s)[0], id: s.id, status: s.status} }}
                   } AS persons,
                   COLLECT {
                     MATCH (r)-[:MENTIONS]->(o:Organisation) RETURN {id: o.id, props: properties(o)}
                   } AS organisations,
                   COLLECT {
                     MATCH (r)-[:MENTIONS]->(:Person)-[u:USES]->(s) WHERE u.reportId = r.id
                     RETURN {label: labels(s)[0], id: s.id, props: properties(s), aud: u.aud} AS selector
                     UNION ALL
                     MATCH (r)-[:DESCRIBES]->(:Leg)<-[o:ON_LEG]-(s:Vehicle)
                     RETURN {label: 'Vehicle', id: s.id, props: properties(s), aud: o.aud} AS selector
                   } AS selectors,
                   COLLECT {
                     MATCH (r)-[:REPORTS]->(:Incident)-[:OCCURRED_AT]->(l:Location) WHERE l.verified = false
                     RETURN {id: l.id, props: properties(l)} AS place
                     UNION
                     MATCH (r)-[:DESCRIBES]->(:Leg)-[:FROM|TO|VIA]->(l:Location) WHERE l.verified = false
                     RETURN {id: l.id, props: properties(l)} AS place
                   } AS places""";

    private final Driver driver;

    public GraphIndexSource(Driver driver) {
        this.driver = driver;
    }

    /** The index view of these reports, as the graph holds them now; reports it does not hold are left out. */
    public List<IndexedReport> load(Collection<String> reportIds) {
        if (reportIds.isEmpty()) return List.of();
        try (var session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run(LOAD, Map.of("ids", List.copyOf(reportIds))).list(GraphIndexSource::report));
        }
    }

    /** Reports written after {@code seq}, in the order they were written, at most {@code limit}. */
    public List<Written> writtenAfter(long seq, int limit) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("""
                            MATCH (r:Report) WHERE r.ingestSeq > $after
                            RETURN r.id AS id, r.ingestSeq AS seq ORDER BY seq LIMIT $limit""", Map.of("after", seq, "limit", limit))
                    .list(r -> new Written(r.get("id").asString(), r.get("seq").asLong())));
        }
    }

    /** Report ids in id order after {@code afterId} (empty string for the first page), for a rebuild. */
    public List<String> reportIdsAfter(String afterId, int limit) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("""
                            MATCH (r:Report) WHERE r.id > $after AND r.version > 0
                            RETURN r.id AS id ORDER BY id LIMIT $limit""", Map.of("after", afterId, "limit", limit))
                    .list(r -> r.get("id").asString()));
        }
    }

    /**
     * The last ingest sequence a committed transaction took: every report written up to it is in the graph, since the
     * counter is locked until its transaction commits. One node read.
     */
    public long currentSeq() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (s:Sequence {id: 'ingest'}) RETURN s.value AS seq").stream()
                    .findFirst()
                    .map(r -> r.get("seq").asLong(0))
                    .orElse(0L));
        }
    }

    private static IndexedReport report(Record r) {
        String reportId = r.get("id").asString();
        String agency = r.get("agency").asString();
        List<String> aud = r.get("aud").asList(Value::asString);
        List<String> context = new ArrayList<>();
        for (Value s : r.get("selectors").asList(v -> v))
            context.add(s.get("id").asString());
        for (Value l : r.get("places").asList(v -> v)) context.add(l.get("id").asString());
        List<Value> personRows = r.get("persons").asList(v -> v);
        List<String> personIds =
                personRows.stream().map(p -> p.get("id").asString()).toList();
        List<PersonMention> persons = new ArrayList<>();
        for (Value p : personRows) {
            List<SelectorUse> selectors = p.get("selectors")
                    .asList(s -> new SelectorUse(
                            s.get("label").asString(),
                            s.get("id").asString(),
                            s.get("status").isNull() ? null : s.get("status").asString()));
            persons.add(IndexedReport.mention(
                    p.get("id").asString(),
                    reportId,
                    agency,
                    p.get("aud").asList(Value::asString),
                    p.get("props").asMap(Value::asObject),
                    selectors,
                    IndexedReport.others(personIds, p.get("id").asString()),
                    IndexedReport.context(context, selectors)));
        }
        List<NamedEntity> organisations = r.get("organisations")
                .asList(o -> IndexedReport.organisation(
                        o.get("id").asString(), o.get("props").asMap(Value::asObject)));
        // one selector may be used by several persons of the report: visible wherever one of those facts is
        Map<String, Value> nodes = new java.util.LinkedHashMap<>();
        Map<String, java.util.Set<String>> audiences = new HashMap<>();
        for (Value s : r.get("selectors").asList(v -> v)) {
            String id = s.get("id").asString();
            nodes.putIfAbsent(id, s);
            audiences
                    .computeIfAbsent(id, k -> new java.util.TreeSet<>())
                    .addAll(s.get("aud").asList(Value::asString));
        }
        List<SelectorEntity> selectors = new ArrayList<>();
        nodes.forEach((id, s) -> {
            SelectorEntity entity = SelectorEntity.of(
                    s.get("label").asString(),
                    id,
                    s.get("props").asMap(Value::asObject),
                    List.copyOf(audiences.get(id)));
            if (entity != null) selectors.add(entity);
        });
        List<NamedEntity> places = new ArrayList<>();
        for (Value l : r.get("places").asList(v -> v)) {
            NamedEntity place = IndexedReport.unverifiedPlace(
                    l.get("id").asString(), l.get("props").asMap(Value::asObject));
            if (place != null) places.add(place);
        }
        Value reportedOn = r.get("reportedOn");
        return new IndexedReport(
                reportId,
                r.get("version").asInt(),
                r.get("seq").asLong(),
                agency,
                aud,
                r.get("reference").isNull() ? null : r.get("reference").asString(),
                r.get("type").isNull() ? null : r.get("type").asString(),
                reportedOn.isNull() ? null : reportedOn.asLocalDate(),
                r.get("narrative").isNull() ? null : r.get("narrative").asString(),
                persons,
                organisations,
                selectors,
                places);
    }
}
