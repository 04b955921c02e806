package org.borderlink.graph.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.borderlink.graph.sharing.Viewer;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

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
            Record answer = tx.list(
                            answerQuery(request.filter()), answerParameters(reached.elements(), request.filter()))
                    .getFirst();
            Map<String, GraphNode> described = Elements.nodes(answer.get("nodes"), e -> List.of());
            List<GraphNode> nodes = reached.elements().stream()
                    .map(described::get)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            Elements.EdgeIds ids = new Elements.EdgeIds();
            List<GraphEdge> edges = new ArrayList<>();
            for (Value edge : answer.get("edges").values()) edges.add(Elements.edge(edge, ids));
            return new Subgraph(nodes, edges, reached.more());
        });
    }

    /** The element ids an expansion reaches, in the order reached, and where the fan-out limit cut. */
    record Reached(List<String> elements, List<More> more) {}

    /**
     * Hop by hop, one statement per hop; the first also finds the seeds by id, so a two-hop expansion and its answer
     * take three round trips.
     */
    static Reached reach(GraphReader.Tx tx, Request request) {
        if (request.seeds().size() > request.maxNodes()) {
            throw new QueryTooLarge("seeds", "more than " + request.maxNodes() + " seeds");
        }
        if (request.hops() == 0) {
            return new Reached(List.copyOf(Elements.resolve(tx, request.seeds()).values()), List.of());
        }
        Set<String> visited = new LinkedHashSet<>();
        List<More> more = new ArrayList<>();
        List<String> frontier = List.of();
        for (int depth = 1; depth <= request.hops() && (depth == 1 || !frontier.isEmpty()); depth++) {
            Map<String, Object> params = new LinkedHashMap<>(request.filter().parameters());
            params.put("fanOut", request.fanOut());
            List<Record> rows;
            if (depth == 1) {
                params.put("ids", request.seeds());
                rows = tx.list(seedHopQuery(request.filter()), params);
                Map<String, String> seeds = new HashMap<>();
                rows.forEach(r ->
                        seeds.put(r.get("wanted").asString(), r.get("element").asString()));
                for (String id : request.seeds()) {
                    String element = seeds.get(id);
                    if (element == null) throw new EntityNotVisible(id);
                    visited.add(element);
                }
            } else {
                params.put("frontier", frontier);
                params.put("visited", List.copyOf(visited));
                rows = tx.list(hopQuery(request.filter()), params);
            }
            Set<String> next = new LinkedHashSet<>();
            for (Record r : rows) {
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

    /**
     * One hop from node {@code n}, leaving out nodes in list {@code visited}: the {@code $fanOut} neighbours linked by
     * the most facts (then the latest, then by id) and, for the rest, counts by label.
     */
    private static String hop(GraphFilter filter) {
        return """
                CALL (n, visited) {
                  MATCH (n)-[r%s]-(m)
                  WHERE NOT elementId(m) IN visited AND %s AND %s
                  WITH m, count(r) AS facts, max(r.lastSeen) AS latest
                  ORDER BY facts DESC, latest DESC, m.id
                  WITH collect({element: elementId(m), label: labels(m)[0]}) AS found
                  RETURN [f IN found[..$fanOut] | f.element] AS shown,
                    size(found) - size(found[..$fanOut]) AS restCount,
                    COLLECT { UNWIND found[$fanOut..] AS f WITH f.label AS label, count(*) AS hidden
                      RETURN {label: label, n: hidden} } AS rest
                }
                """.formatted(filter.typeExpression(), filter.relationship("r"), filter.node("m"));
    }

    /** The first hop, from the seeds found by id (one row per visible seed, none for an absent or hidden one). */
    static String seedHopQuery(GraphFilter filter) {
        return Elements.FIND_EACH
                + """

                WITH collect({wanted: wanted, n: n}) AS seeds
                WITH seeds, [s IN seeds | elementId(s.n)] AS visited
                UNWIND seeds AS seed
                WITH seed.wanted AS wanted, seed.n AS n, visited
                """
                + hop(filter)
                + "RETURN wanted, elementId(n) AS element, n.id AS id, shown, restCount, rest\n";
    }

    static String hopQuery(GraphFilter filter) {
        return """
                UNWIND $frontier AS element
                MATCH (n) WHERE elementId(n) = element
                WITH element, n, $visited AS visited
                """ + hop(filter) + "RETURN element, n.id AS id, shown, restCount, rest\n";
    }

    /** The nodes reached, described, and every fact passing the filter between two of them. */
    static String answerQuery(GraphFilter filter) {
        return Elements.describeWithEdges(
                """
                UNWIND $elements AS element
                MATCH (x) WHERE elementId(x) = element
                MATCH (x)-[r%s]->(y) WHERE elementId(y) IN $elements AND %s
                WITH r ORDER BY type(r), startNode(r).id, endNode(r).id, r.reportId
                RETURN %s AS edge
                """.formatted(filter.typeExpression(), filter.relationship("r"), Elements.edgeMap("r")));
    }

    private static Map<String, Object> answerParameters(List<String> elements, GraphFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>(filter.parameters());
        params.put("elements", elements);
        return params;
    }
}
