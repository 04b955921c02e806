package org.borderlink.api.analysis.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.borderlink.graph.analysis.GraphEdge;
import org.borderlink.graph.analysis.GraphNode;
import org.borderlink.graph.analysis.Subgraph;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.HandlingCode;
import org.borderlink.graph.model.Tlp;
import org.jspecify.annotations.Nullable;

/**
 * What an export holds: the visible subgraph without the facts other agencies marked {@code H2}, and without the nodes
 * only such facts reached. A node carries the most restrictive TLP of the facts that put it in the export, and the
 * handling codes they carry; the export as a whole carries the most restrictive TLP of all its facts.
 *
 * @param excludedFacts facts left out under H2
 * @param excludedNodes nodes left out because no exported fact reaches them
 */
public record ExportGraph(
        List<Node> nodes,
        List<GraphEdge> edges,
        int excludedFacts,
        int excludedNodes,
        @Nullable String tlp,
        String exportedBy,
        String purpose) {

    /** A node with the marking of the facts that put it in the export. */
    public record Node(GraphNode node, @Nullable String tlp, Set<String> handling) {}

    /** The facts the viewer's agency may pass on: its own, and others' not marked H2. */
    static boolean mayDisseminate(GraphEdge e, AgencyId viewerAgency) {
        return !HandlingCode.H2.name().equals(e.handling())
                || viewerAgency.value().equals(e.agency());
    }

    static ExportGraph of(Subgraph subgraph, AgencyId viewerAgency, String exportedBy, String purpose) {
        List<GraphEdge> kept = new ArrayList<>();
        Map<String, List<GraphEdge>> byNode = new LinkedHashMap<>();
        int excluded = 0;
        for (GraphEdge e : subgraph.edges()) {
            if (!mayDisseminate(e, viewerAgency)) {
                excluded++;
                continue;
            }
            kept.add(e);
            byNode.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e);
            byNode.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e);
        }
        List<Node> nodes = new ArrayList<>();
        for (GraphNode n : subgraph.nodes()) {
            List<GraphEdge> facts = byNode.get(n.id());
            if (facts == null) continue;
            nodes.add(new Node(n, strictest(facts), handling(facts)));
        }
        return new ExportGraph(
                nodes, kept, excluded, subgraph.nodes().size() - nodes.size(), strictest(kept), exportedBy, purpose);
    }

    static @Nullable String strictest(List<GraphEdge> facts) {
        Tlp strictest = null;
        for (GraphEdge e : facts) {
            if (e.tlp() == null) continue;
            Tlp t = Tlp.fromLabel(e.tlp());
            if (strictest == null || t.compareTo(strictest) > 0) strictest = t;
        }
        return strictest == null ? null : strictest.label();
    }

    private static Set<String> handling(List<GraphEdge> facts) {
        Set<String> codes = new TreeSet<>();
        facts.forEach(e -> {
            if (e.handling() != null) codes.add(e.handling());
        });
        return codes;
    }

    /** Every property key the nodes carry, in first-seen order. */
    Set<String> nodePropertyKeys() {
        Set<String> keys = new LinkedHashSet<>();
        nodes.forEach(n -> keys.addAll(n.node().properties().keySet()));
        return keys;
    }

    Set<String> edgePropertyKeys() {
        Set<String> keys = new LinkedHashSet<>();
        edges.forEach(e -> keys.addAll(e.properties().keySet()));
        return keys;
    }

    /** One line for the file's header or manifest. */
    String summary() {
        return "Borderlink export: " + nodes.size() + " nodes, " + edges.size() + " facts, marked TLP:"
                + (tlp == null ? "none" : tlp)
                + " (the most restrictive TLP of its facts; each fact states its own TLP "
                + "and handling code). " + excludedFacts + " fact(s) of other agencies marked H2 (no further "
                + "dissemination without permission) and " + excludedNodes + " node(s) reached only through them are "
                + "left out. Exported by " + exportedBy + ", purpose: " + purpose + ".";
    }

    /** A value as text for formats that hold text only: lists joined with "; ". */
    static String text(@Nullable Object value) {
        if (value == null) return "";
        if (value instanceof List<?> list) {
            return String.join("; ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
