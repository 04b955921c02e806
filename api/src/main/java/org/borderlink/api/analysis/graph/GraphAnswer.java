package org.borderlink.api.analysis.graph;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Set;
import org.borderlink.api.audit.AuditSummary;
import org.borderlink.graph.analysis.GraphEdge;
import org.borderlink.graph.analysis.GraphNode;
import org.borderlink.graph.analysis.More;
import org.borderlink.graph.analysis.Subgraph;

/** Nodes and facts ready to draw, with "and N more" where the fan-out limit cut. */
record GraphAnswer(List<GraphNode> nodes, List<GraphEdge> edges, List<More> more) implements AuditSummary {

    public static GraphAnswer of(Subgraph s) {
        return new GraphAnswer(s.nodes(), s.edges(), s.more());
    }

    @Override
    @JsonIgnore
    public int resultSize() {
        return nodes.size();
    }

    @Override
    @JsonIgnore
    public Set<String> reportIds() {
        return new Subgraph(nodes, edges, more).reportIds();
    }
}
