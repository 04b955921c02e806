package org.borderlink.ingest.resolve;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.borderlink.graph.model.MentionTally;
import org.borderlink.graph.model.MigrantBound;
import org.borderlink.graph.sharing.Viewer;
import org.borderlink.graph.sharing.Visibility;
import org.borderlink.ingest.write.GraphWriter;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * {@code POSSIBLY_SAME_AS} suggestions in the graph, and the decisions analysts take on them:
 *
 * <ul>
 *   <li><b>confirm</b> merges the two persons: every fact of the suggesting mention's person moves to the other
 *       person, recreated with all its properties, so each keeps the report, agency, audience and dates it had; the
 *       emptied person stays as the merge's anchor;
 *   <li><b>undo</b> splits a merge back by the reports that asserted the facts: every fact those reports assert about
 *       the surviving person moves back, and the pair is marked rejected;
 *   <li><b>reject</b> marks the pair: no suggestion is ever made again between two persons that already have one,
 *       whatever its status;
 *   <li><b>split</b> takes the facts of given reports off a person into a new person (an automatic join undone) and
 *       records the pair as rejected.
 * </ul>
 *
 * <p>Visibility: a suggestion rests on two mentions, and a viewer is only ever told of it when they may see both
 * (the {@link Visibility} predicate on each {@code MENTIONS}); to anyone else it does not exist, which the API
 * answers as it answers an unknown id. Its own {@code aud} is the intersection of the two reports' audiences, so a
 * generic query that walks relationships shows it only to viewers entitled to both sides.
 */
public final class ResolutionStore {

    /** The status of a suggestion. */
    public enum Status {
        PENDING,
        MERGED,
        REJECTED
    }

    /** What a decision did, with the reports whose index documents must follow. */
    public sealed interface Outcome {
        record Done(SuggestionView suggestion, Set<String> changedReports) implements Outcome {}

        /** No such suggestion, or one the viewer may not see: the same answer for both. */
        record NotFound() implements Outcome {}

        /** The decision cannot be taken in the suggestion's present state. */
        record Conflict(String reason) implements Outcome {}
    }

    private static final String TYPE = "POSSIBLY_SAME_AS";

    /** A viewer may see a suggestion iff they may see both mentions it rests on. */
    private static final String VISIBLE = "EXISTS { MATCH (:Report {id: s.fromReport})-[m1:MENTIONS]->(:Person)"
            + " WHERE m1.localRef = s.fromRef AND " + Visibility.relationship("m1") + " }"
            + " AND EXISTS { MATCH (:Report {id: s.toReport})-[m2:MENTIONS]->(:Person)"
            + " WHERE m2.localRef = s.toRef AND " + Visibility.relationship("m2") + " }";

    private static final String VIEW = """
            RETURN s.id AS id, s.status AS status, s.score AS score, s.method AS method,
                   s.explanation AS explanation, s.createdAt AS createdAt, s.decidedBy AS decidedBy,
                   s.decidedAt AS decidedAt, s.reason AS reason,
                   [id IN coalesce(s.mergedReports, []) WHERE EXISTS {
                      MATCH (:Report {id: id})-[seen:MENTIONS]->() WHERE %s }] AS mergedReports,
                   COLLECT { MATCH (:Report {id: s.fromReport})-[m:MENTIONS]->(p:Person) WHERE m.localRef = s.fromRef
                             RETURN {person: p.id, role: m.role, name: m.nameLatin, ref: m.localRef} }[0] AS fromSide,
                   COLLECT { MATCH (:Report {id: s.toReport})-[m:MENTIONS]->(p:Person) WHERE m.localRef = s.toRef
                             RETURN {person: p.id, role: m.role, name: m.nameLatin, ref: m.localRef} }[0] AS toSide,
                   s.fromReport AS fromReport, s.toReport AS toReport""".formatted(Visibility.relationship("seen"));

    /**
     * Moves the facts (not the suggestions) of {@code $from} asserted by {@code $reports} (all if null) to {@code $to}.
     * A migrant's mention followed by its person's id takes the new person's ({@link MentionTally#followedKey}).
     */
    private static final String MOVE_FACTS = """
            MATCH (src:Person {id: $from}), (dst:Person {id: $to})
            CALL (src, dst) {
              MATCH (src)-[r]->(x) WHERE type(r) <> 'POSSIBLY_SAME_AS' AND ($reports IS NULL OR r.reportId IN $reports)
              CREATE (dst)-[n:$(type(r))]->(x) SET n = properties(r)
              DELETE r
              RETURN count(*) AS outgoing
            }
            CALL (src, dst) {
              MATCH (src)<-[r]-(x) WHERE type(r) <> 'POSSIBLY_SAME_AS' AND ($reports IS NULL OR r.reportId IN $reports)
              CREATE (dst)<-[n:$(type(r))]-(x) SET n = properties(r)
              SET n.%1$s = CASE WHEN r.%1$s IS NOT NULL THEN %2$s END
              DELETE r
              RETURN count(*) AS incoming
            }
            RETURN outgoing + incoming AS moved""".formatted(MentionTally.KEY, MentionTally.followedKey("n"));

    private final Driver driver;

    public ResolutionStore(Driver driver) {
        this.driver = driver;
    }

    /**
     * Records suggestions made at ingest, skipping every pair that already has a suggestion of any status (a rejected
     * pair is never suggested again) and pairs whose persons no longer both exist.
     *
     * @return how many were recorded
     */
    public int record(List<Suggestion> suggestions) {
        if (suggestions.isEmpty()) return 0;
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        for (Suggestion s : suggestions) {
            String pair = s.fromPersonId().compareTo(s.toPersonId()) < 0
                    ? s.fromPersonId() + "\u0000" + s.toPersonId()
                    : s.toPersonId() + "\u0000" + s.fromPersonId();
            Map<String, Object> props = new HashMap<>();
            props.put("id", UUID.randomUUID().toString());
            props.put("status", Status.PENDING.name());
            props.put("score", s.score());
            props.put("method", "resolution");
            props.put("explanation", s.explanation());
            props.put("fromReport", s.fromReport());
            props.put("fromRef", s.fromRef());
            props.put("toReport", s.toReport());
            props.put("toRef", s.toRef());
            props.put("reportId", s.fromReport());
            props.put("agency", s.agency());
            props.put("firstSeen", now.toLocalDate());
            props.put("lastSeen", now.toLocalDate());
            props.put("createdAt", now);
            Map<String, Object> row =
                    Map.of("key", pair, "from", s.fromPersonId(), "to", s.toPersonId(), "props", props);
            rows.merge(
                    pair,
                    row,
                    (a, b) -> (double) ((Map<?, ?>) a.get("props")).get("score")
                                    >= (double) ((Map<?, ?>) b.get("props")).get("score")
                            ? a
                            : b);
        }
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                // a suggestion's own audience is what both mentions' audiences share: read them, intersect here
                Map<String, List<String>> shared = new HashMap<>();
                tx.run("""
                                UNWIND $rows AS row
                                MATCH (a:Person {id: row.from}), (b:Person {id: row.to})
                                WHERE a <> b AND NOT EXISTS { (a)-[:POSSIBLY_SAME_AS]-(b) }
                                MATCH (:Report {id: row.props.fromReport})-[m1:MENTIONS]->(a)
                                WHERE m1.localRef = row.props.fromRef
                                MATCH (:Report {id: row.props.toReport})-[m2:MENTIONS]->(b)
                                WHERE m2.localRef = row.props.toRef
                                RETURN row.key AS key, m1.aud AS fromAud, m2.aud AS toAud""", Map.of("rows", List.copyOf(rows.values()))).forEachRemaining(r -> {
                    List<String> aud = new ArrayList<>(r.get("fromAud").asList(Value::asString));
                    aud.retainAll(new HashSet<>(r.get("toAud").asList(Value::asString)));
                    shared.put(r.get("key").asString(), aud);
                });
                List<Map<String, Object>> create = new ArrayList<>();
                for (var entry : rows.entrySet()) {
                    List<String> aud = shared.get(entry.getKey());
                    if (aud == null) continue;
                    @SuppressWarnings("unchecked")
                    Map<String, Object> props =
                            (Map<String, Object>) entry.getValue().get("props");
                    props.put("aud", aud);
                    create.add(entry.getValue());
                }
                if (create.isEmpty()) return 0;
                return tx.run("""
                                UNWIND $rows AS row
                                MATCH (a:Person {id: row.from}), (b:Person {id: row.to})
                                CREATE (a)-[s:POSSIBLY_SAME_AS]->(b) SET s = row.props
                                RETURN count(s) AS created""", Map.of("rows", create))
                        .single()
                        .get("created")
                        .asInt();
            });
        }
    }

    /** The suggestions with this status the viewer may see, best score first. */
    public List<SuggestionView> list(Status status, Viewer viewer, int limit) {
        Map<String, Object> params = new HashMap<>(Visibility.parameters(viewer));
        params.put("status", status.name());
        params.put("limit", limit);
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(
                            "MATCH (:Person)-[s:POSSIBLY_SAME_AS]->(:Person) WHERE s.status = $status AND " + VISIBLE
                                    + " WITH s ORDER BY s.score DESC, s.id LIMIT $limit " + VIEW,
                            params)
                    .list(ResolutionStore::view));
        }
    }

    /** The suggestion, if it exists and the viewer may see both of its mentions. */
    public Optional<SuggestionView> find(String id, Viewer viewer) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> find(tx, id, viewer));
        }
    }

    /** Confirms a pending suggestion: the two persons become one. */
    public Outcome confirm(String id, Viewer viewer, String user, String reason) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                Optional<SuggestionView> found = find(tx, id, viewer);
                if (found.isEmpty()) return new Outcome.NotFound();
                SuggestionView s = found.get();
                if (!s.status().equals(Status.PENDING.name())) {
                    return new Outcome.Conflict(
                            "the suggestion is " + s.status().toLowerCase() + ", not pending");
                }
                Record ends = endpoints(tx, id);
                String absorbed = ends.get("absorbed").asString();
                String survivor = ends.get("survivor").asString();
                if (absorbed.equals(survivor)) {
                    return new Outcome.Conflict("both mentions are already attached to one person");
                }
                lock(tx, absorbed, survivor);
                boolean sameReport = tx.run("""
                                MATCH (a:Person {id: $a}), (b:Person {id: $b})
                                RETURN EXISTS { (r:Report)-[:MENTIONS]->(a) WHERE (r)-[:MENTIONS]->(b) } AS both""", Map.of("a", absorbed, "b", survivor))
                        .single()
                        .get("both")
                        .asBoolean();
                if (sameReport) {
                    return new Outcome.Conflict("a report mentions both as two different persons");
                }
                List<String> reports = tx.run(
                                "MATCH (r:Report)-[:MENTIONS]->(:Person {id: $a}) RETURN collect(DISTINCT r.id) AS ids",
                                Map.of("a", absorbed))
                        .single()
                        .get("ids")
                        .asList(Value::asString);
                move(tx, absorbed, survivor, null);
                moveSuggestions(tx, absorbed, survivor, id);
                decide(tx, id, Status.MERGED, user, reason, reports);
                touch(tx, reports);
                Set<String> changed = new HashSet<>(reports);
                return new Outcome.Done(find(tx, id, viewer).orElseThrow(), changed);
            });
        }
    }

    /** Rejects a pending suggestion: the pair is never suggested again. */
    public Outcome reject(String id, Viewer viewer, String user, String reason) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                Optional<SuggestionView> found = find(tx, id, viewer);
                if (found.isEmpty()) return new Outcome.NotFound();
                if (!found.get().status().equals(Status.PENDING.name())) {
                    return new Outcome.Conflict(
                            "the suggestion is " + found.get().status().toLowerCase() + ", not pending");
                }
                decide(tx, id, Status.REJECTED, user, reason, List.of());
                return new Outcome.Done(find(tx, id, viewer).orElseThrow(), Set.of());
            });
        }
    }

    /**
     * Undoes a confirmed merge: the facts of the reports that had been moved go back to the person they came from, and
     * the pair is marked rejected so it is never suggested again.
     */
    public Outcome undo(String id, Viewer viewer, String user, String reason) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                Optional<SuggestionView> found = find(tx, id, viewer);
                if (found.isEmpty()) return new Outcome.NotFound();
                SuggestionView s = found.get();
                if (!s.status().equals(Status.MERGED.name())) {
                    return new Outcome.Conflict("only a merge can be undone; the suggestion is "
                            + s.status().toLowerCase());
                }
                Record ends = endpoints(tx, id);
                if (ends.get("survivorMerged").asBoolean()) {
                    return new Outcome.Conflict("the merged person was merged again later; undo that merge first");
                }
                String absorbed = ends.get("absorbed").asString();
                String survivor = ends.get("survivor").asString();
                lock(tx, absorbed, survivor);
                // all the reports moved, not only those this viewer sees: an undo restores what the merge did
                List<String> moved = ends.get("mergedReports").asList(Value::asString);
                move(tx, survivor, absorbed, moved);
                touch(tx, moved);
                tx.run("""
                                MATCH (b:Person {id: $survivor})-[r:POSSIBLY_SAME_AS]-(x:Person) WHERE r.movedBy = $id
                                MATCH (a:Person {id: $absorbed})
                                WITH r, x, a, startNode(r) = b AS out, properties(r) AS props
                                CALL (r, x, a, out, props) {
                                  WITH * WHERE out CREATE (a)-[n:POSSIBLY_SAME_AS]->(x) SET n = props REMOVE n.movedBy
                                }
                                CALL (r, x, a, out, props) {
                                  WITH * WHERE NOT out CREATE (x)-[n:POSSIBLY_SAME_AS]->(a) SET n = props REMOVE n.movedBy
                                }
                                DELETE r""", Map.of("survivor", survivor, "absorbed", absorbed, "id", id))
                        .consume();
                tx.run("""
                                MATCH ()-[s:POSSIBLY_SAME_AS {id: $id}]->()
                                SET s.status = 'REJECTED', s.undoneBy = $user, s.undoneAt = $at, s.undoReason = $reason""", Map.of("id", id, "user", user, "at", ZonedDateTime.now(ZoneOffset.UTC), "reason", reason))
                        .consume();
                return new Outcome.Done(find(tx, id, viewer).orElseThrow(), new HashSet<>(moved));
            });
        }
    }

    /**
     * Takes the facts the given reports assert about a person off it, into a new person, and records the pair as
     * rejected: an automatic join undone. The viewer must see each of those reports' mentions of the person; at least
     * one mention by another report must remain.
     *
     * @return the new person's id, or empty if the person or a mention is not visible, or nothing would remain
     */
    public Optional<String> split(String personId, Set<String> reportIds, Viewer viewer, String user, String reason) {
        if (reportIds.isEmpty()) return Optional.empty();
        Map<String, Object> params = new HashMap<>(Visibility.parameters(viewer));
        params.put("person", personId);
        params.put("reports", List.copyOf(reportIds));
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                Record check = tx
                        .run(
                                "MATCH (p:Person {id: $person}) "
                                        + "WITH p, COLLECT { MATCH (r:Report)-[m:MENTIONS]->(p) WHERE r.id IN $reports AND "
                                        + Visibility.relationship("m")
                                        + " RETURN {report: r.id, ref: m.localRef, aud: m.aud, agency: m.agency,"
                                        + " name: coalesce(m.nameLatin, toLower(m.role) + ' ' + m.localRef)} } AS taken, "
                                        + "COLLECT { MATCH (r:Report)-[m:MENTIONS]->(p) WHERE NOT r.id IN $reports "
                                        + "RETURN {report: r.id, ref: m.localRef, aud: m.aud} } AS kept "
                                        + "RETURN taken, kept",
                                params)
                        .stream()
                        .findFirst()
                        .orElse(null);
                if (check == null) return Optional.<String>empty();
                List<Value> taken = check.get("taken").asList(v -> v);
                List<Value> kept = check.get("kept").asList(v -> v);
                if (taken.size() != reportIds.size() || kept.isEmpty()) return Optional.<String>empty();
                String created = "person:" + UUID.randomUUID();
                Value from = taken.getFirst();
                Value to = kept.getFirst();
                // shown as a mention the analyst can see names it, not as the old person's first mention did
                tx.run(
                                "CREATE (:Person {id: $created, displayKey: $display})",
                                Map.of(
                                        "created",
                                        created,
                                        "display",
                                        from.get("name").asString()))
                        .consume();
                lock(tx, personId, created);
                move(tx, personId, created, List.copyOf(reportIds));
                touch(tx, List.copyOf(reportIds));
                ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
                Map<String, Object> props = new HashMap<>();
                props.put("id", UUID.randomUUID().toString());
                props.put("status", Status.REJECTED.name());
                props.put("score", 0.0);
                props.put("method", "split");
                props.put("explanation", "split by an analyst: " + reason);
                props.put("fromReport", from.get("report").asString());
                props.put("fromRef", from.get("ref").asString());
                props.put("toReport", to.get("report").asString());
                props.put("toRef", to.get("ref").asString());
                props.put("reportId", from.get("report").asString());
                props.put("agency", from.get("agency").asString());
                List<String> aud = new ArrayList<>(from.get("aud").asList(Value::asString));
                aud.retainAll(new HashSet<>(to.get("aud").asList(Value::asString)));
                props.put("aud", aud);
                props.put("firstSeen", now.toLocalDate());
                props.put("lastSeen", now.toLocalDate());
                props.put("createdAt", now);
                props.put("decidedBy", user);
                props.put("decidedAt", now);
                props.put("reason", reason);
                props.put("mergedReports", List.copyOf(reportIds));
                tx.run("""
                                MATCH (a:Person {id: $created}), (b:Person {id: $person})
                                CREATE (a)-[s:POSSIBLY_SAME_AS]->(b) SET s = $props""", Map.of("created", created, "person", personId, "props", props))
                        .consume();
                return Optional.of(created);
            });
        }
    }

    /** Every suggestion of any status, for operators and benchmarks. */
    public long count() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH ()-[s:POSSIBLY_SAME_AS]->() RETURN count(s) AS n")
                    .single()
                    .get("n")
                    .asLong());
        }
    }

    /** The persons a suggestion joins now, and whether the second has since been merged into yet another. */
    private static Record endpoints(TransactionContext tx, String id) {
        return tx.run("""
                        MATCH (a:Person)-[s:POSSIBLY_SAME_AS {id: $id}]->(b:Person)
                        RETURN a.id AS absorbed, b.id AS survivor, coalesce(s.mergedReports, []) AS mergedReports,
                               EXISTS { (b)-[:POSSIBLY_SAME_AS {status: 'MERGED'}]->(:Person) } AS survivorMerged""", Map.of("id", id)).single();
    }

    private Optional<SuggestionView> find(TransactionContext tx, String id, Viewer viewer) {
        Map<String, Object> params = new HashMap<>(Visibility.parameters(viewer));
        params.put("id", id);
        return tx
                .run("MATCH (:Person)-[s:POSSIBLY_SAME_AS {id: $id}]->(:Person) WHERE " + VISIBLE + " " + VIEW, params)
                .stream()
                .findFirst()
                .map(ResolutionStore::view);
    }

    /** Write locks on both persons first, so two decisions on overlapping persons are taken one after the other. */
    private static void lock(TransactionContext tx, String a, String b) {
        tx.run(
                        "UNWIND $ids AS id MATCH (p:Person {id: id}) SET p.resolutionLock = true REMOVE p.resolutionLock",
                        Map.of("ids", a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a)))
                .consume();
    }

    /**
     * Gives reports whose facts moved to another person a new ingest sequence, so every instance's index re-reads them
     * ({@code IndexCatchUp}), not only this one's.
     */
    private static void touch(TransactionContext tx, List<String> reportIds) {
        if (reportIds.isEmpty()) return;
        long seq = GraphWriter.nextIngestSequence(tx);
        tx.run("MATCH (r:Report) WHERE r.id IN $ids SET r.ingestSeq = $seq", Map.of("ids", reportIds, "seq", seq))
                .consume();
    }

    private static void move(TransactionContext tx, String from, String to, @Nullable List<String> reports) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("reports", reports);
        tx.run(MOVE_FACTS, params).consume();
        // a migrant followed by their person now has the other person's key; one followed by a dated pseudonym keeps
        // theirs, and their bound is unchanged
        MigrantBound.refresh(tx, List.of(), List.of(from, to));
    }

    /**
     * Moves the other suggestions of the absorbed person to the survivor, marked so an undo can move them back; of two
     * suggestions that now join the same pair, the rejected one wins, then the merged, then the pending.
     */
    private static void moveSuggestions(TransactionContext tx, String absorbed, String survivor, String mergeId) {
        tx.run("""
                        MATCH (a:Person {id: $absorbed})-[r:POSSIBLY_SAME_AS]-(x:Person) WHERE r.id <> $merge
                        MATCH (b:Person {id: $survivor})
                        WITH r, x, b, startNode(r) = a AS out, properties(r) AS props
                        CALL (x, b, out, props) {
                          WITH * WHERE out AND x <> b
                          CREATE (b)-[n:POSSIBLY_SAME_AS]->(x) SET n = props, n.movedBy = $merge
                        }
                        CALL (x, b, out, props) {
                          WITH * WHERE NOT out AND x <> b
                          CREATE (x)-[n:POSSIBLY_SAME_AS]->(b) SET n = props, n.movedBy = $merge
                        }
                        DELETE r""", Map.of("absorbed", absorbed, "survivor", survivor, "merge", mergeId))
                .consume();
        tx.run("""
                        MATCH (b:Person {id: $survivor})-[r:POSSIBLY_SAME_AS]-(x:Person)
                        WITH x, r ORDER BY CASE r.status WHEN 'REJECTED' THEN 0 WHEN 'MERGED' THEN 1 ELSE 2 END, r.id
                        WITH x, collect(r) AS rels
                        WHERE size(rels) > 1
                        UNWIND rels[1..] AS extra
                        DELETE extra""", Map.of("survivor", survivor)).consume();
    }

    private static void decide(
            TransactionContext tx, String id, Status status, String user, String reason, List<String> mergedReports) {
        tx.run(
                        """
                        MATCH ()-[s:POSSIBLY_SAME_AS {id: $id}]->()
                        SET s.status = $status, s.decidedBy = $user, s.decidedAt = $at, s.reason = $reason,
                            s.mergedReports = $reports""",
                        Map.of(
                                "id", id,
                                "status", status.name(),
                                "user", user,
                                "at", ZonedDateTime.now(ZoneOffset.UTC),
                                "reason", reason,
                                "reports", mergedReports))
                .consume();
    }

    private static SuggestionView view(Record r) {
        return new SuggestionView(
                r.get("id").asString(),
                r.get("status").asString(),
                r.get("score").asDouble(),
                r.get("method").asString(),
                r.get("explanation").asString(),
                side(r.get("fromSide"), r.get("fromReport").asString()),
                side(r.get("toSide"), r.get("toReport").asString()),
                r.get("createdAt").asZonedDateTime(),
                r.get("decidedBy").isNull() ? null : r.get("decidedBy").asString(),
                r.get("decidedAt").isNull() ? null : r.get("decidedAt").asZonedDateTime(),
                r.get("reason").isNull() ? null : r.get("reason").asString(),
                r.get("mergedReports").asList(Value::asString));
    }

    private static SuggestionView.Side side(Value side, String reportId) {
        String role = side.get("role").asString();
        String ref = side.get("ref").asString();
        String name = side.get("name").isNull()
                ? role.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + ref
                : side.get("name").asString();
        return new SuggestionView.Side(side.get("person").asString(), reportId, ref, role, name);
    }
}
