package org.borderlink.api.analysis.analytics;

/** Connected components and Louvain communities of an {@link AnalysisGraph}. */
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
        // connected components: one community for all, split into its connected pieces
        Louvain.Partition components = Louvain.numbered(graph, Louvain.splitDisconnected(graph, new int[graph.size()]));
        Louvain.Partition louvain = Louvain.detect(graph, restarts, seed);
        return new Result(
                components.community(), components.count(), louvain.community(), louvain.count(), louvain.modularity());
    }
}
