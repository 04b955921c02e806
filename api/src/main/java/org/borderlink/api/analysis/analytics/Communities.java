package org.borderlink.api.analysis.analytics;

import java.util.List;
import java.util.Set;
import org.jgrapht.alg.connectivity.ConnectivityInspector;

/** Connected components (JGraphT) and Louvain communities of an {@link AnalysisGraph}. */
final class Communities {

    /**
     * @param component the component of every node, largest first
     * @param community the community of every node, largest first
     */
    public record Result(int[] component, int components, int[] community, int communities, double modularity) {}

    private final int restarts;
    private final long seed;

    public Communities(int restarts, long seed) {
        this.restarts = restarts;
        this.seed = seed;
    }

    public Result compute(AnalysisGraph graph) {
        List<Set<Integer>> sets = new ConnectivityInspector<>(graph.unweighted()).connectedSets();
        int[] component = new int[graph.size()];
        for (int c = 0; c < sets.size(); c++) {
            for (int node : sets.get(c)) component[node] = c;
        }
        Louvain.Partition components = Louvain.numbered(graph, component);
        Louvain.Partition louvain = Louvain.detect(graph, restarts, seed);
        return new Result(
                components.community(), components.count(), louvain.community(), louvain.count(), louvain.modularity());
    }
}
