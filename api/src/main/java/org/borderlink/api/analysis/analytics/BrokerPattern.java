package org.borderlink.api.analysis.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.borderlink.api.analysis.AnalysisProperties;
import org.borderlink.api.analysis.patterns.PatternDefinition;
import org.borderlink.graph.analysis.FacilitatorNetwork;
import org.borderlink.graph.analysis.patterns.InvalidPatternParameter;
import org.borderlink.graph.analysis.patterns.Pattern;
import org.borderlink.graph.analysis.patterns.Pattern.Column;
import org.borderlink.graph.analysis.patterns.Pattern.Kind;
import org.borderlink.graph.analysis.patterns.PatternParameter;
import org.borderlink.graph.analysis.patterns.PatternResult;
import org.borderlink.graph.analysis.patterns.PatternRunner;
import org.borderlink.graph.model.CaseType;
import org.borderlink.graph.model.NodeLabel;
import org.borderlink.graph.sharing.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The {@code brokers} pattern: who brokers between groups. Loads the facilitator network of a window, finds its
 * communities (Louvain) and ranks the persons whose links reach into several communities by betweenness: the few
 * central actors who connect the segments of a smuggling ring (domain notes, question 4).
 */
@Component
class BrokerPattern implements PatternDefinition {

    static final String NAME = "brokers";

    private static final Pattern PATTERN = new Pattern(
            NAME,
            "Brokers between communities",
            "Who brokers between groups (betweenness, bridges between communities)?",
            "The facilitator network of the window (persons visible reports recorded in it name in a facilitator role, "
                    + "their relations, and the selectors that tie persons of different reports together) is split "
                    + "into communities with Louvain; persons linked into at least minCommunities communities are "
                    + "ranked by betweenness (exact up to 2,000 nodes, sampled above). The window defaults to the 90 "
                    + "days up to until (default today).",
            List.of(
                    PatternParameter.date("since", "First day of the window (default: 89 days before until)."),
                    PatternParameter.date("until", "Last day of the window (default: today)."),
                    PatternParameter.values(
                            "caseTypes",
                            Arrays.stream(CaseType.values()).map(Enum::name).toList(),
                            Arrays.stream(CaseType.values()).map(Enum::name).toList(),
                            "Case types of the reports."),
                    PatternParameter.integer("minCommunities", 2, 2, 50, "Fewest communities a broker links into."),
                    PatternParameter.integer("limit", 50, 1, 1000, "Most rows returned, in the order given.")),
            List.of(
                    new Column("person", Kind.ENTITY, "The broker."),
                    new Column("caption", Kind.VALUE, "Who it is, as the network's data names it."),
                    new Column("betweenness", Kind.VALUE, "Normalised betweenness in the facilitator network."),
                    new Column("communities", Kind.VALUE, "Communities its links reach into, its own included."),
                    new Column("community", Kind.VALUE, "Its own community."),
                    new Column("degree", Kind.VALUE, "Distinct neighbours."),
                    new Column("neighbours", Kind.ENTITIES, "Its neighbours in other communities."),
                    new Column("reports", Kind.REPORTS, "Reports whose facts its links rest on.")));

    private final FacilitatorNetwork networks;
    private final AnalysisProperties limits;

    BrokerPattern(FacilitatorNetwork networks, AnalysisProperties limits) {
        this.networks = networks;
        this.limits = limits;
    }

    @Override
    public Pattern pattern() {
        return PATTERN;
    }

    @Override
    @SuppressWarnings("unchecked")
    public PatternResult run(Viewer viewer, @Nullable Map<String, ?> given) {
        Map<String, Object> bound = PatternRunner.bind(PATTERN, given);
        boolean untilGiven = given != null && given.get("until") != null;
        boolean sinceGiven = given != null && given.get("since") != null;
        LocalDate until = untilGiven ? (LocalDate) bound.get("until") : LocalDate.now();
        LocalDate since = sinceGiven ? (LocalDate) bound.get("since") : until.minusDays(89);
        if (since.isAfter(until)) throw new InvalidPatternParameter("since", "is after until");
        Set<CaseType> caseTypes = new HashSet<>();
        ((List<String>) bound.get("caseTypes")).forEach(c -> caseTypes.add(CaseType.valueOf(c)));
        long minCommunities = (Long) bound.get("minCommunities");
        long limit = (Long) bound.get("limit");

        FacilitatorNetwork.Network network = networks.load(viewer, since, until, caseTypes, limits.brokerMaxNodes());
        List<AnalysisGraph.Link> links = network.edges().stream()
                .map(e -> new AnalysisGraph.Link(e.source(), e.target(), e.facts()))
                .toList();
        AnalysisGraph graph = AnalysisGraph.of(
                network.nodes().stream().map(FacilitatorNetwork.Node::id).toList(), links);
        Communities.Result communities =
                new Communities(limits.louvainRestarts(), AnalyticsController.SEED).compute(graph);
        Centrality.Scores scores = new Centrality(limits.exactLimit(), limits.pivots(), AnalyticsController.SEED)
                .compute(graph, Set.of(Measure.BETWEENNESS));
        Map<String, Set<String>> reportsOf = new LinkedHashMap<>();
        for (FacilitatorNetwork.Edge e : network.edges()) {
            reportsOf.computeIfAbsent(e.source(), k -> new TreeSet<>()).addAll(e.reports());
            reportsOf.computeIfAbsent(e.target(), k -> new TreeSet<>()).addAll(e.reports());
        }

        List<Map<String, Object>> rows = new ArrayList<>();
        for (FacilitatorNetwork.Node node : network.nodes()) {
            if (node.label() != NodeLabel.Person) continue;
            int i = graph.indexOf(node.id());
            int own = communities.community()[i];
            Set<Integer> reached = new LinkedHashSet<>();
            reached.add(own);
            List<String> across = new ArrayList<>();
            for (int j : graph.neighbours(i)) {
                reached.add(communities.community()[j]);
                if (communities.community()[j] != own) across.add(graph.id(j));
            }
            if (reached.size() < minCommunities) continue;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("person", node.id());
            row.put("caption", node.caption());
            row.put("betweenness", scores.betweenness()[i]);
            row.put("communities", reached.size());
            row.put("community", own);
            row.put("degree", graph.degree(i));
            row.put("neighbours", across.stream().sorted().toList());
            row.put("reports", List.copyOf(reportsOf.getOrDefault(node.id(), Set.of())));
            rows.add(row);
        }
        rows.sort(Comparator.comparing((Map<String, Object> r) -> (Double) r.get("betweenness"))
                .reversed()
                .thenComparing(r -> (String) r.get("person")));
        boolean truncated = rows.size() > limit;
        List<Map<String, Object>> shown = List.copyOf(rows.subList(0, (int) Math.min(limit, rows.size())));
        Set<String> entities = new LinkedHashSet<>();
        Set<String> reports = new LinkedHashSet<>();
        for (Map<String, Object> r : shown) {
            entities.add((String) r.get("person"));
            entities.addAll((List<String>) r.get("neighbours"));
            reports.addAll((List<String>) r.get("reports"));
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("since", since.toString());
        parameters.put("until", until.toString());
        parameters.put("caseTypes", bound.get("caseTypes"));
        parameters.put("minCommunities", minCommunities);
        parameters.put("limit", limit);
        parameters.put("networkNodes", graph.size());
        parameters.put("networkEdges", graph.edgeCount());
        parameters.put("communitiesFound", communities.communities());
        parameters.put("modularity", communities.modularity());
        parameters.put("exactBetweenness", scores.exact());
        return new PatternResult(
                NAME,
                parameters,
                PATTERN.columns().stream().map(Column::name).toList(),
                shown,
                entities,
                reports,
                truncated);
    }
}
