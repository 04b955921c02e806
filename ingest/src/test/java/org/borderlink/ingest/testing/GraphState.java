package org.borderlink.ingest.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.borderlink.graph.testing.TestNeo4j;
import org.borderlink.ingest.facts.FactBuilder;
import org.borderlink.ingest.facts.Pseudonymiser;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.report.ReportValidator;
import org.borderlink.ingest.write.GraphWriter;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * The graph of the shared test engine for the format tests: a clean start, the one pipeline, and a snapshot of
 * everything in it as sorted text, so that "nothing changed" is an equality.
 */
public final class GraphState {

    public static final Pseudonymiser PSEUDONYMS =
            new Pseudonymiser("integration-test-secret-0123456789".getBytes(StandardCharsets.UTF_8));

    private GraphState() {}

    public static Driver driver() {
        return TestNeo4j.driver();
    }

    private static volatile IngestPipeline pipeline;

    /** One pipeline for all format tests: its normalisers take seconds to build on two cores. */
    public static IngestPipeline pipeline() {
        IngestPipeline p = pipeline;
        if (p == null) {
            synchronized (GraphState.class) {
                if (pipeline == null) {
                    pipeline = new IngestPipeline(
                            new ReportValidator(), FactBuilder.standard(PSEUDONYMS), new GraphWriter(driver()), 50);
                }
                p = pipeline;
            }
        }
        return p;
    }

    public static void clean() {
        try (var session = driver().session()) {
            session.run("MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n").consume();
        }
    }

    /** Every node and relationship with its properties, as sorted text. */
    public record Snapshot(List<String> nodes, List<String> relationships) {}

    public static Snapshot snapshot() {
        return snapshot(java.util.Set.of());
    }

    /** A snapshot that leaves out the named properties wherever they are (e.g. content hashes). */
    public static Snapshot snapshot(java.util.Set<String> without) {
        try (var session = driver().session()) {
            TreeSet<String> nodes = new TreeSet<>(
                    session.run("MATCH (n) WHERE NOT n:SchemaMigration RETURN labels(n) AS l, properties(n) AS p")
                            .list(r -> r.get("l").asList().toString() + sorted(r.get("p"), without)));
            TreeSet<String> rels = new TreeSet<>(
                    session.run("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, properties(r) AS p, b.id AS b")
                            .list(r -> r.get("a").asString() + "-" + r.get("t").asString() + sorted(r.get("p"), without)
                                    + "->" + r.get("b").asString()));
            return new Snapshot(List.copyOf(nodes), List.copyOf(rels));
        }
    }

    /** Whether any property of any node or relationship holds {@code text} (in a string or a list of strings). */
    public static boolean anywhere(String text) {
        try (var session = driver().session()) {
            return session.run("""
                            CALL () { MATCH (n) RETURN properties(n) AS p UNION ALL MATCH ()-[r]->() RETURN properties(r) AS p }
                            WITH p UNWIND keys(p) AS k WITH p[k] AS v
                            WHERE (v IS :: STRING AND v CONTAINS $t)
                               OR (v IS :: LIST<STRING> AND any(x IN v WHERE x CONTAINS $t))
                            RETURN count(*) > 0 AS found""", Map.of("t", text)).single().get("found").asBoolean();
        }
    }

    /** Rows of a read query, each as a map of plain Java values. */
    public static List<Map<String, Object>> query(String cypher, Map<String, Object> parameters) {
        try (var session = driver().session()) {
            return session.run(cypher, parameters).list(r -> r.asMap());
        }
    }

    private static String sorted(Value map, java.util.Set<String> without) {
        TreeMap<String, String> sorted = new TreeMap<>(map.asMap(v -> v.toString()));
        sorted.keySet().removeAll(without);
        return sorted.toString();
    }
}
