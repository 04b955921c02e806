package org.borderlink.ingest.pipeline;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Everything in the graph except schema bookkeeping, as sorted text: two snapshots are equal iff the graph holds the
 * same nodes, relationships and property values. Used to prove that a refused or repeated report changes nothing.
 */
record GraphSnapshot(List<String> nodes, List<String> relationships) {

    static GraphSnapshot of(Driver driver) {
        try (var session = driver.session()) {
            TreeSet<String> nodes = new TreeSet<>(session.run(
                            "MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:VisibilityProbe RETURN labels(n) AS l, properties(n) AS p")
                    .list(r -> r.get("l").asList().toString() + sorted(r.get("p"))));
            TreeSet<String> rels = new TreeSet<>(session.run(
                            "MATCH (a)-[r]->(b) WHERE NOT a:VisibilityProbe RETURN a.id AS a, type(r) AS t, properties(r) AS p, b.id AS b")
                    .list(r -> r.get("a").asString() + "-" + r.get("t").asString() + sorted(r.get("p")) + "->"
                            + r.get("b").asString()));
            return new GraphSnapshot(List.copyOf(nodes), List.copyOf(rels));
        }
    }

    private static String sorted(Value map) {
        return new TreeMap<>(map.asMap(v -> v.toString())).toString();
    }

    static Map<String, Long> counts(Driver driver) {
        try (var session = driver.session()) {
            var r = session.run(
                            "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels")
                    .single();
            return Map.of(
                    "nodes",
                    r.get("nodes").asLong(),
                    "relationships",
                    r.get("rels").asLong());
        }
    }
}
