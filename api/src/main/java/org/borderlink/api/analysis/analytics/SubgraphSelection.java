package org.borderlink.api.analysis.analytics;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.borderlink.api.analysis.AnalysisProperties;
import org.borderlink.api.analysis.BadParameter;
import org.borderlink.api.analysis.FilterRequest;
import org.borderlink.api.analysis.Params;
import org.borderlink.api.analysis.patterns.PatternCatalog;
import org.borderlink.api.analysis.patterns.PatternDefinition;
import org.borderlink.graph.analysis.Expansion;
import org.borderlink.graph.analysis.GraphEdge;
import org.borderlink.graph.analysis.GraphFilter;
import org.borderlink.graph.analysis.Subgraph;
import org.borderlink.graph.model.NodeLabel;
import org.borderlink.graph.sharing.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The subgraph an analysis runs on: expanded from seed entities, or from the entities a pattern's rows name, by
 * {@code hops} through visible facts. Unless labels are chosen, reports are left out: every person of a case is
 * linked to its report, and those hubs would dominate every measure.
 */
@Component
class SubgraphSelection {

    /** Labels analysed when none are chosen: everything but reports. */
    static final EnumSet<NodeLabel> DEFAULT_LABELS = EnumSet.complementOf(EnumSet.of(NodeLabel.Report));

    /**
     * @param pattern run this pattern and start from the entities its rows name, instead of seeds
     * @param limit most new neighbours per expanded node (default 1000)
     */
    public record Selection(
            @Nullable List<String> seeds,
            @Nullable PatternSource pattern,
            @Nullable Integer hops,
            @Nullable Integer limit,
            @Nullable FilterRequest filter) {}

    public record PatternSource(
            @Nullable String name, @Nullable Map<String, Object> parameters) {}

    private final Expansion expansion;
    private final PatternCatalog patterns;
    private final AnalysisProperties limits;

    SubgraphSelection(Expansion expansion, PatternCatalog patterns, AnalysisProperties limits) {
        this.expansion = expansion;
        this.patterns = patterns;
        this.limits = limits;
    }

    public Subgraph select(Viewer viewer, Selection s) {
        boolean bySeeds = s.seeds() != null && !s.seeds().isEmpty();
        boolean byPattern = s.pattern() != null;
        if (bySeeds == byPattern) throw new BadParameter("seeds", "Give exactly one of 'seeds' or 'pattern'.");
        List<String> start;
        if (bySeeds) {
            start = Params.ids("seeds", s.seeds(), 1, 1000);
        } else {
            String name = Params.id("pattern.name", s.pattern().name());
            PatternDefinition pattern = patterns.find(name)
                    .orElseThrow(() -> new BadParameter("pattern.name", "There is no pattern named '" + name + "'."));
            start = new ArrayList<>(
                    pattern.run(viewer, s.pattern().parameters()).entityIds());
            if (start.isEmpty()) return new Subgraph(List.of(), List.of(), List.of());
            if (start.size() > limits.subgraphMaxNodes()) {
                throw new BadParameter(
                        "pattern.parameters",
                        "The pattern's rows name " + start.size() + " entities, more than " + limits.subgraphMaxNodes()
                                + "; lower its limit.");
            }
        }
        int hops = Params.within("hops", s.hops(), 1, 0, Expansion.MAX_HOPS);
        int fanOut = Params.within("limit", s.limit(), 1000, 1, 100_000);
        GraphFilter filter =
                (s.filter() == null ? FilterRequest.none() : s.filter()).toFilter("filter.", DEFAULT_LABELS);
        return expansion.expand(viewer, new Expansion.Request(start, hops, fanOut, filter, limits.subgraphMaxNodes()));
    }

    /** The subgraph as the algorithms see it: one weighted link per pair of linked nodes. */
    public static AnalysisGraph graphOf(Subgraph s) {
        List<AnalysisGraph.Link> links = new ArrayList<>();
        for (GraphEdge e : s.edges()) links.add(new AnalysisGraph.Link(e.source(), e.target(), 1));
        return AnalysisGraph.of(s.nodes().stream().map(n -> n.id()).toList(), links);
    }
}
