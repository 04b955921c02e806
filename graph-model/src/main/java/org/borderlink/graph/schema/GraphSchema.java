package org.borderlink.graph.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.borderlink.graph.model.NodeLabel;
import org.borderlink.graph.model.RelType;
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
            new SchemaMigration(1, "unique ids of every node label", uniqueIds()),
            new SchemaMigration(2, "provenance indexes on relationships", provenanceIndexes()),
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
                            "CREATE FULLTEXT INDEX report_narrative IF NOT EXISTS FOR (r:Report) ON EACH [r.narrative]")));

    private GraphSchema() {}

    private static List<String> uniqueIds() {
        return Stream.of(NodeLabel.values())
                .map(label -> "CREATE CONSTRAINT " + label.name().toLowerCase() + "_id IF NOT EXISTS FOR (n:"
                        + label.name() + ") REQUIRE n.id IS UNIQUE")
                .toList();
    }

    private static List<String> provenanceIndexes() {
        List<String> statements = new ArrayList<>();
        for (RelType type : RelType.values()) {
            if (type == RelType.POSSIBLY_SAME_AS) continue;
            statements.add("CREATE INDEX rel_" + type.name().toLowerCase() + "_report IF NOT EXISTS FOR ()-[r:"
                    + type.name() + "]-() ON (r.reportId)");
        }
        return statements;
    }

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
