package org.borderlink.ingest.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderlink.graph.model.NodeLabel;
import org.borderlink.graph.model.RelType;
import org.borderlink.ingest.facts.ReportFacts;
import org.borderlink.ingest.facts.ReportFacts.Seen;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;

/**
 * Writes {@link ReportFacts} in one transaction per batch (design §4.5):
 *
 * <ul>
 *   <li><b>idempotent</b>: a report already stored with the same version and content hash is not touched;
 *   <li><b>versioned</b>: a higher version first deletes every relationship the earlier version asserted (found by
 *       the {@code reportId} index of each type) and the nodes left with no relationship, then writes the new facts;
 *       facts other reports asserted about the same phone, vehicle or place are untouched;
 *   <li><b>batched</b>: one {@code UNWIND} statement per kind of fact for the whole batch.
 * </ul>
 *
 * Shared nodes (places, phones, vehicles, documents, accounts, online accounts) are merged on their key;
 * report-scoped nodes (incidents, legs, persons, organisations, until person resolution lands) are keyed by
 * {@code reportId#localRef}. Every relationship carries {@code reportId}, {@code agency}, {@code aud},
 * {@code firstSeen} and {@code lastSeen}.
 */
public final class GraphWriter {

    private final Driver driver;

    public GraphWriter(Driver driver) {
        this.driver = driver;
    }

    /** The outcome of each report of the batch, keyed by report id, in batch order. */
    public Map<String, WriteOutcome> write(List<ReportFacts> batch) {
        if (batch.isEmpty()) return Map.of();
        try (var session = driver.session()) {
            return session.executeWrite(tx -> write(tx, batch));
        }
    }

    /**
     * Writes reports known to be absent from the graph, without the version check: the plain {@code UNWIND}
     * statements alone. The ingest benchmark uses it as the ceiling the full pipeline is compared with.
     */
    public void writeNew(List<ReportFacts> batch) {
        if (batch.isEmpty()) return;
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> writeFacts(tx, batch));
        }
    }

    /**
     * Takes the write lock of each report of the batch (creating a placeholder of version 0 for a new one) before
     * reading what is stored, so two submissions of the same report at once are decided one after the other and the
     * second finds the first's facts instead of writing them again. Ids are locked in sorted order to avoid deadlocks.
     */
    private static final String LOCK_AND_READ_VERSIONS = """
            UNWIND $ids AS id
            MERGE (r:Report {id: id}) ON CREATE SET r.version = 0
            SET r.writeLock = true REMOVE r.writeLock
            RETURN id, r.version AS version, r.contentHash AS hash""";

    private Map<String, WriteOutcome> write(TransactionContext tx, List<ReportFacts> batch) {
        Map<String, WriteOutcome> outcomes = new LinkedHashMap<>();
        Map<String, Map<String, Object>> stored = new HashMap<>();
        tx.run(
                        LOCK_AND_READ_VERSIONS,
                        Map.of(
                                "ids",
                                batch.stream()
                                        .map(ReportFacts::reportId)
                                        .sorted()
                                        .toList()))
                .forEachRemaining(rec -> stored.put(
                        rec.get("id").asString(),
                        Map.of(
                                "version",
                                rec.get("version").asInt(),
                                "hash",
                                rec.get("hash").asString(""))));

        List<ReportFacts> toWrite = new ArrayList<>();
        List<String> toReplace = new ArrayList<>();
        for (ReportFacts facts : batch) {
            Map<String, Object> known = stored.get(facts.reportId());
            WriteOutcome outcome;
            if (outcomes.containsKey(facts.reportId())) {
                throw new IllegalArgumentException("report " + facts.reportId() + " appears twice in one batch");
            } else if (known == null || (int) known.get("version") == 0) {
                outcome = WriteOutcome.STORED;
            } else if ((int) known.get("version") < facts.version()) {
                outcome = WriteOutcome.REPLACED;
                toReplace.add(facts.reportId());
            } else if ((int) known.get("version") == facts.version()
                    && facts.contentHash().equals(known.get("hash"))) {
                outcome = WriteOutcome.UNCHANGED;
            } else {
                outcome = WriteOutcome.REFUSED_VERSION;
            }
            outcomes.put(facts.reportId(), outcome);
            if (outcome == WriteOutcome.STORED || outcome == WriteOutcome.REPLACED) toWrite.add(facts);
        }
        if (!toReplace.isEmpty()) deleteFacts(tx, toReplace);
        if (!toWrite.isEmpty()) writeFacts(tx, toWrite);
        return outcomes;
    }

    /**
     * One statement that finds a report's facts through the {@code reportId} index of every relationship type: a
     * statement per type would cost a round trip each for every batch holding a correction.
     */
    private static final String FIND_FACTS_OF_REPORTS = "UNWIND $ids AS rid CALL (rid) { "
            + java.util.Arrays.stream(RelType.values())
                    .filter(t -> t != RelType.POSSIBLY_SAME_AS)
                    .map(t -> "MATCH (a)-[r:" + t.name() + " {reportId: rid}]->(b) RETURN a, r, b")
                    .collect(java.util.stream.Collectors.joining(" UNION ALL "))
            + " } WITH a, r, b DELETE r RETURN labels(a)[0] AS la, a.id AS ia, labels(b)[0] AS lb, b.id AS ib";

    /** Removes what the given reports asserted, and the nodes that nothing else holds on to. */
    private static void deleteFacts(TransactionContext tx, List<String> reportIds) {
        Map<String, Set<String>> touched = new HashMap<>();
        tx.run(FIND_FACTS_OF_REPORTS, Map.of("ids", reportIds)).forEachRemaining(rec -> {
            touched.computeIfAbsent(rec.get("la").asString(), k -> new LinkedHashSet<>())
                    .add(rec.get("ia").asString());
            touched.computeIfAbsent(rec.get("lb").asString(), k -> new LinkedHashSet<>())
                    .add(rec.get("ib").asString());
        });
        for (var entry : touched.entrySet()) {
            NodeLabel label = NodeLabel.valueOf(entry.getKey());
            if (label == NodeLabel.Report) continue;
            tx.run(
                            "UNWIND $ids AS id MATCH (n:" + label.name() + " {id: id}) WHERE NOT (n)--() DELETE n",
                            Map.of("ids", List.copyOf(entry.getValue())))
                    .consume();
        }
    }

    private static void writeFacts(TransactionContext tx, List<ReportFacts> batch) {
        List<Map<String, Object>> reports = new ArrayList<>();
        List<Map<String, Object>> locations = new ArrayList<>();
        List<Map<String, Object>> incidents = new ArrayList<>();
        List<Map<String, Object>> persons = new ArrayList<>();
        List<Map<String, Object>> involvements = new ArrayList<>();
        List<Map<String, Object>> organisations = new ArrayList<>();
        Map<String, List<Map<String, Object>>> selectors = new LinkedHashMap<>();
        Map<String, List<Map<String, Object>>> relations = new LinkedHashMap<>();
        List<Map<String, Object>> legs = new ArrayList<>();
        List<Map<String, Object>> travellers = new ArrayList<>();
        List<Map<String, Object>> vehiclesOnLegs = new ArrayList<>();

        for (ReportFacts f : batch) {
            reports.add(Map.of("id", f.reportId(), "props", f.reportProperties()));
            Seen reportSeen =
                    new Seen(f.provenance().reportedOn(), f.provenance().reportedOn());
            f.locations().forEach(l -> locations.add(Map.of("id", l.id(), "props", l.properties())));
            for (var i : f.incidents()) {
                Map<String, Object> row = new HashMap<>();
                row.put("id", i.id());
                row.put("reportId", f.reportId());
                row.put("props", i.properties());
                row.put("locationId", i.locationId());
                row.put("prov", provenance(f, i.seen(), Map.of()));
                incidents.add(row);
            }
            for (var p : f.persons()) {
                persons.add(Map.of(
                        "id", p.id(),
                        "reportId", f.reportId(),
                        "displayKey", p.displayKey(),
                        "mention", provenance(f, reportSeen, p.mention())));
                for (var inv : p.involvements()) {
                    Map<String, Object> extra = inv.role() == null ? Map.of() : Map.of("role", inv.role());
                    involvements.add(Map.of(
                            "personId",
                            p.id(),
                            "incidentId",
                            inv.incidentId(),
                            "props",
                            provenance(f, inv.seen(), extra)));
                }
            }
            for (var o : f.organisations()) {
                organisations.add(Map.of(
                        "id", o.id(),
                        "reportId", f.reportId(),
                        "props", o.properties(),
                        "memberIds", o.memberIds(),
                        "prov", provenance(f, reportSeen, Map.of())));
            }
            for (var s : f.selectors()) {
                selectors
                        .computeIfAbsent(s.label(), k -> new ArrayList<>())
                        .add(Map.of(
                                "id", s.id(),
                                "props", s.properties(),
                                "userIds", s.userIds(),
                                "prov", provenance(f, reportSeen, Map.of())));
            }
            for (var r : f.relations()) {
                relations
                        .computeIfAbsent(r.type() + ":" + r.toLabel(), k -> new ArrayList<>())
                        .add(Map.of(
                                "from", r.fromId(), "to", r.toId(), "props", provenance(f, r.seen(), r.properties())));
            }
            for (var l : f.legs()) {
                Map<String, Object> row = new HashMap<>();
                row.put("id", l.id());
                row.put("reportId", f.reportId());
                row.put("props", l.properties());
                row.put("fromId", l.fromId());
                row.put("toId", l.toId());
                row.put("viaId", l.viaId());
                row.put("prov", provenance(f, l.seen(), Map.of()));
                legs.add(row);
                for (String personId : l.personIds()) {
                    travellers.add(Map.of("legId", l.id(), "id", personId, "prov", provenance(f, l.seen(), Map.of())));
                }
                for (String vehicleId : l.vehicleIds()) {
                    vehiclesOnLegs.add(
                            Map.of("legId", l.id(), "id", vehicleId, "prov", provenance(f, l.seen(), Map.of())));
                }
            }
        }

        run(tx, "UNWIND $rows AS row MERGE (r:Report {id: row.id}) SET r = row.props, r.id = row.id", reports);
        run(tx, "UNWIND $rows AS row MERGE (l:Location {id: row.id}) ON CREATE SET l += row.props", locations);
        run(tx, """
                UNWIND $rows AS row
                MATCH (rep:Report {id: row.reportId})
                MERGE (i:Incident {id: row.id}) SET i += row.props
                CREATE (rep)-[rel:REPORTS]->(i) SET rel = row.prov
                WITH i, row WHERE row.locationId IS NOT NULL
                MATCH (l:Location {id: row.locationId})
                CREATE (i)-[at:OCCURRED_AT]->(l) SET at = row.prov""", incidents);
        run(tx, """
                UNWIND $rows AS row
                MATCH (rep:Report {id: row.reportId})
                MERGE (p:Person {id: row.id}) ON CREATE SET p.displayKey = row.displayKey
                CREATE (rep)-[m:MENTIONS]->(p) SET m = row.mention""", persons);
        run(tx, """
                UNWIND $rows AS row
                MATCH (p:Person {id: row.personId}), (i:Incident {id: row.incidentId})
                CREATE (p)-[rel:INVOLVED_IN]->(i) SET rel = row.props""", involvements);
        run(tx, """
                UNWIND $rows AS row
                MATCH (rep:Report {id: row.reportId})
                MERGE (o:Organisation {id: row.id}) SET o += row.props
                CREATE (rep)-[m:MENTIONS]->(o) SET m = row.prov
                WITH o, row UNWIND row.memberIds AS memberId
                MATCH (p:Person {id: memberId})
                CREATE (p)-[rel:MEMBER_OF]->(o) SET rel = row.prov""", organisations);
        for (var entry : selectors.entrySet()) {
            NodeLabel label = NodeLabel.valueOf(entry.getKey());
            run(
                    tx,
                    "UNWIND $rows AS row MERGE (s:" + label.name() + " {id: row.id}) SET s += row.props "
                            + "WITH s, row UNWIND row.userIds AS userId MATCH (p:Person {id: userId}) "
                            + "CREATE (p)-[u:USES]->(s) SET u = row.prov",
                    entry.getValue());
        }
        for (var entry : relations.entrySet()) {
            String[] typeAndLabel = entry.getKey().split(":");
            RelType type = RelType.valueOf(typeAndLabel[0]);
            NodeLabel target = NodeLabel.valueOf(typeAndLabel[1]);
            run(
                    tx,
                    "UNWIND $rows AS row MATCH (a:Person {id: row.from}), (b:" + target.name() + " {id: row.to}) "
                            + "CREATE (a)-[rel:" + type.name() + "]->(b) SET rel = row.props",
                    entry.getValue());
        }
        run(tx, """
                UNWIND $rows AS row
                MATCH (rep:Report {id: row.reportId})
                MERGE (leg:Leg {id: row.id}) SET leg += row.props
                CREATE (rep)-[d:DESCRIBES]->(leg) SET d = row.prov
                WITH leg, row
                MATCH (f:Location {id: row.fromId}), (t:Location {id: row.toId})
                CREATE (leg)-[rf:FROM]->(f) SET rf = row.prov
                CREATE (leg)-[rt:TO]->(t) SET rt = row.prov
                WITH leg, row WHERE row.viaId IS NOT NULL
                MATCH (v:Location {id: row.viaId})
                CREATE (leg)-[rv:VIA]->(v) SET rv = row.prov""", legs);
        run(tx, """
                UNWIND $rows AS row
                MATCH (p:Person {id: row.id}), (leg:Leg {id: row.legId})
                CREATE (p)-[rel:ON_LEG]->(leg) SET rel = row.prov""", travellers);
        run(tx, """
                UNWIND $rows AS row
                MATCH (v:Vehicle {id: row.id}), (leg:Leg {id: row.legId})
                CREATE (v)-[rel:ON_LEG]->(leg) SET rel = row.prov""", vehiclesOnLegs);
    }

    private static void run(TransactionContext tx, String cypher, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) tx.run(cypher, Map.of("rows", rows)).consume();
    }

    /** The provenance every relationship carries, plus the fact's own properties. */
    private static Map<String, Object> provenance(ReportFacts f, Seen seen, Map<String, Object> properties) {
        Map<String, Object> props = new HashMap<>(properties);
        props.put("reportId", f.reportId());
        props.put("agency", f.provenance().agency());
        props.put("aud", f.provenance().aud());
        LocalDate first = seen.firstSeen();
        props.put("firstSeen", first);
        props.put("lastSeen", seen.lastSeen());
        return props;
    }
}
