package org.borderlink.api.analysis.analytics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.borderlink.api.analysis.AnalysisProperties;
import org.borderlink.api.analysis.BadParameter;
import org.borderlink.api.analysis.FilterRequest;
import org.borderlink.api.analysis.Params;
import org.borderlink.api.audit.AuditSummary;
import org.borderlink.api.security.Caller;
import org.borderlink.graph.analysis.GraphNode;
import org.borderlink.graph.analysis.Subgraph;
import org.borderlink.graph.model.NodeLabel;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/analytics/centrality} and {@code /communities} on a chosen subgraph. */
@RestController
@Tag(name = "Analytics", description = "Centrality and communities on a subgraph chosen by seeds or by a pattern")
@PreAuthorize("hasAnyRole('ANALYST','INVESTIGATOR')")
class AnalyticsController {

    /** Fixed seed of sampling and of Louvain's visiting orders: the same question gets the same answer. */
    static final long SEED = 20261128L;

    private final SubgraphSelection selection;
    private final AnalysisProperties limits;

    AnalyticsController(SubgraphSelection selection, AnalysisProperties limits) {
        this.selection = selection;
        this.limits = limits;
    }

    /**
     * @param measures DEGREE, BETWEENNESS, CLOSENESS, PAGERANK (default all); the ranking follows the first
     * @param top how many nodes to rank (default 50, at most 5000)
     */
    record CentralityRequest(
            @Nullable List<String> seeds,
            SubgraphSelection.@Nullable PatternSource pattern,
            @Nullable Integer hops,
            @Nullable Integer limit,
            @Nullable FilterRequest filter,
            @Nullable List<String> measures,
            @Nullable Integer top) {}

    /**
     * A node and its scores; measures not asked for are null.
     *
     * @param facts the visible facts behind its links (weighted degree)
     */
    record Ranked(
            String id,
            NodeLabel label,
            String caption,
            int degree,
            double facts,
            @Nullable Double betweenness,
            @Nullable Double closeness,
            @Nullable Double pageRank) {}

    /**
     * @param exact whether betweenness and closeness are exact or estimated from {@code pivots} sampled sources
     */
    record CentralityAnswer(
            int nodes,
            int edges,
            boolean exact,
            int pivots,
            List<String> measures,
            List<Ranked> ranking,
            @JsonIgnore Set<String> sources)
            implements AuditSummary {
        @Override
        @JsonIgnore
        public int resultSize() {
            return ranking.size();
        }

        @Override
        @JsonIgnore
        public Set<String> reportIds() {
            return sources;
        }
    }

    @Operation(
            summary = "Centrality on a chosen subgraph",
            description = "Choose the subgraph by 'seeds' and 'hops', or by a pattern's result ('pattern': {name, "
                    + "parameters}) and 'hops'. Degree, betweenness (normalised), closeness (Wasserman–Faust) and "
                    + "PageRank on the undirected graph of visible facts; betweenness and closeness are exact up to "
                    + "2,000 nodes and sampled above.")
    @PostMapping("/api/v1/analytics/centrality")
    CentralityAnswer centrality(@RequestBody CentralityRequest request, Caller caller) {
        Set<Measure> measures = measures(request.measures());
        Measure sortBy = request.measures() == null || request.measures().isEmpty()
                ? Measure.BETWEENNESS
                : measures.iterator().next();
        int top = Params.within("top", request.top(), 50, 1, 5000);
        Subgraph subgraph = selection.select(
                caller.viewer(),
                new SubgraphSelection.Selection(
                        request.seeds(), request.pattern(), request.hops(), request.limit(), request.filter()));
        AnalysisGraph graph = SubgraphSelection.graphOf(subgraph);
        Centrality.Scores s = new Centrality(limits.exactLimit(), limits.pivots(), SEED).compute(graph, measures);
        List<GraphNode> nodes = subgraph.nodes();
        List<Ranked> ranked = new ArrayList<>();
        for (GraphNode n : nodes) {
            int i = graph.indexOf(n.id());
            ranked.add(new Ranked(
                    n.id(),
                    n.label(),
                    n.caption(),
                    s.degree()[i],
                    s.weightedDegree()[i],
                    s.betweenness() == null ? null : s.betweenness()[i],
                    s.closeness() == null ? null : s.closeness()[i],
                    s.pageRank() == null ? null : s.pageRank()[i]));
        }
        Function<Ranked, Double> key = switch (sortBy) {
            case DEGREE -> r -> (double) r.degree();
            case BETWEENNESS -> Ranked::betweenness;
            case CLOSENESS -> Ranked::closeness;
            case PAGERANK -> Ranked::pageRank;
        };
        ranked.sort(Comparator.comparing(key, Comparator.reverseOrder()).thenComparing(Ranked::id));
        return new CentralityAnswer(
                graph.size(),
                graph.edgeCount(),
                s.exact(),
                s.pivots(),
                measures.stream().map(Enum::name).toList(),
                List.copyOf(ranked.subList(0, Math.min(top, ranked.size()))),
                subgraph.reportIds());
    }

    record CommunitiesRequest(
            @Nullable List<String> seeds,
            SubgraphSelection.@Nullable PatternSource pattern,
            @Nullable Integer hops,
            @Nullable Integer limit,
            @Nullable FilterRequest filter) {}

    /** A community: its size, the component it lies in, and its best-connected members. */
    record Group(int community, int size, int component, List<String> hubs) {}

    record Member(String id, NodeLabel label, String caption, int component, int community) {}

    /**
     * @param modularity Newman–Girvan modularity of the communities, on the graph weighted by facts per link
     */
    record CommunitiesAnswer(
            int nodes,
            int edges,
            int components,
            int communities,
            double modularity,
            String algorithm,
            List<Group> groups,
            List<Member> members,
            @JsonIgnore Set<String> sources)
            implements AuditSummary {
        @Override
        @JsonIgnore
        public int resultSize() {
            return members.size();
        }

        @Override
        @JsonIgnore
        public Set<String> reportIds() {
            return sources;
        }
    }

    @Operation(
            summary = "Connected components and communities on a chosen subgraph",
            description = "Components (JGraphT) and Louvain communities (best of several seeded runs, disconnected "
                    + "communities split), with the modularity of the partition.")
    @PostMapping("/api/v1/analytics/communities")
    CommunitiesAnswer communities(@RequestBody CommunitiesRequest request, Caller caller) {
        Subgraph subgraph = selection.select(
                caller.viewer(),
                new SubgraphSelection.Selection(
                        request.seeds(), request.pattern(), request.hops(), request.limit(), request.filter()));
        AnalysisGraph graph = SubgraphSelection.graphOf(subgraph);
        Communities.Result r = new Communities(limits.louvainRestarts(), SEED).compute(graph);
        List<Member> members = new ArrayList<>();
        Map<Integer, List<GraphNode>> byCommunity = new java.util.TreeMap<>();
        for (GraphNode n : subgraph.nodes()) {
            int i = graph.indexOf(n.id());
            members.add(new Member(n.id(), n.label(), n.caption(), r.component()[i], r.community()[i]));
            byCommunity
                    .computeIfAbsent(r.community()[i], c -> new ArrayList<>())
                    .add(n);
        }
        List<Group> groups = byCommunity.entrySet().stream()
                .map(e -> new Group(
                        e.getKey(),
                        e.getValue().size(),
                        r.component()[graph.indexOf(e.getValue().getFirst().id())],
                        e.getValue().stream()
                                .sorted(Comparator.comparingInt((GraphNode n) -> -graph.degree(graph.indexOf(n.id())))
                                        .thenComparing(GraphNode::id))
                                .limit(5)
                                .map(GraphNode::id)
                                .toList()))
                .toList();
        return new CommunitiesAnswer(
                graph.size(),
                graph.edgeCount(),
                r.components(),
                r.communities(),
                r.modularity(),
                "louvain",
                groups,
                members,
                subgraph.reportIds());
    }

    private static Set<Measure> measures(@Nullable List<String> given) {
        if (given == null || given.isEmpty()) return EnumSet.allOf(Measure.class);
        Set<Measure> out = new LinkedHashSet<>();
        for (String v : given) {
            try {
                out.add(Measure.valueOf(v.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new BadParameter(
                        "measures",
                        "'" + v + "' is not one of "
                                + java.util.Arrays.stream(Measure.values())
                                        .map(Enum::name)
                                        .collect(Collectors.joining(", "))
                                + ".");
            }
        }
        return out;
    }
}
