package org.borderlink.api.analysis.graph;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.borderlink.api.analysis.AnalysisProperties;
import org.borderlink.api.analysis.BadParameter;
import org.borderlink.api.analysis.FilterRequest;
import org.borderlink.api.analysis.Params;
import org.borderlink.api.audit.AuditSummary;
import org.borderlink.api.security.Caller;
import org.borderlink.graph.analysis.Connections;
import org.borderlink.graph.analysis.Expansion;
import org.borderlink.graph.analysis.GraphEdge;
import org.borderlink.graph.analysis.GraphFilter;
import org.borderlink.graph.analysis.GraphNode;
import org.borderlink.graph.analysis.Paths;
import org.borderlink.graph.analysis.Subgraph;
import org.borderlink.graph.model.NodeLabel;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Expansion, paths and connections: {@code /api/v1/graph/…}. */
@RestController
@Tag(name = "Link analysis")
@PreAuthorize("hasAnyRole('INVESTIGATOR','ANALYST','LIAISON_OFFICER')")
class GraphController {

    static final int MAX_SEEDS = 100;

    private final Expansion expansion;
    private final Paths paths;
    private final Connections connections;
    private final AnalysisProperties limits;

    GraphController(Expansion expansion, Paths paths, Connections connections, AnalysisProperties limits) {
        this.expansion = expansion;
        this.paths = paths;
        this.connections = connections;
        this.limits = limits;
    }

    /**
     * @param hops 1–4 (default 1)
     * @param limit most new neighbours taken per expanded node (default 25, at most 500)
     */
    record ExpandRequest(
            @Nullable List<String> seeds,
            @Nullable Integer hops,
            @Nullable Integer limit,
            @Nullable FilterRequest filter) {}

    @Operation(
            summary = "Expand from entities by k hops through visible facts",
            description = "Takes at most 'limit' new neighbours per node (those linked by most facts, then the most "
                    + "recent) and summarises the rest as 'and N more' by label, counting only what you may see. "
                    + "Returns nodes and facts ready to draw, each fact with its report, TLP and handling code.")
    @PostMapping("/api/v1/graph/expand")
    GraphAnswer expand(@RequestBody ExpandRequest request, Caller caller) {
        List<String> seeds = Params.ids("seeds", request.seeds(), 1, MAX_SEEDS);
        int hops = Params.within("hops", request.hops(), 1, 1, Expansion.MAX_HOPS);
        int limit = Params.within("limit", request.limit(), 25, 1, 500);
        GraphFilter filter = filter(request.filter(), "filter.");
        Subgraph s = expansion.expand(
                caller.viewer(), new Expansion.Request(seeds, hops, limit, filter, limits.expandMaxNodes()));
        return GraphAnswer.of(s);
    }

    /** One path: its node ids in order. */
    record PathView(int length, List<String> nodes) {}

    record PathsAnswer(List<PathView> paths, List<GraphNode> nodes, List<GraphEdge> edges) implements AuditSummary {
        @Override
        @JsonIgnore
        public int resultSize() {
            return paths.size();
        }

        @Override
        @JsonIgnore
        public Set<String> reportIds() {
            Set<String> ids = new LinkedHashSet<>();
            edges.forEach(e -> ids.add(e.reportId()));
            return ids;
        }
    }

    @Operation(
            summary = "Shortest and k shortest paths between two entities",
            description = "Cypher SHORTEST k over the facts you may see: the visibility rule and the filters sit on "
                    + "every relationship inside the path pattern, so a path that runs through a hidden fact is not "
                    + "found. Paths are distinct node sequences without repeated nodes, shortest first. No path is "
                    + "an empty list, not an error.")
    @GetMapping("/api/v1/graph/paths")
    PathsAnswer paths(
            @Parameter(description = "Start entity id") @RequestParam(name = "from", required = false) String from,
            @Parameter(description = "End entity id") @RequestParam(name = "to", required = false) String to,
            @Parameter(description = "Longest path, in hops (1–8, default 4)")
                    @RequestParam(name = "maxHops", required = false)
                    Integer maxHops,
            @Parameter(description = "How many paths (1–10, default 1)") @RequestParam(name = "k", required = false)
                    Integer k,
            @ParameterObject FilterRequest filter,
            Caller caller) {
        String a = Params.id("from", from);
        String b = Params.id("to", to);
        if (a.equals(b)) throw new BadParameter("to", "'from' and 'to' are the same entity.");
        int hops = Params.within("maxHops", maxHops, 4, 1, Paths.MAX_HOPS);
        int count = Params.within("k", k, 1, 1, Paths.MAX_PATHS);
        Paths.Found found = paths.find(caller.viewer(), new Paths.Request(a, b, hops, count, filter(filter, "")));
        return new PathsAnswer(
                found.paths().stream()
                        .map(p -> new PathView(p.length(), p.nodes()))
                        .toList(),
                found.subgraph().nodes(),
                found.subgraph().edges());
    }

    /**
     * @param ids 2–20 entities
     * @param maxHops longest path looked for between two of them (1–6, default 4)
     * @param limit most common neighbours and shared places listed (default 50, at most 500)
     */
    record ConnectionsRequest(
            @Nullable List<String> ids,
            @Nullable Integer maxHops,
            @Nullable Integer limit,
            @Nullable FilterRequest filter) {}

    /**
     * @param unlinked members no visible path of at most maxHops links to another member
     * @param nodes the linking subgraph: nodes
     * @param edges the linking subgraph: the visible facts along its links
     */
    record ConnectionsAnswer(
            List<Connections.Shared> commonNeighbours,
            List<Connections.Shared> sharedSelectors,
            List<Connections.Shared> sharedLocations,
            List<String> unlinked,
            List<GraphNode> nodes,
            List<GraphEdge> edges)
            implements AuditSummary {
        @Override
        @JsonIgnore
        public int resultSize() {
            return commonNeighbours.size() + sharedLocations.size() + nodes.size();
        }

        @Override
        @JsonIgnore
        public Set<String> reportIds() {
            Set<String> ids = new LinkedHashSet<>();
            edges.forEach(e -> ids.add(e.reportId()));
            return ids;
        }
    }

    @Operation(
            summary = "What connects a set of entities",
            description = "Neighbours two or more of them share (and among them shared selectors), places their "
                    + "incidents and journeys share, and the smallest subgraph that links them (a Steiner tree "
                    + "approximation over shortest visible paths).")
    @PostMapping("/api/v1/graph/connections")
    ConnectionsAnswer connections(@RequestBody ConnectionsRequest request, Caller caller) {
        List<String> ids = Params.ids("ids", request.ids(), 2, Connections.MAX_MEMBERS);
        int hops = Params.within("maxHops", request.maxHops(), 4, 1, Connections.MAX_HOPS);
        int limit = Params.within("limit", request.limit(), 50, 1, 500);
        Connections.Found found = connections.find(
                caller.viewer(), new Connections.Request(ids, hops, filter(request.filter(), "filter."), limit));
        LinkingSubgraph.Tree tree = LinkingSubgraph.of(ids, found.pairPaths());
        List<GraphNode> nodes = found.pathSubgraph().nodes().stream()
                .filter(n -> tree.nodes().contains(n.id()))
                .toList();
        List<GraphEdge> edges = found.pathSubgraph().edges().stream()
                .filter(e -> tree.links().contains(ordered(e.source(), e.target())))
                .toList();
        return new ConnectionsAnswer(
                found.commonNeighbours(),
                found.sharedSelectors(),
                found.sharedLocations(),
                tree.unlinked(),
                nodes,
                edges);
    }

    private static List<String> ordered(String a, String b) {
        return a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
    }

    static GraphFilter filter(@Nullable FilterRequest request, String prefix) {
        return (request == null ? FilterRequest.none() : request).toFilter(prefix, EnumSet.noneOf(NodeLabel.class));
    }
}
