package org.borderlink.api.analysis.analytics;

/** The centrality measures one can ask for. */
enum Measure {
    /** Distinct neighbours; the number of facts behind them is reported beside it. */
    DEGREE,
    /** Share of shortest paths between other nodes that pass through the node (normalised, as networkx). */
    BETWEENNESS,
    /** Wasserman–Faust closeness: how near the node is to those it reaches, scaled by how many it reaches. */
    CLOSENESS,
    /** PageRank (damping 0.85) on the graph weighted by facts per link. */
    PAGERANK
}
