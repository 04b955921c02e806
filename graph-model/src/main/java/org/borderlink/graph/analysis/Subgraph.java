package org.borderlink.graph.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Nodes and the visible facts between them, ready to draw, with "and N more" where the fan-out limit cut. */
public record Subgraph(List<GraphNode> nodes, List<GraphEdge> edges, List<More> more) {

    public Subgraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        more = List.copyOf(more);
    }

    /** The reports whose facts the subgraph shows. */
    public Set<String> reportIds() {
        Set<String> ids = new LinkedHashSet<>();
        edges.forEach(e -> ids.add(e.reportId()));
        return ids;
    }
}
