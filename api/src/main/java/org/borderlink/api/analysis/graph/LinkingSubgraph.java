package org.borderlink.api.analysis.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderlink.graph.analysis.Connections.PairPath;
import org.jgrapht.Graph;
import org.jgrapht.alg.spanning.KruskalMinimumSpanningTree;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The smallest subgraph linking a set of entities, approximated as Kou, Markowsky and Berman (1981) do for Steiner
 * trees (at most twice the optimum): a minimum spanning tree over the members with the shortest path between every
 * pair as distance, the union of the paths it uses, a spanning tree of that union, and dangling non-members pruned.
 */
final class LinkingSubgraph {

    /** Node ids and links (pairs of ids) of the linking tree, and the members it could not link to any other. */
    record Tree(Set<String> nodes, Set<List<String>> links, List<String> unlinked) {}

    private LinkingSubgraph() {}

    static Tree of(List<String> members, List<PairPath> paths) {
        Graph<String, DefaultWeightedEdge> closure = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        members.forEach(closure::addVertex);
        Map<DefaultWeightedEdge, List<String>> pathOf = new HashMap<>();
        for (PairPath p : paths) {
            if (p.nodes().isEmpty()) continue;
            DefaultWeightedEdge e = closure.addEdge(p.from(), p.to());
            if (e == null) continue;
            closure.setEdgeWeight(e, p.nodes().size() - 1);
            pathOf.put(e, p.nodes());
        }
        Graph<String, DefaultEdge> union = new SimpleGraph<>(DefaultEdge.class);
        for (DefaultWeightedEdge e : new KruskalMinimumSpanningTree<>(closure).getSpanningTree()) {
            List<String> path = pathOf.get(e);
            path.forEach(union::addVertex);
            for (int i = 0; i + 1 < path.size(); i++) union.addEdge(path.get(i), path.get(i + 1));
        }
        Graph<String, DefaultEdge> tree = new SimpleGraph<>(DefaultEdge.class);
        union.vertexSet().forEach(tree::addVertex);
        new KruskalMinimumSpanningTree<>(union)
                .getSpanningTree()
                .forEach(e -> tree.addEdge(union.getEdgeSource(e), union.getEdgeTarget(e)));
        Set<String> keep = new HashSet<>(members);
        boolean pruned = true;
        while (pruned) {
            pruned = false;
            for (String v : new ArrayList<>(tree.vertexSet())) {
                if (!keep.contains(v) && tree.degreeOf(v) <= 1) {
                    tree.removeVertex(v);
                    pruned = true;
                }
            }
        }
        Set<List<String>> links = new LinkedHashSet<>();
        for (DefaultEdge e : tree.edgeSet()) {
            String a = tree.getEdgeSource(e);
            String b = tree.getEdgeTarget(e);
            links.add(a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a));
        }
        List<String> unlinked = members.stream()
                .filter(m -> !tree.containsVertex(m) || tree.degreeOf(m) == 0)
                .toList();
        return new Tree(new LinkedHashSet<>(tree.vertexSet()), links, unlinked);
    }
}
