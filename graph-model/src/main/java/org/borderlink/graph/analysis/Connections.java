package org.borderlink.graph.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.borderlink.graph.sharing.Viewer;
import org.neo4j.driver.Record;

/**
 * What connects a set of entities, as the viewer may see it: neighbours two or more of them share (among them the
 * selectors they share), places their incidents and journeys share, and the shortest path between every pair — from
 * which the caller builds the smallest subgraph that links them all.
 */
public final class Connections {

    public static final int MAX_MEMBERS = 20;
    public static final int MAX_HOPS = 6;

    public record Request(List<String> ids, int maxHops, GraphFilter filter, int limit) {
        public Request {
            ids = List.copyOf(new LinkedHashSet<>(ids));
            if (ids.size() < 2 || ids.size() > MAX_MEMBERS) {
                throw new IllegalArgumentException("between 2 and " + MAX_MEMBERS + " entities are needed");
            }
            if (maxHops < 1 || maxHops > MAX_HOPS) throw new IllegalArgumentException("maxHops must be 1–" + MAX_HOPS);
        }
    }

    /**
     * A node two or more members reach.
     *
     * @param members ids of the members that reach it
     * @param facts visible facts between it and the members (for common neighbours), or the hop through an incident
     *     or leg (for shared places)
     */
    public record Shared(GraphNode node, List<String> members, long facts) {}

    /** The shortest path between two members, as node ids, or none when they are not linked within the hops. */
    public record PairPath(String from, String to, List<String> nodes) {}

    public record Found(
            List<Shared> commonNeighbours,
            List<Shared> sharedSelectors,
            List<Shared> sharedLocations,
            List<PairPath> pairPaths,
            Subgraph pathSubgraph) {}

    private final GraphReader reader;

    public Connections(GraphReader reader) {
        this.reader = reader;
    }

    public Found find(Viewer viewer, Request request) {
        return reader.read(viewer, tx -> {
            Map<String, String> members = Elements.resolve(tx, request.ids());
            List<String> elements = List.copyOf(members.values());
            List<Shared> common = shared(tx, commonQuery(request.filter()), elements, request);
            List<Shared> selectors = common.stream()
                    .filter(s -> switch (s.node().label()) {
                        case Phone, Vehicle, Document, Account, OnlineAccount -> true;
                        default -> false;
                    })
                    .toList();
            List<Shared> places = shared(tx, placesQuery(request.filter()), elements, request);
            List<PairPath> pairPaths = new ArrayList<>();
            List<List<String>> allPaths = new ArrayList<>();
            List<String> ids = request.ids();
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    List<List<String>> one = Paths.shortest(
                            tx,
                            members.get(ids.get(i)),
                            members.get(ids.get(j)),
                            request.maxHops(),
                            1,
                            request.filter());
                    allPaths.addAll(one);
                    pairPaths.add(new PairPath(ids.get(i), ids.get(j), one.isEmpty() ? List.of() : one.getFirst()));
                }
            }
            Paths.Found described = Paths.describe(tx, allPaths, request.filter());
            Map<String, String> idOfElement = new LinkedHashMap<>();
            for (int p = 0; p < allPaths.size(); p++) {
                List<String> elementPath = allPaths.get(p);
                List<String> idPath = described.paths().get(p).nodes();
                for (int n = 0; n < elementPath.size(); n++) idOfElement.put(elementPath.get(n), idPath.get(n));
            }
            List<PairPath> named = pairPaths.stream()
                    .map(pp -> new PairPath(
                            pp.from(),
                            pp.to(),
                            pp.nodes().stream().map(idOfElement::get).toList()))
                    .toList();
            return new Found(common, selectors, places, named, described.subgraph());
        });
    }

    private static List<Shared> shared(GraphReader.Tx tx, String cypher, List<String> members, Request request) {
        Map<String, Object> params = new LinkedHashMap<>(request.filter().parameters());
        params.put("members", members);
        params.put("limit", request.limit());
        List<String> elements = new ArrayList<>();
        List<Record> rows = tx.list(cypher, params);
        rows.forEach(r -> elements.add(r.get("element").asString()));
        Map<String, GraphNode> nodes = Elements.describe(tx, elements, List.of());
        List<Shared> out = new ArrayList<>();
        for (Record r : rows) {
            GraphNode node = nodes.get(r.get("element").asString());
            if (node != null) {
                out.add(new Shared(
                        node,
                        r.get("members").asList(v -> v.asString()),
                        r.get("facts").asLong()));
            }
        }
        return out;
    }

    static String commonQuery(GraphFilter filter) {
        return """
                UNWIND $members AS member
                MATCH (m) WHERE elementId(m) = member
                MATCH (m)-[r%s]-(x) WHERE NOT elementId(x) IN $members AND %s AND %s
                WITH x, collect(DISTINCT m.id) AS members, count(r) AS facts
                WHERE size(members) >= 2
                RETURN elementId(x) AS element, members, facts
                ORDER BY size(members) DESC, facts DESC, x.id
                LIMIT $limit
                """.formatted(filter.typeExpression(), filter.relationship("r"), filter.node("x"));
    }

    /** Places reached directly (incidents, legs) or through an incident or leg the member took part in. */
    static String placesQuery(GraphFilter filter) {
        String placeRel = "OCCURRED_AT|FROM|TO|VIA";
        return """
                UNWIND $members AS member
                MATCH (m) WHERE elementId(m) = member
                CALL (m) {
                  MATCH (m)-[at:%1$s]->(l:Location) WHERE %2$s
                  RETURN l
                  UNION
                  MATCH (m)-[r:INVOLVED_IN|ON_LEG|REPORTS|DESCRIBES]-(event:Incident|Leg)-[at:%1$s]->(l:Location)
                  WHERE %3$s AND %2$s
                  RETURN l
                }
                WITH l, collect(DISTINCT m.id) AS members
                WHERE size(members) >= 2
                RETURN elementId(l) AS element, members, toInteger(size(members)) AS facts
                ORDER BY size(members) DESC, l.id
                LIMIT $limit
                """.formatted(placeRel, filter.relationship("at"), filter.relationship("r"));
    }
}
