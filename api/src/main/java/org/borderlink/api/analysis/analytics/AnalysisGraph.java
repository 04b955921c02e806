package org.borderlink.api.analysis.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * A subgraph as the algorithms see it: undirected and simple, one edge per pair of linked nodes, weighted by the
 * number of facts behind it. Nodes are numbered 0…n−1 in the order given; adjacency is kept in arrays so the
 * traversals of sampled betweenness and Louvain stay fast on tens of thousands of nodes.
 */
final class AnalysisGraph {

    /** A link between two nodes and the number of facts behind it. */
    public record Link(String source, String target, double weight) {}

    private final List<String> ids;
    private final Map<String, Integer> index;
    private final int[][] neighbours;
    private final double[][] weights;
    private final int edgeCount;

    private AnalysisGraph(
            List<String> ids, Map<String, Integer> index, int[][] neighbours, double[][] weights, int edges) {
        this.ids = ids;
        this.index = index;
        this.neighbours = neighbours;
        this.weights = weights;
        this.edgeCount = edges;
    }

    /** Links to unknown nodes and self-loops are ignored; parallel links add up. */
    public static AnalysisGraph of(Collection<String> nodeIds, Collection<Link> links) {
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(nodeIds));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) index.put(ids.get(i), i);
        List<Map<Integer, Double>> adjacency = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) adjacency.add(new LinkedHashMap<>());
        int edges = 0;
        for (Link l : links) {
            Integer a = index.get(l.source());
            Integer b = index.get(l.target());
            if (a == null || b == null || a.equals(b)) continue;
            if (!adjacency.get(a).containsKey(b)) edges++;
            adjacency.get(a).merge(b, l.weight(), Double::sum);
            adjacency.get(b).merge(a, l.weight(), Double::sum);
        }
        int[][] neighbours = new int[ids.size()][];
        double[][] weights = new double[ids.size()][];
        for (int i = 0; i < ids.size(); i++) {
            Map<Integer, Double> adj = adjacency.get(i);
            neighbours[i] = adj.keySet().stream().mapToInt(Integer::intValue).toArray();
            weights[i] = adj.values().stream().mapToDouble(Double::doubleValue).toArray();
        }
        return new AnalysisGraph(ids, index, neighbours, weights, edges);
    }

    public int size() {
        return ids.size();
    }

    public int edgeCount() {
        return edgeCount;
    }

    public String id(int node) {
        return ids.get(node);
    }

    public List<String> ids() {
        return ids;
    }

    public int indexOf(String id) {
        Integer i = index.get(id);
        if (i == null) throw new IllegalArgumentException("not in the graph: " + id);
        return i;
    }

    int[] neighbours(int node) {
        return neighbours[node];
    }

    double[] weights(int node) {
        return weights[node];
    }

    public int degree(int node) {
        return neighbours[node].length;
    }

    public double weightedDegree(int node) {
        return Arrays.stream(weights[node]).sum();
    }

    /** The graph for JGraphT's unweighted algorithms (betweenness). */
    Graph<Integer, DefaultEdge> unweighted() {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < size(); i++) g.addVertex(i);
        for (int i = 0; i < size(); i++) {
            for (int j : neighbours[i]) {
                if (i < j) g.addEdge(i, j);
            }
        }
        return g;
    }

    /** The graph for JGraphT's weighted algorithms (PageRank, modularity). */
    Graph<Integer, DefaultWeightedEdge> weighted() {
        Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < size(); i++) g.addVertex(i);
        for (int i = 0; i < size(); i++) {
            for (int k = 0; k < neighbours[i].length; k++) {
                int j = neighbours[i][k];
                if (i < j) g.setEdgeWeight(g.addEdge(i, j), weights[i][k]);
            }
        }
        return g;
    }
}
