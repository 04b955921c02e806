package org.borderlink.graph.analysis;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.borderlink.graph.model.MentionTally;
import org.borderlink.graph.model.NodeLabel;
import org.borderlink.graph.model.RelType;
import org.borderlink.graph.sharing.Visibility;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Finding entities by their stable id and turning nodes and relationships into {@link GraphNode}s and
 * {@link GraphEdge}s, for every query of this package. Element ids are used only inside one transaction, to hand
 * nodes from one statement to the next; answers carry stable ids alone.
 */
final class Elements {

    private Elements() {}

    /** Ids are unique per label; one index seek per label finds a node whatever its label. */
    private static String seekById(String id) {
        return Arrays.stream(NodeLabel.values())
                .map(l -> "MATCH (n:" + l.name() + " {id: " + id + "}) RETURN n")
                .collect(Collectors.joining(" UNION "));
    }

    /**
     * A statement's opening that binds {@code wanted} and {@code n} for each id in {@code $ids} whose entity the
     * viewer may see; absent and hidden ids give no row.
     */
    static final String FIND_EACH = "UNWIND $ids AS wanted CALL (wanted) { " + seekById("wanted")
            + " } WITH wanted, n WHERE " + Visibility.node("n") + "\n";

    static final String RESOLVE = FIND_EACH + "RETURN wanted, elementId(n) AS element";

    /**
     * A statement's opening that binds {@code n} to the entity with id {@code $id} if the viewer may see it; with no
     * such entity the statement returns no row (absent and hidden are not told apart).
     */
    static final String FIND_ONE = "CALL () { " + seekById("$id") + " } WITH n WHERE " + Visibility.node("n") + "\n";

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

    /**
     * What {@link #node} reads about node {@code described}, as one map: its id, labels and properties, a person's
     * latest visible mentions (names, roles) and, for shared selectors and unverified places, whether the viewer sees
     * every fact about it (else details only some agencies gave are withheld).
     */
    static final String DESCRIPTION = """
            {element: elementId(described), id: described.id, labels: labels(described), props: properties(described),
              mentions: CASE WHEN described:Person THEN COLLECT {
                MATCH (:Report)-[m:MENTIONS]->(described) WHERE %s
                RETURN m {.nameLatin, .name, .role, .localRef, .nationality, .minor, .ageBand, .gender}
                ORDER BY m.lastSeen DESC, m.reportId LIMIT 25
              } ELSE [] END,
              allFactsVisible: CASE
                WHEN described:Phone OR described:Vehicle OR described:Document OR described:Account
                  OR (described:Location AND described.verified = false)
                THEN NOT EXISTS { MATCH (described)-[hidden]-() WHERE NOT %s }
                ELSE true END}""".formatted(Visibility.relationship("m"), Visibility.relationship("hidden"));

    /**
     * A subquery expression: the {@link #DESCRIPTION}s of the nodes whose element ids are in list {@code elements},
     * for statements that describe the nodes they found without a second round trip.
     */
    static String describeAll(String elements) {
        return "COLLECT { UNWIND " + elements + " AS element WITH DISTINCT element MATCH (described) WHERE "
                + "elementId(described) = element RETURN " + DESCRIPTION + " AS description }";
    }

    static final String DESCRIBE_NODES = "UNWIND $elements AS element MATCH (described) WHERE elementId(described) = "
            + "element RETURN " + DESCRIPTION + " AS description";

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
            Value description = r.get("description");
            String element = description.get("element").asString();
            byElement.put(element, node(description, extraOf.apply(element)));
        }
        for (String e : elements) {
            GraphNode n = byElement.get(e);
            if (n != null) out.put(e, n);
        }
        return out;
    }

    /** The nodes of a list of {@link #DESCRIPTION}s, keyed by element id. */
    static Map<String, GraphNode> nodes(Value descriptions, Function<String, List<String>> extraOf) {
        Map<String, GraphNode> byElement = new HashMap<>();
        for (Value description : descriptions.values()) {
            String element = description.get("element").asString();
            byElement.put(element, node(description, extraOf.apply(element)));
        }
        return byElement;
    }

    @SuppressWarnings("unchecked")
    private static GraphNode node(Value r, List<String> extra) {
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
    public static String edgeMap(String r) {
        return "{rel: elementId(" + r + "), type: type(" + r + "), source: startNode(" + r + ").id, target: endNode("
                + r + ").id, props: properties(" + r + "), marking: head(COLLECT { MATCH (edgeReport:Report {id: "
                + r + ".reportId}) RETURN edgeReport {.tlp, .handling, .grading, .type} })}";
    }

    /**
     * Opens a statement's final part that describes the nodes with element ids in {@code $elements} (column
     * {@code nodes}, read with {@link #nodes(Value, Function)}) beside the facts the caller's query finds (column
     * {@code edges}, a list of {@link #edgeMap}s read with {@link #edge}): one round trip for the whole answer.
     *
     * @param edges a subquery's body that returns one {@link #edgeMap} per row
     */
    static String describeWithEdges(String edges) {
        return "RETURN " + describeAll("$elements") + " AS nodes, COLLECT { " + edges + " } AS edges";
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

    /**
     * Properties of facts that are internal, not something to show: keyed pseudonyms and whether a birth date went into
     * them, folded names, and the raw tallies of migrants' mentions, which count facts the viewer may not see.
     */
    public static final List<String> INTERNAL = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("subjectKey", MentionTally.SUBJECT_KEY_DATED, "nameFolded"),
                    MentionTally.PROPERTIES.stream())
            .toList();

    /** An {@link #edgeMap} as a {@link GraphEdge}. */
    public static GraphEdge edge(Value r, EdgeIds ids) {
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
