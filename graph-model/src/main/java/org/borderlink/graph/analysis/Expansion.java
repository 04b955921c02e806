package org.borderlink.graph.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.borderlink.graph.sharing.Viewer;
import org.neo4j.driver.Record;

/**
 * Expands from seed entities hop by hop through the facts the viewer may see. At each node at most {@code fanOut}
 * new neighbours are taken (those linked by the most facts, then the most recent, then by id); the rest are
 * summarised as "and N more" by label. The answer holds every visible fact (passing the filter) between the nodes it
 * shows.
 */
public final class Expansion {

    /** Hops an expansion may take. */
    public static final int MAX_HOPS = 4;

    /**
     * @param seeds ids of the start entities
     * @param hops 1 to {@link #MAX_HOPS}
     * @param fanOut most new neighbours taken per expanded node
     * @param maxNodes most nodes the answer may hold; beyond it the expansion is refused, not silently cut
     */
    public record Request(List<String> seeds, int hops, int fanOut, GraphFilter filter, int maxNodes) {

        public Request {
            seeds = List.copyOf(new LinkedHashSet<>(seeds));
            if (seeds.isEmpty()) throw new IllegalArgumentException("at least one seed is needed");
            if (hops < 0 || hops > MAX_HOPS) throw new IllegalArgumentException("hops must be 0–" + MAX_HOPS);
            if (fanOut < 1) throw new IllegalArgumentException("the fan-out limit must be at least 1");
        }
    }

    private final GraphReader reader;

    public Expansion(GraphReader reader) {
        this.reader = reader;
    }

    public Subgraph expand(Viewer viewer, Request request) {
        return reader.read(viewer, tx -> {
            Reached reached = reach(tx, request);
            List<GraphNode> nodes = Elements.nodes(tx, reached.elements());
            List<GraphEdge> edges = edgesAmong(tx, reached.elements(), request.filter());
            return new Subgraph(nodes, edges, reached.more());
        });
    }

    /** The element ids an expansion reaches, in the order reached, and where the fan-out limit cut. */
    record Reached(List<String> elements, List<More> more) {}

    static Reached reach(GraphReader.Tx tx, Request request) {
        if (request.seeds().size() > request.maxNodes()) {
            throw new QueryTooLarge("seeds", "more than " + request.maxNodes() + " seeds");
        }
        Map<String, String> seeds = Elements.resolve(tx, request.seeds());
        Set<String> visited = new LinkedHashSet<>(seeds.values());
        List<More> more = new ArrayList<>();
        List<String> frontier = List.copyOf(visited);
        String hop = hopQuery(request.filter());
        for (int depth = 1; depth <= request.hops() && !frontier.isEmpty(); depth++) {
            Map<String, Object> params = new LinkedHashMap<>(request.filter().parameters());
            params.put("frontier", frontier);
            params.put("visited", List.copyOf(visited));
            params.put("fanOut", request.fanOut());
            Set<String> next = new LinkedHashSet<>();
            for (Record r : tx.list(hop, params)) {
                next.addAll(r.get("shown").asList(v -> v.asString()));
                long hidden = r.get("restCount").asLong();
                if (hidden > 0) {
                    Map<String, Long> byLabel = new TreeMap<>();
                    r.get("rest")
                            .asList(v -> v)
                            .forEach(v -> byLabel.put(
                                    v.get("label").asString(), v.get("n").asLong()));
                    more.add(new More(r.get("id").asString(), hidden, byLabel));
                }
            }
            next.removeAll(visited);
            if (visited.size() + next.size() > request.maxNodes()) {
                throw new QueryTooLarge(
                        "hops",
                        "the expansion would hold more than " + request.maxNodes() + " nodes at hop " + depth
                                + "; use fewer hops, a lower fan-out limit or narrower filters");
            }
            visited.addAll(next);
            frontier = List.copyOf(next);
        }
        return new Reached(List.copyOf(visited), more);
    }

    static String hopQuery(GraphFilter filter) {
        return """
                UNWIND $frontier AS element
                MATCH (n) WHERE elementId(n) = element
                CALL (n) {
                  MATCH (n)-[r%s]-(m)
                  WHERE NOT elementId(m) IN $visited AND %s AND %s
                  WITH m, count(r) AS facts, max(r.lastSeen) AS latest
                  ORDER BY facts DESC, latest DESC, m.id
                  WITH collect({element: elementId(m), label: labels(m)[0]}) AS found
                  RETURN [f IN found[..$fanOut] | f.element] AS shown,
                    size(found) - size(found[..$fanOut]) AS restCount,
                    COLLECT { UNWIND found[$fanOut..] AS f WITH f.label AS label, count(*) AS hidden
                      RETURN {label: label, n: hidden} } AS rest
                }
                RETURN element, n.id AS id, shown, restCount, rest
                """.formatted(filter.typeExpression(), filter.relationship("r"), filter.node("m"));
    }

    static String edgesQuery(GraphFilter filter) {
        return """
                UNWIND $elements AS element
                MATCH (x) WHERE elementId(x) = element
                MATCH (x)-[r%s]->(y) WHERE elementId(y) IN $elements AND %s
                RETURN %s
                ORDER BY type, source, target, r.reportId
                """.formatted(filter.typeExpression(), filter.relationship("r"), Elements.edgeFields("r"));
    }

    /** Every fact passing the filter between two of {@code elements}, each once. */
    static List<GraphEdge> edgesAmong(GraphReader.Tx tx, List<String> elements, GraphFilter filter) {
        if (elements.isEmpty()) return List.of();
        String cypher = edgesQuery(filter);
        Map<String, Object> params = new LinkedHashMap<>(filter.parameters());
        params.put("elements", elements);
        Elements.EdgeIds ids = new Elements.EdgeIds();
        List<GraphEdge> edges = new ArrayList<>();
        for (Record r : tx.list(cypher, params)) edges.add(Elements.edge(r, ids));
        return edges;
    }
}
