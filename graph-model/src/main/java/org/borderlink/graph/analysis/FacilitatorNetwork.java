package org.borderlink.graph.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderlink.graph.model.CaseType;
import org.borderlink.graph.model.NodeLabel;
import org.borderlink.graph.model.Role;
import org.borderlink.graph.sharing.Viewer;
import org.borderlink.graph.sharing.Visibility;
import org.neo4j.driver.Record;

/**
 * The facilitator network of a time window, as the viewer may see it: persons that visible reports recorded in the
 * window name in a facilitator role, the relations between them (contacted, paid, recruited, transported, harboured,
 * exploited, associated, member of the same organisation), and the selectors they use, which tie the persons of
 * different reports together. The network is undirected; an edge counts the visible facts behind it.
 */
public final class FacilitatorNetwork {

    /** A node; a person's caption is the Latin name (or role and reference) a visible mention gives. */
    public record Node(String id, NodeLabel label, String caption) {}

    public record Edge(String source, String target, long facts, Set<String> reports) {}

    public record Network(List<Node> nodes, List<Edge> edges) {}

    static final String PERSONS = """
            MATCH (rep:Report) WHERE rep.reportedOn >= $since AND rep.reportedOn <= $until
              AND (size($caseTypes) = 0 OR rep.type IN $caseTypes)
            MATCH (rep)-[m:MENTIONS]->(p:Person) WHERE %s AND m.role IN $roles
            WITH p, collect(m)[0] AS m
            RETURN elementId(p) AS element, p.id AS id,
              coalesce(m.nameLatin, toLower(replace(m.role, '_', ' ')) + ' ' + m.localRef) AS caption
            """.formatted(Visibility.relationship("m"));

    /**
     * The links of the network's persons: to each other, and to the selectors and organisations that tie persons of
     * different reports together. Links to persons outside the network (the migrants a driver transported, most of
     * them) are left out here rather than sent to be dropped.
     */
    static final String LINKS = """
            UNWIND $people AS person
            MATCH (a) WHERE elementId(a) = person
            MATCH (a)-[r:CONTACTED|PAID|RECRUITED|TRANSPORTED|HARBOURED|EXPLOITED|ASSOCIATE_OF|MEMBER_OF|USES]-(b)
            WHERE %s AND (b:Phone|Vehicle|Document|Account|OnlineAccount|Organisation OR elementId(b) IN $people)
            RETURN a.id AS source, b.id AS target, labels(b) AS labels, count(r) AS facts,
              collect(DISTINCT r.reportId) AS reports
            """.formatted(Visibility.relationship("r"));

    private final GraphReader reader;

    public FacilitatorNetwork(GraphReader reader) {
        this.reader = reader;
    }

    /**
     * @throws QueryTooLarge when the network would hold more than {@code maxNodes} nodes
     */
    public Network load(Viewer viewer, LocalDate since, LocalDate until, Set<CaseType> caseTypes, int maxNodes) {
        List<String> roles = Arrays.stream(Role.values())
                .filter(Role::isFacilitator)
                .map(Enum::name)
                .toList();
        return reader.read(viewer, tx -> {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("since", since);
            params.put("until", until);
            params.put("caseTypes", caseTypes.stream().map(Enum::name).sorted().toList());
            params.put("roles", roles);
            List<String> elements = new ArrayList<>();
            Set<String> people = new HashSet<>();
            Map<String, Node> nodes = new java.util.TreeMap<>();
            for (Record r : tx.list(PERSONS, params)) {
                elements.add(r.get("element").asString());
                String id = r.get("id").asString();
                people.add(id);
                nodes.put(id, new Node(id, NodeLabel.Person, r.get("caption").asString(id)));
            }
            if (people.size() > maxNodes) throw tooLarge(maxNodes);
            Map<List<String>, Long> edges = new LinkedHashMap<>();
            Map<List<String>, Set<String>> reports = new LinkedHashMap<>();
            for (Record r : tx.list(LINKS, Map.of("people", elements))) {
                String source = r.get("source").asString();
                String target = r.get("target").asString();
                NodeLabel label = Elements.label(Values.strings(r.get("labels")));
                if (source.equals(target)) continue;
                if (!nodes.containsKey(target)) {
                    nodes.put(target, new Node(target, label, target));
                    if (nodes.size() > maxNodes) throw tooLarge(maxNodes);
                }
                List<String> key = source.compareTo(target) < 0 ? List.of(source, target) : List.of(target, source);
                // a person–person fact is found from both ends; count it once
                long facts = r.get("facts").asLong();
                edges.merge(key, facts, label == NodeLabel.Person ? Math::max : Long::sum);
                reports.computeIfAbsent(key, k -> new java.util.TreeSet<>()).addAll(Values.strings(r.get("reports")));
            }
            return new Network(
                    List.copyOf(nodes.values()),
                    edges.entrySet().stream()
                            .map(e -> new Edge(
                                    e.getKey().get(0), e.getKey().get(1), e.getValue(), reports.get(e.getKey())))
                            .toList());
        });
    }

    private static QueryTooLarge tooLarge(int maxNodes) {
        return new QueryTooLarge(
                "since",
                "the facilitator network of this window holds more than " + maxNodes
                        + " nodes; choose a shorter window (since/until) or fewer case types");
    }
}
