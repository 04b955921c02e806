package org.borderlink.graph.schema;

import java.util.List;
import java.util.Map;
import org.borderlink.graph.model.MentionTally;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The versioned schema of the graph (docs/data-model.md). Each {@link SchemaMigration} runs once; what has run
 * is recorded as {@code (:SchemaMigration {version, description, checksum, appliedAt})} nodes, so a second start
 * applies nothing and an edited migration is refused instead of silently diverging.
 */
public final class GraphSchema {

    private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

    /** Every migration, in order. Append new ones; never edit one that has shipped. */
    public static final List<SchemaMigration> MIGRATIONS = List.of(
            // Statements are written out, not derived from the enums: a label or type added later must not change
            // what a shipped migration says (its checksum would no longer match the databases it ran on).
            new SchemaMigration(
                    1,
                    "unique ids of every node label",
                    List.of(
                            "CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE",
                            "CREATE CONSTRAINT incident_id IF NOT EXISTS FOR (n:Incident) REQUIRE n.id IS UNIQUE",
                            "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE",
                            "CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE",
                            "CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:Location) REQUIRE n.id IS UNIQUE",
                            "CREATE CONSTRAINT phone_id IF NOT EXISTS FOR (n:Phone) REQUIRE n.id IS UNIQUE",
                            "CREATE CONSTRAINT vehicle_id IF NOT EXISTS FOR (n:Vehicle) REQUIRE n.id IS UNIQUE",
                            "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE",
                            "CREATE CONSTRAINT account_id IF NOT EXISTS FOR (n:Account) REQUIRE n.id IS UNIQUE",
                            "CREATE CONSTRAINT onlineaccount_id IF NOT EXISTS FOR (n:OnlineAccount) REQUIRE n.id IS UNIQUE",
                            "CREATE CONSTRAINT leg_id IF NOT EXISTS FOR (n:Leg) REQUIRE n.id IS UNIQUE")),
            new SchemaMigration(
                    2,
                    "provenance indexes on relationships",
                    List.of(
                            "CREATE INDEX rel_mentions_report IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.reportId)",
                            "CREATE INDEX rel_reports_report IF NOT EXISTS FOR ()-[r:REPORTS]-() ON (r.reportId)",
                            "CREATE INDEX rel_involved_in_report IF NOT EXISTS FOR ()-[r:INVOLVED_IN]-() ON (r.reportId)",
                            "CREATE INDEX rel_occurred_at_report IF NOT EXISTS FOR ()-[r:OCCURRED_AT]-() ON (r.reportId)",
                            "CREATE INDEX rel_uses_report IF NOT EXISTS FOR ()-[r:USES]-() ON (r.reportId)",
                            "CREATE INDEX rel_contacted_report IF NOT EXISTS FOR ()-[r:CONTACTED]-() ON (r.reportId)",
                            "CREATE INDEX rel_paid_report IF NOT EXISTS FOR ()-[r:PAID]-() ON (r.reportId)",
                            "CREATE INDEX rel_recruited_report IF NOT EXISTS FOR ()-[r:RECRUITED]-() ON (r.reportId)",
                            "CREATE INDEX rel_transported_report IF NOT EXISTS FOR ()-[r:TRANSPORTED]-() ON (r.reportId)",
                            "CREATE INDEX rel_harboured_report IF NOT EXISTS FOR ()-[r:HARBOURED]-() ON (r.reportId)",
                            "CREATE INDEX rel_exploited_report IF NOT EXISTS FOR ()-[r:EXPLOITED]-() ON (r.reportId)",
                            "CREATE INDEX rel_member_of_report IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.reportId)",
                            "CREATE INDEX rel_associate_of_report IF NOT EXISTS FOR ()-[r:ASSOCIATE_OF]-() ON (r.reportId)",
                            "CREATE INDEX rel_from_report IF NOT EXISTS FOR ()-[r:FROM]-() ON (r.reportId)",
                            "CREATE INDEX rel_to_report IF NOT EXISTS FOR ()-[r:TO]-() ON (r.reportId)",
                            "CREATE INDEX rel_via_report IF NOT EXISTS FOR ()-[r:VIA]-() ON (r.reportId)",
                            "CREATE INDEX rel_on_leg_report IF NOT EXISTS FOR ()-[r:ON_LEG]-() ON (r.reportId)",
                            "CREATE INDEX rel_describes_report IF NOT EXISTS FOR ()-[r:DESCRIBES]-() ON (r.reportId)")),
            new SchemaMigration(
                    3,
                    "lookup and full-text indexes",
                    List.of(
                            "CREATE INDEX report_agency IF NOT EXISTS FOR (r:Report) ON (r.agency)",
                            "CREATE INDEX report_type IF NOT EXISTS FOR (r:Report) ON (r.type)",
                            "CREATE INDEX incident_date IF NOT EXISTS FOR (i:Incident) ON (i.date)",
                            "CREATE INDEX incident_kind IF NOT EXISTS FOR (i:Incident) ON (i.kind)",
                            "CREATE INDEX leg_date IF NOT EXISTS FOR (l:Leg) ON (l.date)",
                            "CREATE INDEX location_kind IF NOT EXISTS FOR (l:Location) ON (l.kind)",
                            "CREATE FULLTEXT INDEX report_narrative IF NOT EXISTS FOR (r:Report) ON EACH [r.narrative]")),
            new SchemaMigration(
                    4,
                    "ingest sequence; provenance indexes only between shared entities",
                    List.of(
                            "CREATE CONSTRAINT sequence_id IF NOT EXISTS FOR (s:Sequence) REQUIRE s.id IS UNIQUE",
                            "CREATE INDEX report_ingest_seq IF NOT EXISTS FOR (r:Report) ON (r.ingestSeq)",
                            // Facts about report-scoped nodes are found from the report when it is replaced; an index
                            // on them cost about a quarter of every relationship write (bench/) and saved nothing.
                            "DROP INDEX rel_mentions_report IF EXISTS",
                            "DROP INDEX rel_reports_report IF EXISTS",
                            "DROP INDEX rel_involved_in_report IF EXISTS",
                            "DROP INDEX rel_occurred_at_report IF EXISTS",
                            "DROP INDEX rel_from_report IF EXISTS",
                            "DROP INDEX rel_to_report IF EXISTS",
                            "DROP INDEX rel_via_report IF EXISTS",
                            "DROP INDEX rel_on_leg_report IF EXISTS",
                            "DROP INDEX rel_describes_report IF EXISTS")),
            new SchemaMigration(
                    5,
                    "access requests: unique id, looked up by owner and by requester",
                    List.of(
                            "CREATE CONSTRAINT access_request_id IF NOT EXISTS FOR (a:AccessRequest) REQUIRE a.id IS UNIQUE",
                            "CREATE INDEX access_request_owner IF NOT EXISTS FOR (a:AccessRequest) ON (a.owner)",
                            "CREATE INDEX access_request_requester IF NOT EXISTS FOR (a:AccessRequest) ON (a.requester)")),
            new SchemaMigration(
                    6,
                    "link analysis: mentions of minors, reports by day",
                    List.of(
                            // the minors pattern starts from the few mentions of minors, not from every mention
                            "CREATE INDEX rel_mentions_minor IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.minor)",
                            // the facilitator network of a window starts from the reports of that window
                            "CREATE INDEX report_reported_on IF NOT EXISTS FOR (r:Report) ON (r.reportedOn)")),
            new SchemaMigration(
                    7,
                    "link analysis: mentions by role and by keyed pseudonym",
                    List.of(
                            // the facilitator and driver patterns start from the mentions in those roles (about one in
                            // five) instead of from every person
                            "CREATE INDEX rel_mentions_role IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.role)",
                            // a protected person's mentions by their pseudonym, and how many there are, read from the
                            // index alone (smuggled-with-trafficking-indicators ranks migrants by it)
                            "CREATE INDEX rel_mentions_subject_key IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.subjectKey)")),
            new SchemaMigration(
                    8,
                    "no provenance indexes on relationships",
                    List.of(
                            // Facts between shared entities are found from the report too, through the persons it
                            // mentions (FactsOfReport); these indexes cost about a quarter of every relationship write.
                            "DROP INDEX rel_uses_report IF EXISTS",
                            "DROP INDEX rel_contacted_report IF EXISTS",
                            "DROP INDEX rel_paid_report IF EXISTS",
                            "DROP INDEX rel_recruited_report IF EXISTS",
                            "DROP INDEX rel_transported_report IF EXISTS",
                            "DROP INDEX rel_harboured_report IF EXISTS",
                            "DROP INDEX rel_exploited_report IF EXISTS",
                            "DROP INDEX rel_member_of_report IF EXISTS",
                            "DROP INDEX rel_associate_of_report IF EXISTS")),
            new SchemaMigration(
                    9,
                    "no full-text index inside the graph",
                    List.of(
                            // Narratives are searched in the search index (ingest/search), which transliterates and
                            // folds them and applies the sharing rule; nothing queries this one, and every report
                            // written paid for a Lucene document in it.
                            "DROP INDEX report_narrative IF EXISTS")),
            new SchemaMigration(
                    10,
                    "tallies on the mentions of migrants and victims, in one index with their pseudonym",
                    List.of(
                            // the migrant patterns rank migrants by the tallies of the mentions a viewer may see, read
                            // from the index alone, and evaluate only those that can reach the answer (MentionTally)
                            "MATCH (rep:Report)-[m:MENTIONS]->(p:Person) WHERE m.role IN ['SMUGGLED_MIGRANT', 'VICTIM'] "
                                    + "CALL (rep, m, p) { " + MentionTally.refresh("coalesce(m.subjectKey, '')")
                                    + " } IN TRANSACTIONS OF 5000 ROWS",
                            "CREATE INDEX rel_mentions_tally IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.tallyKey, "
                                    + "r.tallyInterceptions, r.tallyStops, r.tallyIndicators, r.aud)",
                            // a pseudonym's mentions are found and counted through the new index
                            "DROP INDEX rel_mentions_subject_key IF EXISTS")),
            new SchemaMigration(
                    11,
                    "a migrant is followed across reports by a dated pseudonym, otherwise by their person",
                    List.of(
                            // MentionTally.followedKey as it was when this ran. Mentions written before ingest marked
                            // dated pseudonyms cannot tell the two apart: they follow their person until their report
                            // is submitted again.
                            "MATCH ()-[m:MENTIONS]->(p:Person) WHERE m.tallyKey IS NOT NULL CALL (m, p) { SET m.tallyKey"
                                    + " = CASE WHEN m.subjectKeyDated THEN m.subjectKey ELSE p.id END }"
                                    + " IN TRANSACTIONS OF 5000 ROWS")),
            new SchemaMigration(
                    12,
                    "bounds of each migrant over all their mentions, for the migrant patterns to read in order",
                    List.of(
                            // what MigrantBound.refresh computed when this ran, over every tallied mention at once
                            "CREATE CONSTRAINT migrant_bound_key IF NOT EXISTS FOR (b:MigrantBound) REQUIRE b.key IS UNIQUE",
                            "MATCH ()-[m:MENTIONS]->() WHERE m.tallyKey IS NOT NULL AND m.tallyInterceptions IS NOT NULL"
                                    + " AND m.tallyStops IS NOT NULL AND m.tallyIndicators IS NOT NULL AND m.aud IS NOT NULL"
                                    + " WITH m.tallyKey AS key, count(*) AS mentions, collect(m.tallyIndicators) AS bits,"
                                    + " sum(m.tallyInterceptions) AS interceptions, sum(m.tallyStops) AS stops"
                                    + " CALL (key, mentions, bits, interceptions, stops) {"
                                    + " MERGE (b:MigrantBound {key: key}) SET b.mentions = mentions,"
                                    + " b.indicators = size([bit IN [1, 2, 4, 8, 16, 32, 64, 128]"
                                    + " WHERE any(x IN bits WHERE x / bit % 2 = 1)]),"
                                    + " b.interceptions = interceptions, b.stops = stops"
                                    + " } IN TRANSACTIONS OF 5000 ROWS",
                            "CREATE INDEX migrant_bound_indicators IF NOT EXISTS FOR (b:MigrantBound)"
                                    + " ON (b.indicators, b.mentions, b.key)",
                            "CREATE INDEX migrant_bound_interceptions IF NOT EXISTS FOR (b:MigrantBound)"
                                    + " ON (b.interceptions, b.key)",
                            "CREATE INDEX migrant_bound_stops IF NOT EXISTS FOR (b:MigrantBound) ON (b.stops, b.key)")));

    private GraphSchema() {}

    /** Applies the migrations {@code driver}'s database has not seen yet; returns how many ran. */
    public static int apply(Driver driver) {
        return apply(driver, MIGRATIONS);
    }

    static int apply(Driver driver, List<SchemaMigration> migrations) {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            session.run(
                            "CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE")
                    .consume();
            Map<Integer, String> applied = new java.util.HashMap<>();
            session.run("MATCH (m:SchemaMigration) RETURN m.version AS version, m.checksum AS checksum")
                    .list()
                    .forEach((Record r) -> applied.put(
                            r.get("version").asInt(), r.get("checksum").asString()));
            int ran = 0;
            for (SchemaMigration migration : migrations) {
                String known = applied.get(migration.version());
                if (known != null) {
                    if (!known.equals(migration.checksum())) {
                        throw new IllegalStateException(
                                "schema migration " + migration.version() + " (" + migration.description()
                                        + ") was changed after it was applied; add a new migration instead");
                    }
                    continue;
                }
                for (String statement : migration.statements()) {
                    session.run(statement).consume();
                }
                session.run(
                                "MERGE (m:SchemaMigration {version: $version}) ON CREATE SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()",
                                Map.of(
                                        "version", migration.version(),
                                        "description", migration.description(),
                                        "checksum", migration.checksum()))
                        .consume();
                log.info("Applied schema migration {}: {}", migration.version(), migration.description());
                ran++;
            }
            session.run("CALL db.awaitIndexes(300)").consume();
            if (ran == 0) {
                log.info(
                        "Schema is up to date at version {}",
                        migrations.getLast().version());
            }
            return ran;
        }
    }

    /** The highest migration version recorded in the database, 0 if none. */
    public static int currentVersion(Driver driver) {
        try (var session = driver.session()) {
            return session.run("MATCH (m:SchemaMigration) RETURN coalesce(max(m.version), 0) AS v")
                    .single()
                    .get("v")
                    .asInt();
        }
    }
}
