package org.borderlink.ingest.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.FactsOfReport;
import org.borderlink.graph.model.MentionTally;
import org.borderlink.graph.model.MigrantBound;
import org.borderlink.graph.model.NodeLabel;
import org.borderlink.graph.model.RelType;
import org.borderlink.graph.sharing.Audience;
import org.borderlink.graph.sharing.ReportAudience;
import org.borderlink.ingest.facts.ReportFacts;
import org.borderlink.ingest.facts.ReportFacts.Seen;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;

/**
 * Writes {@link ReportFacts} in one transaction per batch (design §4.5):
 *
 * <ul>
 *   <li><b>idempotent</b>: a report already stored with the same version and content hash is not touched;
 *   <li><b>versioned</b>: a higher version first deletes every relationship the earlier version asserted (the
 *       relationships of the nodes the report points at that carry its id, {@link FactsOfReport}) and the nodes left
 *       with no relationship, then writes the new facts; facts other reports asserted about the same person, phone,
 *       vehicle or place are untouched; sharing decisions made here survive a version that repeats the submitted
 *       marking ({@link SharingDecisions});
 *   <li><b>batched</b>: one {@code UNWIND} statement per kind of node for the whole batch, which also writes the
 *       facts that hang from the nodes it just wrote (a person's involvements, a leg's travellers and vehicles), so
 *       they need not be looked up again;
 *   <li><b>tallied</b>: the mentions of migrants and victims are created with their raw tallies ({@link
 *       MentionTally}), worked out from the facts being written ({@link MentionTallies}), and the bounds of their
 *       migrants follow once the batch's facts are written ({@link MigrantBound});
 *   <li><b>sequenced</b>: every report written gets the batch's {@code ingestSeq}, the next value of a counter, so
 *       derived data (the search index) can follow what changed since it last looked.
 * </ul>
 *
 * Shared nodes (places, phones, vehicles, documents, accounts, online accounts) are merged on their key. Report-scoped
 * nodes (incidents, legs, organisations, and persons that resolution did not attach to a known person) are keyed by
 * {@code reportId#localRef} and created outright: a replaced version's are deleted first, so none can exist yet, and a
 * merge's locking index lookup was the largest single cost of a write. Persons are merged when resolution named a known
 * one, or when their report is being replaced and other reports' facts still hold on to them. Every relationship
 * carries {@code reportId}, {@code agency}, {@code aud}, {@code firstSeen} and {@code lastSeen}.
 */
public final class GraphWriter {

    /**
     * The write statements seek every node by its unique key, whatever the graph holds, so their plans never improve
     * with new statistics; while the graph grows fast (a bulk load) Cypher would otherwise plan them again and again
     * as the counts drift.
     */
    private static final String NO_REPLANNING = "CYPHER replan=skip ";

    private final Driver driver;

    /** The property keys each slot of the write statements has seen so far ({@link #keys}). */
    private final Map<String, Set<String>> knownKeys = new java.util.concurrent.ConcurrentHashMap<>();

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
            session.executeWriteWithoutResult(tx -> writeFacts(
                    tx,
                    batch,
                    batch.stream().map(ReportFacts::reportId).collect(java.util.stream.Collectors.toSet()),
                    Set.of()));
        }
    }

    /**
     * Takes the write lock of each report of the batch (creating a placeholder of version 0 for a new one) before
     * reading what is stored, so two submissions of the same report at once are decided one after the other and the
     * second finds the first's facts instead of writing them again. Ids are locked in sorted order to avoid deadlocks.
     */
    private static final String LOCK_AND_READ_VERSIONS = NO_REPLANNING + """
            UNWIND $ids AS id
            MERGE (r:Report {id: id}) ON CREATE SET r.version = 0
            SET r.writeLock = true REMOVE r.writeLock
            RETURN id, r.version AS version, r.contentHash AS hash, """ + SharingDecisions.COLUMNS;

    private Map<String, WriteOutcome> write(TransactionContext tx, List<ReportFacts> batch) {
        Map<String, WriteOutcome> outcomes = new LinkedHashMap<>();
        Map<String, Map<String, Object>> stored = new HashMap<>();
        Map<String, SharingDecisions.Stored> sharing = new HashMap<>();
        tx.run(
                        LOCK_AND_READ_VERSIONS,
                        Map.of(
                                "ids",
                                batch.stream()
                                        .map(ReportFacts::reportId)
                                        .sorted()
                                        .toList()))
                .forEachRemaining(rec -> {
                    stored.put(
                            rec.get("id").asString(),
                            Map.of(
                                    "version",
                                    rec.get("version").asInt(),
                                    "hash",
                                    rec.get("hash").asString("")));
                    sharing.put(rec.get("id").asString(), SharingDecisions.of(rec));
                });
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
            if (outcome == WriteOutcome.STORED) toWrite.add(facts);
            if (outcome == WriteOutcome.REPLACED) {
                toWrite.add(SharingDecisions.carriedInto(facts, sharing.get(facts.reportId())));
            }
        }
        Set<String> replacedMigrants = toReplace.isEmpty() ? Set.of() : deleteFacts(tx, toReplace);
        if (!toWrite.isEmpty()) {
            Set<String> firstVersions = new HashSet<>();
            outcomes.forEach((id, outcome) -> {
                if (outcome == WriteOutcome.STORED) firstVersions.add(id);
            });
            writeFacts(tx, toWrite, firstVersions, replacedMigrants);
        }
        return outcomes;
    }

    /**
     * One statement that finds and deletes everything the reports asserted ({@link FactsOfReport}: walked out from
     * each report, not looked up by an index per type of fact). Only facts are deleted: what Borderlink itself records
     * between persons (resolution suggestions and decisions) is not the report's to take back.
     */
    private static final String FIND_FACTS_OF_REPORTS =
            NO_REPLANNING + "UNWIND $ids AS rid MATCH (rep:Report {id: rid}) " + FactsOfReport.call("rep", "r") + """
            WITH r, startNode(r) AS a, endNode(r) AS b, r.tallyKey AS migrant
            DELETE r
            RETURN labels(a)[0] AS la, a.id AS ia, labels(b)[0] AS lb, b.id AS ib, migrant""";

    /**
     * Removes what the given reports asserted, and the nodes that nothing else holds on to.
     *
     * @return the migrant identities ({@link MentionTally#KEY}) of the deleted mentions, whose bounds must follow
     */
    private static Set<String> deleteFacts(TransactionContext tx, List<String> reportIds) {
        Map<String, Set<String>> touched = new HashMap<>();
        Set<String> migrants = new java.util.TreeSet<>();
        tx.run(FIND_FACTS_OF_REPORTS, Map.of("ids", reportIds)).forEachRemaining(rec -> {
            touched.computeIfAbsent(rec.get("la").asString(), k -> new LinkedHashSet<>())
                    .add(rec.get("ia").asString());
            touched.computeIfAbsent(rec.get("lb").asString(), k -> new LinkedHashSet<>())
                    .add(rec.get("ib").asString());
            if (!rec.get("migrant").isNull()) migrants.add(rec.get("migrant").asString());
        });
        for (var entry : touched.entrySet()) {
            NodeLabel label = NodeLabel.valueOf(entry.getKey());
            if (label == NodeLabel.Report) continue;
            tx.run(
                            NO_REPLANNING + "UNWIND $ids AS id MATCH (n:" + label.name()
                                    + " {id: id}) WHERE NOT (n)--() DELETE n",
                            Map.of("ids", List.copyOf(entry.getValue())))
                    .consume();
        }
        return migrants;
    }

    /**
     * @param firstVersions the reports of the batch never stored before: no node keyed by their ids can exist yet, so
     *     their report-scoped persons are created outright instead of merged (a resolved person, or a person of a
     *     report being replaced that other reports' facts still hold on to, is merged)
     * @param replacedMigrants the migrant identities whose mentions the batch's replaced versions had (their bounds
     *     are refreshed with those of the batch's own migrants)
     */
    private void writeFacts(
            TransactionContext tx, List<ReportFacts> batch, Set<String> firstVersions, Set<String> replacedMigrants) {
        List<Map<String, Object>> reports = new ArrayList<>();
        List<Map<String, Object>> locations = new ArrayList<>();
        List<Map<String, Object>> incidents = new ArrayList<>();
        List<Map<String, Object>> persons = new ArrayList<>();
        List<Map<String, Object>> newPersons = new ArrayList<>();
        List<Map<String, Object>> involvements = new ArrayList<>();
        List<Map<String, Object>> organisations = new ArrayList<>();
        Map<String, List<Map<String, Object>>> selectors = new LinkedHashMap<>();
        Map<String, List<Map<String, Object>>> relations = new LinkedHashMap<>();
        List<Map<String, Object>> legs = new ArrayList<>();
        // each report's MENTIONS properties in the order of its persons, which get their tallies once the places'
        // kinds are known
        List<Map.Entry<ReportFacts, List<Map<String, Object>>>> mentionsByReport = new ArrayList<>();
        // persons created outright: no other transaction can know their ids, nor have a migrant bound keyed by one
        Set<String> createdPersons = new HashSet<>();

        for (ReportFacts f : batch) {
            reports.add(Map.of("id", f.reportId(), "props", f.reportProperties()));
            Seen reportSeen =
                    new Seen(f.provenance().reportedOn(), f.provenance().reportedOn());
            Set<String> minors = minors(f);
            f.locations().forEach(l -> locations.add(Map.of("id", l.id(), "props", l.properties())));
            for (var i : f.incidents()) {
                Map<String, Object> row = new HashMap<>();
                row.put("id", i.id());
                row.put("reportId", f.reportId());
                row.put("props", i.properties());
                row.put("locationId", i.locationId());
                row.put("prov", provenance(f, i.seen(), Map.of(), false));
                incidents.add(row);
            }
            List<Map<String, Object>> mentionsOfReport = new ArrayList<>();
            mentionsByReport.add(Map.entry(f, mentionsOfReport));
            for (var p : f.persons()) {
                List<Map<String, Object>> involved = new ArrayList<>();
                for (var inv : p.involvements()) {
                    Map<String, Object> extra = inv.role() == null ? Map.of() : Map.of("role", inv.role());
                    involved.add(Map.of(
                            "incidentId",
                            inv.incidentId(),
                            "props",
                            provenance(f, inv.seen(), extra, minors.contains(p.id()))));
                }
                involvements.addAll(involved);
                boolean isNew = firstVersions.contains(f.reportId()) && p.id().startsWith(f.reportId() + "#");
                Map<String, Object> mention = provenance(f, reportSeen, p.mention(), minors.contains(p.id()));
                mentionsOfReport.add(mention);
                if (isNew) createdPersons.add(p.id());
                (isNew ? newPersons : persons)
                        .add(Map.of(
                                "id", p.id(),
                                "reportId", f.reportId(),
                                "displayKey", p.displayKey(),
                                "mention", mention,
                                "involvements", involved));
            }
            for (var o : f.organisations()) {
                organisations.add(Map.of(
                        "id", o.id(),
                        "reportId", f.reportId(),
                        "props", o.properties(),
                        "prov", provenance(f, reportSeen, Map.of(), false),
                        "members", personRows(f, o.memberIds(), reportSeen, minors)));
            }
            for (var s : f.selectors()) {
                selectors
                        .computeIfAbsent(s.label(), k -> new ArrayList<>())
                        .add(Map.of(
                                "id", s.id(),
                                "props", s.properties(),
                                "users", personRows(f, s.userIds(), reportSeen, minors)));
            }
            for (var r : f.relations()) {
                relations
                        .computeIfAbsent(r.type() + ":" + r.toLabel(), k -> new ArrayList<>())
                        .add(Map.of(
                                "from",
                                r.fromId(),
                                "to",
                                r.toId(),
                                "props",
                                provenance(
                                        f,
                                        r.seen(),
                                        r.properties(),
                                        minors.contains(r.fromId())
                                                || (r.toLabel().equals(NodeLabel.Person.name())
                                                        && minors.contains(r.toId())))));
            }
            for (var l : f.legs()) {
                Map<String, Object> row = new HashMap<>();
                row.put("id", l.id());
                row.put("reportId", f.reportId());
                row.put("props", l.properties());
                row.put("fromId", l.fromId());
                row.put("toId", l.toId());
                row.put("viaId", l.viaId());
                row.put("prov", provenance(f, l.seen(), Map.of(), false));
                row.put(
                        "travellers",
                        l.personIds().stream()
                                .map(personId -> Map.of(
                                        "id",
                                        personId,
                                        "prov",
                                        provenance(f, l.seen(), Map.of(), minors.contains(personId))))
                                .toList());
                row.put(
                        "vehicles",
                        l.vehicleIds().stream()
                                .map(vehicleId ->
                                        Map.of("id", vehicleId, "prov", provenance(f, l.seen(), Map.of(), false)))
                                .toList());
                legs.add(row);
            }
        }

        long sequence = nextIngestSequence(tx);
        run(tx, """
                UNWIND $rows AS row
                MERGE (r:Report {id: row.id})
                SET r = row.props, r.id = row.id, r.ingestSeq = $sequence""", reports, Map.of("sequence", sequence));
        Map<String, String> placeKinds = new HashMap<>();
        if (!locations.isEmpty()) {
            tx.run(
                            NO_REPLANNING + "UNWIND $rows AS row MERGE (l:Location {id: row.id}) ON CREATE SET "
                                    + setters("l", "row.props", keys("Location", locations, "props"))
                                    + " RETURN l.id AS id, l.kind AS kind",
                            Map.of("rows", locations))
                    .forEachRemaining(rec -> placeKinds.put(
                            rec.get("id").asString(), rec.get("kind").asString(null)));
        }
        List<MigrantBound.Tally> tallied = new ArrayList<>();
        mentionsByReport.forEach(
                entry -> tallied.addAll(MentionTallies.addTo(entry.getKey(), entry.getValue(), placeKinds)));
        run(
                tx,
                """
                UNWIND $rows AS row
                MATCH (rep:Report {id: row.reportId})
                CREATE (i:Incident %s)
                CREATE (rep)-[:REPORTS %s]->(i)
                WITH i, row WHERE row.locationId IS NOT NULL
                MATCH (l:Location {id: row.locationId})
                CREATE (i)-[:OCCURRED_AT %s]->(l)""".formatted(
                        withId(literal("row.props", keys("Incident", incidents, "props"))), PROVENANCE, PROVENANCE),
                incidents);
        String mentions = literal("row.mention", keys("MENTIONS", persons, newPersons, "mention"));
        String involved = literal("inv.props", keys("INVOLVED_IN", involvements, "props"));
        String involvementsOfPerson = """
                CREATE (rep)-[:MENTIONS %s]->(p)
                WITH p, row UNWIND row.involvements AS inv
                MATCH (i:Incident {id: inv.incidentId})
                CREATE (p)-[:INVOLVED_IN %s]->(i)""".formatted(mentions, involved);
        run(tx, """
                UNWIND $rows AS row
                MATCH (rep:Report {id: row.reportId})
                CREATE (p:Person {id: row.id, displayKey: row.displayKey})
                """ + involvementsOfPerson, newPersons);
        run(tx, """
                UNWIND $rows AS row
                MATCH (rep:Report {id: row.reportId})
                MERGE (p:Person {id: row.id}) ON CREATE SET p.displayKey = row.displayKey
                """ + involvementsOfPerson, persons);
        run(
                tx,
                """
                UNWIND $rows AS row
                MATCH (rep:Report {id: row.reportId})
                CREATE (o:Organisation %s)
                CREATE (rep)-[:MENTIONS %s]->(o)
                WITH o, row UNWIND row.members AS member
                MATCH (p:Person {id: member.id})
                CREATE (p)-[:MEMBER_OF %s]->(o)""".formatted(
                                withId(literal("row.props", keys("Organisation", organisations, "props"))),
                                PROVENANCE,
                                provenanceOf("member")),
                organisations);
        for (var entry : selectors.entrySet()) {
            NodeLabel label = NodeLabel.valueOf(entry.getKey());
            // a selector is shared by every report that saw it: a property this report leaves out is kept
            run(
                    tx,
                    "UNWIND $rows AS row MERGE (s:" + label.name() + " {id: row.id}) SET "
                            + keptSetters("s", "row.props", keys(label.name(), entry.getValue(), "props"))
                            + " WITH s, row UNWIND row.users AS user MATCH (p:Person {id: user.id}) "
                            + "CREATE (p)-[:USES " + provenanceOf("user") + "]->(s)",
                    entry.getValue());
        }
        for (var entry : relations.entrySet()) {
            String[] typeAndLabel = entry.getKey().split(":");
            RelType type = RelType.valueOf(typeAndLabel[0]);
            NodeLabel target = NodeLabel.valueOf(typeAndLabel[1]);
            run(
                    tx,
                    "UNWIND $rows AS row MATCH (a:Person {id: row.from}) MATCH (b:" + target.name()
                            + " {id: row.to}) CREATE (a)-[:" + type.name() + " "
                            + literal("row.props", keys(entry.getKey(), entry.getValue(), "props")) + "]->(b)",
                    entry.getValue());
        }
        run(
                tx,
                """
                UNWIND $rows AS row
                MATCH (rep:Report {id: row.reportId})
                CREATE (leg:Leg %s)
                CREATE (rep)-[:DESCRIBES %s]->(leg)
                WITH leg, row
                MATCH (f:Location {id: row.fromId}) MATCH (t:Location {id: row.toId})
                CREATE (leg)-[:FROM %s]->(f)
                CREATE (leg)-[:TO %s]->(t)
                WITH leg, row
                CALL (leg, row) {
                  UNWIND row.travellers AS traveller
                  MATCH (p:Person {id: traveller.id})
                  CREATE (p)-[:ON_LEG %s]->(leg)
                }
                CALL (leg, row) {
                  UNWIND row.vehicles AS vehicle
                  MATCH (v:Vehicle {id: vehicle.id})
                  CREATE (v)-[:ON_LEG %s]->(leg)
                }
                WITH leg, row WHERE row.viaId IS NOT NULL
                MATCH (v:Location {id: row.viaId})
                CREATE (leg)-[:VIA %s]->(v)""".formatted(
                                withId(literal("row.props", keys("Leg", legs, "props"))),
                                PROVENANCE,
                                PROVENANCE,
                                PROVENANCE,
                                provenanceOf("traveller"),
                                provenanceOf("vehicle"),
                                PROVENANCE),
                legs);
        MigrantBound.afterWriting(tx, tallied, replacedMigrants, createdPersons);
    }

    /**
     * Persons the report mentions as minors: every fact of the report that touches one carries
     * {@link Audience#ofMinors} from the moment it exists (design §5, hit/no-hit for minors), written with the fact
     * rather than narrowed after it.
     */
    /** One row per person a fact links to (a member, a user), with that fact's provenance. */
    private static List<Map<String, Object>> personRows(
            ReportFacts f, List<String> personIds, Seen seen, Set<String> minors) {
        return personIds.stream()
                .map(id -> Map.<String, Object>of("id", id, "prov", provenance(f, seen, Map.of(), minors.contains(id))))
                .toList();
    }

    /** The audience of facts about the report's minors: its owner, and the agencies it granted them to here. */
    private static List<String> minorsAudience(ReportFacts f) {
        List<AgencyId> granted = new ArrayList<>();
        if (f.reportProperties().get(ReportAudience.MINORS_RELEASABLE_TO) instanceof List<?> agencies) {
            for (Object agency : agencies) granted.add(AgencyId.of(String.valueOf(agency)));
        }
        return List.of(
                Audience.asProperty(Audience.ofMinors(AgencyId.of(f.provenance().agency()), granted)));
    }

    private static Set<String> minors(ReportFacts f) {
        Set<String> minors = new HashSet<>();
        for (var p : f.persons()) {
            if (Boolean.TRUE.equals(p.mention().get("minor"))) minors.add(p.id());
        }
        return minors;
    }

    /**
     * The next value of the ingest sequence, taken under the counter's lock, so transactions that write reports
     * commit in the order of their numbers: whoever follows the graph by {@code ingestSeq} (the search index) never
     * misses a report written by a transaction that committed late with a lower number.
     */
    public static long nextIngestSequence(TransactionContext tx) {
        return tx.run("MERGE (s:Sequence {id: 'ingest'}) SET s.value = coalesce(s.value, 0) + 1 RETURN s.value AS v")
                .single()
                .get("v")
                .asLong();
    }

    /*
     * Properties are written as literal maps of the row's keys rather than with SET r = map: Cypher must assume a
     * map-valued SET can affect what the rest of the statement reads and adds an Eager barrier that holds every row
     * of the batch in memory first; written out key by key, the statement streams. Keys come from FactBuilder,
     * never from input, and are checked to be plain identifiers before they become part of a statement.
     */

    /** The provenance every relationship carries, from the row's {@code prov} map. */
    private static final String PROVENANCE = provenanceOf("row");

    /** The provenance every relationship carries, from the {@code prov} map of {@code var}. */
    private static String provenanceOf(String var) {
        return "{reportId: %1$s.prov.reportId, agency: %1$s.prov.agency, aud: %1$s.prov.aud, firstSeen: %1$s.prov.firstSeen, lastSeen: %1$s.prov.lastSeen}"
                .formatted(var);
    }

    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    /**
     * Every key the {@code field} maps of {@code rows} hold, with every key earlier batches gave the same {@code slot}
     * of a statement, in a stable order: a statement's text changes only when a new key first appears, so its plan is
     * made once and then found in the cache, instead of being planned again whenever a batch happens to lack a rare
     * key. A key no row of this batch holds is simply null, which is what a created entity without it looks like.
     */
    private Set<String> keys(String slot, List<Map<String, Object>> rows, String field) {
        return keys(slot, rows, List.of(), field);
    }

    private Set<String> keys(
            String slot, List<Map<String, Object>> rows, List<Map<String, Object>> more, String field) {
        Set<String> keys = new java.util.TreeSet<>();
        for (Map<String, Object> row :
                java.util.stream.Stream.concat(rows.stream(), more.stream()).toList()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) row.get(field);
            keys.addAll(map.keySet());
        }
        for (String key : keys) {
            if (!IDENTIFIER.matcher(key).matches()) throw new IllegalArgumentException("not a property name: " + key);
        }
        return knownKeys.merge(slot, keys, (known, added) -> {
            if (known.containsAll(added)) return known;
            Set<String> union = new java.util.TreeSet<>(known);
            union.addAll(added);
            return union;
        });
    }

    /** {@code {a: expr.a, b: expr.b}}: absent keys are null, which a created entity simply does not get. */
    private static String literal(String expr, Set<String> keys) {
        return keys.stream()
                .map(k -> k + ": " + expr + "." + k)
                .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
    }

    /** {@code {id: row.id, a: …}}: a report-scoped node created with its key and this row's properties. */
    private static String withId(String literal) {
        return literal.equals("{}") ? "{id: row.id}" : "{id: row.id, " + literal.substring(1);
    }

    /** {@code v.a = expr.a, …}: the node gets exactly this row's properties. */
    private static String setters(String var, String expr, Set<String> keys) {
        if (keys.isEmpty()) return var + ".id = " + var + ".id";
        return keys.stream()
                .map(k -> var + "." + k + " = " + expr + "." + k)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** {@code v.a = coalesce(expr.a, v.a), …}: properties this row leaves out are kept (shared nodes). */
    private static String keptSetters(String var, String expr, Set<String> keys) {
        if (keys.isEmpty()) return var + ".id = " + var + ".id";
        return keys.stream()
                .map(k -> var + "." + k + " = coalesce(" + expr + "." + k + ", " + var + "." + k + ")")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static void run(TransactionContext tx, String cypher, List<Map<String, Object>> rows) {
        run(tx, cypher, rows, Map.of());
    }

    private static void run(
            TransactionContext tx, String cypher, List<Map<String, Object>> rows, Map<String, Object> parameters) {
        if (rows.isEmpty()) return;
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("rows", rows);
        tx.run(NO_REPLANNING + cypher, all).consume();
    }

    /**
     * The provenance every relationship carries, plus the fact's own properties. A fact about a minor is seen by the
     * owner and the agencies the owner granted the report's minors to: none for a report just written, those granted
     * here for a correction that keeps the decisions made here ({@link SharingDecisions}).
     */
    private static Map<String, Object> provenance(
            ReportFacts f, Seen seen, Map<String, Object> properties, boolean aboutMinor) {
        Map<String, Object> props = new HashMap<>(properties);
        props.put("reportId", f.reportId());
        props.put("agency", f.provenance().agency());
        props.put("aud", aboutMinor ? minorsAudience(f) : f.provenance().aud());
        LocalDate first = seen.firstSeen();
        props.put("firstSeen", first);
        props.put("lastSeen", seen.lastSeen());
        return props;
    }
}
