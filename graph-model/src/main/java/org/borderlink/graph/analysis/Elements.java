package org.borderlink.graph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.borderlink.graph.model.NodeLabel;
import org.borderlink.graph.model.RelType;
import org.borderlink.graph.sharing.Visibility;
import org.neo4j.driver.Record;

/**
 * Finding entities by their stable id and turning nodes and relationships into {@link GraphNode}s and
 * {@link GraphEdge}s, for every query of this package. Element ids are used only inside one transaction, to hand
 * nodes from one statement to the next; answers carry stable ids alone.
 */
final class Elements {

    private Elements() {}

    /** Ids are unique per label; one index seek per label finds a node whatever its label. */
    static final String RESOLVE = "UNWIND $ids AS wanted CALL (wanted) { "
            + Arrays.stream(NodeLabel.values())
                    .map(l -> "MATCH (n:" + l.name() + " {id: wanted}) RETURN n")
                    .collect(Collectors.joining(" UNION "))
            + " } WITH wanted, n WHERE " + Visibility.node("n")
            + " RETURN wanted, elementId(n) AS element";

    /**
     * The element id of every id, in the order given, each visible to the viewer.
     *
     * @throws EntityNotVisible for the first id that is absent or hidden (the two are not told apart)
     */
    public static Map<String, String> resolve(GraphReader.Tx tx, Collection<String> ids) {
        Map<String, String> found = new HashMap<>();
        for (Record r : tx.list(RESOLVE, Map.of("ids", List.copyOf(ids)))) {
            found.putIfAbsent(r.get("wanted").asString(), r.get("element").asString());
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String id : ids) {
            String element = found.get(id);
            if (element == null) throw new EntityNotVisible(id);
            ordered.put(id, element);
        }
        return ordered;
    }

    public static String resolve(GraphReader.Tx tx, String id) {
        return resolve(tx, List.of(id)).get(id);
    }

    static final String DESCRIBE_NODES = """
            UNWIND $elements AS element
            MATCH (n) WHERE elementId(n) = element
            RETURN element, n.id AS id, labels(n) AS labels, properties(n) AS props,
              CASE WHEN n:Person THEN COLLECT {
                MATCH (:Report)-[m:MENTIONS]->(n) WHERE %s
                RETURN m {.nameLatin, .name, .role, .localRef, .nationality, .minor, .ageBand, .gender}
                ORDER BY m.lastSeen DESC, m.reportId LIMIT 25
              } ELSE [] END AS mentions,
              CASE WHEN n:Phone OR n:Vehicle OR n:Document OR n:Account OR (n:Location AND n.verified = false)
                THEN NOT EXISTS { MATCH (n)-[hidden]-() WHERE NOT %s }
                ELSE true END AS allFactsVisible
            """.formatted(Visibility.relationship("m"), Visibility.relationship("hidden"));

    /** The nodes behind {@code elements}, in that order. */
    public static List<GraphNode> nodes(GraphReader.Tx tx, Collection<String> elements) {
        return describe(tx, elements, List.of()).values().stream().toList();
    }

    /** The nodes behind {@code elements}, keyed by element id, with extra properties shown where present. */
    static Map<String, GraphNode> describe(GraphReader.Tx tx, Collection<String> elements, List<String> extra) {
        return describe(tx, elements, element -> extra);
    }

    /** As {@link #describe(GraphReader.Tx, Collection, List)}, with the extra properties chosen per node. */
    static Map<String, GraphNode> describe(
            GraphReader.Tx tx, Collection<String> elements, Function<String, List<String>> extraOf) {
        Map<String, GraphNode> out = new LinkedHashMap<>();
        if (elements.isEmpty()) return out;
        Map<String, GraphNode> byElement = new HashMap<>();
        for (Record r : tx.list(DESCRIBE_NODES, Map.of("elements", List.copyOf(elements)))) {
            String element = r.get("element").asString();
            byElement.put(element, node(r, extraOf.apply(element)));
        }
        for (String e : elements) {
            GraphNode n = byElement.get(e);
            if (n != null) out.put(e, n);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static GraphNode node(Record r, List<String> extra) {
        NodeLabel label = label(Values.strings(r.get("labels")));
        String id = r.get("id").asString();
        Map<String, Object> props = Values.map(r.get("props"));
        List<Map<String, Object>> mentions = (List<Map<String, Object>>) Values.plain(r.get("mentions"));
        Map<String, Object> shown = new LinkedHashMap<>(
                NodeProperties.shown(label, props, r.get("allFactsVisible").asBoolean(), extra));
        if (label == NodeLabel.Person) shown.putAll(NodeProperties.person(mentions));
        return new GraphNode(id, label, Captions.of(label, id, props, mentions), shown);
    }

    static NodeLabel label(List<String> labels) {
        for (String l : labels) {
            for (NodeLabel known : NodeLabel.values()) {
                if (known.name().equals(l)) return known;
            }
        }
        throw new IllegalStateException("a node with none of the known labels: " + labels);
    }

    /**
     * The fields of a relationship {@code r} that {@link #edge} reads; the asserting report's marking comes from the
     * report node, which is visible whenever the fact is (the report's own facts carry the same audience).
     */
    public static String edgeFields(String r) {
        return "elementId(" + r + ") AS rel, type(" + r + ") AS type, startNode(" + r + ").id AS source, endNode("
                + r + ").id AS target, properties(" + r + ") AS props, head(COLLECT { MATCH (edgeReport:Report {id: "
                + r + ".reportId}) RETURN edgeReport {.tlp, .handling, .grading, .type} }) AS marking";
    }

    static final String DESCRIBE_EDGES = "UNWIND $rels AS wanted MATCH ()-[r]->() WHERE elementId(r) = wanted AND "
            + Visibility.relationship("r") + " RETURN " + edgeFields("r");

    /** The relationships behind {@code rels}, in that order. */
    public static List<GraphEdge> edges(GraphReader.Tx tx, Collection<String> rels) {
        if (rels.isEmpty()) return List.of();
        Map<String, Record> byElement = new HashMap<>();
        for (Record r : tx.list(DESCRIBE_EDGES, Map.of("rels", List.copyOf(rels)))) {
            byElement.put(r.get("rel").asString(), r);
        }
        EdgeIds ids = new EdgeIds();
        List<GraphEdge> out = new ArrayList<>();
        for (String rel : rels) {
            Record r = byElement.get(rel);
            if (r != null) out.add(edge(r, ids));
        }
        return out;
    }

    /** Stable edge ids within one answer. */
    public static final class EdgeIds {
        private final Map<String, Integer> seen = new HashMap<>();

        String next(String base) {
            int n = seen.merge(base, 1, Integer::sum);
            return n == 1 ? base : base + "#" + n;
        }
    }

    private static final List<String> PROVENANCE = List.of("reportId", "agency", "aud", "firstSeen", "lastSeen");

    /** Properties of facts that are internal keys, not something to show (keyed pseudonyms, folded names). */
    private static final List<String> INTERNAL = List.of("subjectKey", "nameFolded");

    /** A record with the fields of {@link #edgeFields} as a {@link GraphEdge}. */
    public static GraphEdge edge(Record r, EdgeIds ids) {
        Map<String, Object> props = new LinkedHashMap<>(Values.map(r.get("props")));
        Map<String, Object> marking = Values.map(r.get("marking"));
        String reportId = String.valueOf(props.get("reportId"));
        String agency = String.valueOf(props.get("agency"));
        String firstSeen = (String) props.get("firstSeen");
        String lastSeen = (String) props.get("lastSeen");
        PROVENANCE.forEach(props::remove);
        INTERNAL.forEach(props::remove);
        RelType type = RelType.valueOf(r.get("type").asString());
        String source = r.get("source").asString();
        String target = r.get("target").asString();
        return new GraphEdge(
                ids.next(type.name() + ":" + source + ">" + target + "@" + reportId),
                type,
                source,
                target,
                reportId,
                agency,
                (String) marking.get("tlp"),
                (String) marking.get("handling"),
                (String) marking.get("grading"),
                (String) marking.get("type"),
                firstSeen,
                lastSeen,
                props);
    }
}
