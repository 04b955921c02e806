package org.borderlink.graph.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderlink.graph.sharing.Viewer;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Shortest and k shortest paths between two entities, with Cypher's {@code SHORTEST k} path selector. The visibility
 * rule and the filter sit inside the path pattern, on every relationship it may use, so a path that exists only
 * through a fact the viewer cannot see is never found: the search does not know the hidden fact is there.
 *
 * <p>Paths are told apart by their sequence of nodes (two reports asserting the same link give one path, drawn with
 * both facts), and only simple paths (no node twice) are returned.
 */
public final class Paths {

    public static final int MAX_HOPS = 8;
    public static final int MAX_PATHS = 10;

    /** Relationship paths fetched per node path wanted: parallel facts multiply paths with the same nodes. */
    private static final int OVERFETCH = 4;

    /**
     * @param k how many distinct paths, shortest first
     */
    public record Request(String from, String to, int maxHops, int k, GraphFilter filter) {
        public Request {
            if (from.equals(to)) throw new IllegalArgumentException("from and to are the same entity");
            if (maxHops < 1 || maxHops > MAX_HOPS) throw new IllegalArgumentException("maxHops must be 1–" + MAX_HOPS);
            if (k < 1 || k > MAX_PATHS) throw new IllegalArgumentException("k must be 1–" + MAX_PATHS);
        }
    }

    /** One path: its node ids in order. */
    public record GraphPath(List<String> nodes) {
        public GraphPath {
            nodes = List.copyOf(nodes);
        }

        public int length() {
            return nodes.size() - 1;
        }
    }

    /** The paths found, and the nodes and facts along them. */
    public record Found(List<GraphPath> paths, Subgraph subgraph) {}

    private final GraphReader reader;

    public Paths(GraphReader reader) {
        this.reader = reader;
    }

    public Found find(Viewer viewer, Request request) {
        return reader.read(viewer, tx -> {
            Map<String, String> ends = Elements.resolve(tx, List.of(request.from(), request.to()));
            List<List<String>> paths = shortest(
                    tx,
                    ends.get(request.from()),
                    ends.get(request.to()),
                    request.maxHops(),
                    request.k(),
                    request.filter());
            return describe(tx, paths, request.filter());
        });
    }

    /**
     * Up to {@code k} distinct simple paths between two resolved nodes, as element ids, shortest first. Reused by
     * {@link Connections} for every pair of a set.
     */
    static List<List<String>> shortest(
            GraphReader.Tx tx, String from, String to, int maxHops, int k, GraphFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>(filter.parameters());
        params.put("from", from);
        params.put("to", to);
        params.put("paths", (long) k * OVERFETCH);
        List<List<String>> out = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        for (Record r : tx.list(query(maxHops, filter), params)) {
            List<String> nodes = r.get("nodes").asList(v -> v.asString());
            if (new HashSet<>(nodes).size() != nodes.size() || !seen.add(nodes)) continue;
            out.add(nodes);
            if (out.size() == k) break;
        }
        return out;
    }

    /** {@code maxHops} is a validated integer; everything else the user chose is a parameter or an enum name. */
    static String query(int maxHops, GraphFilter filter) {
        if (maxHops < 1 || maxHops > MAX_HOPS) throw new IllegalArgumentException("maxHops must be 1–" + MAX_HOPS);
        return """
                MATCH (a) WHERE elementId(a) = $from
                MATCH (b) WHERE elementId(b) = $to
                MATCH p = SHORTEST $paths (a) ((x)-[r%s WHERE %s]-(y WHERE y = b OR (%s))){1,%d} (b)
                RETURN [n IN nodes(p) | elementId(n)] AS nodes
                ORDER BY length(p)
                """.formatted(filter.typeExpression(), filter.relationship("r"), filter.node("y"), maxHops);
    }

    /** The nodes of the paths, described, and every fact passing the filter between consecutive nodes of a path. */
    static String answerQuery(GraphFilter filter) {
        return Elements.describeWithEdges(
                """
                UNWIND $pairs AS pair
                MATCH (x) WHERE elementId(x) = pair[0]
                MATCH (x)-[r%s]-(y) WHERE elementId(y) = pair[1] AND %s
                WITH DISTINCT r
                RETURN %s AS edge
                """.formatted(filter.typeExpression(), filter.relationship("r"), Elements.edgeMap("r")));
    }

    /** The nodes of the paths and every fact passing the filter between consecutive nodes of a path. */
    static Found describe(GraphReader.Tx tx, List<List<String>> paths, GraphFilter filter) {
        Set<String> elements = new LinkedHashSet<>();
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (List<String> path : paths) {
            elements.addAll(path);
            for (int i = 0; i + 1 < path.size(); i++) pairs.add(List.of(path.get(i), path.get(i + 1)));
        }
        if (elements.isEmpty()) return new Found(List.of(), new Subgraph(List.of(), List.of(), List.of()));
        Map<String, Object> params = new LinkedHashMap<>(filter.parameters());
        params.put("elements", List.copyOf(elements));
        params.put("pairs", List.copyOf(pairs));
        Record answer = tx.list(answerQuery(filter), params).getFirst();
        Map<String, GraphNode> described = Elements.nodes(answer.get("nodes"), e -> List.of());
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        for (String e : elements) {
            GraphNode n = described.get(e);
            if (n != null) nodes.put(e, n);
        }
        Elements.EdgeIds ids = new Elements.EdgeIds();
        List<GraphEdge> edges = new ArrayList<>();
        Set<String> rels = new HashSet<>();
        for (Value edge : answer.get("edges").values()) {
            if (rels.add(edge.get("rel").asString())) edges.add(Elements.edge(edge, ids));
        }
        List<GraphPath> found = paths.stream()
                .map(p -> new GraphPath(p.stream().map(e -> nodes.get(e).id()).toList()))
                .toList();
        return new Found(found, new Subgraph(List.copyOf(nodes.values()), edges, List.of()));
    }
}
