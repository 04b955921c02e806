package org.borderlink.api.analysis.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Centrality on Zachary's karate club against the published (networkx) values, and sampling against exact. */
class CentralityTest {

    private static final AnalysisGraph KARATE = Karate.graph();
    private static final Centrality.Scores SCORES = new Centrality(2000, 100, 1).compute(KARATE, Centrality.all());

    private static int node(int member) {
        return KARATE.indexOf(Karate.member(member));
    }

    @ParameterizedTest(name = "member {0}: betweenness {1}")
    @CsvSource({
        "1, 0.43763528",
        "34, 0.30407498",
        "33, 0.14524711",
        "3, 0.14365681",
        "32, 0.13827561",
        "9, 0.05592683",
        "2, 0.05393669",
        "12, 0.0"
    })
    void betweennessIsTheNormalisedPublishedValue(int member, double expected) {
        assertThat(SCORES.betweenness()[node(member)]).isCloseTo(expected, within(1e-7));
        assertThat(SCORES.exact()).isTrue();
    }

    @ParameterizedTest(name = "member {0}: closeness {1}")
    @CsvSource({"1, 0.56896552", "3, 0.55932203", "34, 0.55", "32, 0.54098361", "9, 0.515625", "17, 0.28448276"})
    void closenessIsThePublishedValue(int member, double expected) {
        assertThat(SCORES.closeness()[node(member)]).isCloseTo(expected, within(1e-7));
    }

    @ParameterizedTest(name = "member {0}: PageRank {1}")
    @CsvSource({"34, 0.10091792", "1, 0.09700182", "33, 0.07169213", "3, 0.05707842", "2, 0.05287839"})
    void pageRankIsThePublishedValue(int member, double expected) {
        assertThat(SCORES.pageRank()[node(member)]).isCloseTo(expected, within(1e-5));
    }

    @Test
    void degreeCountsNeighboursAndFacts() {
        assertThat(SCORES.degree()[node(34)]).isEqualTo(17);
        assertThat(SCORES.degree()[node(1)]).isEqualTo(16);
        assertThat(SCORES.weightedDegree()[node(1)]).isEqualTo(16.0);
    }

    @Test
    void everyNodeAPivotIsExactlyJGraphTsBrandes() {
        AnalysisGraph g = randomGraph(300, 900, 7);
        PivotBrandes.Scores mine = PivotBrandes.compute(g, PivotBrandes.all(g.size()));
        Map<Integer, Double> reference = new BetweennessCentrality<>(g.unweighted(), false).getScores();
        for (int i = 0; i < g.size(); i++) {
            assertThat(mine.betweenness()[i]).as("node %d", i).isCloseTo(reference.get(i), within(1e-6));
        }
    }

    @Test
    void aboveTheExactLimitBetweennessIsSampledAndStillFindsTheBrokers() {
        AnalysisGraph g = randomGraph(3000, 9000, 11);
        Centrality.Scores exact = new Centrality(5000, 0, 1).compute(g, java.util.Set.of(Measure.BETWEENNESS));
        Centrality.Scores sampled = new Centrality(2000, 400, 1).compute(g, java.util.Set.of(Measure.BETWEENNESS));

        assertThat(exact.exact()).isTrue();
        assertThat(sampled.exact()).isFalse();
        assertThat(sampled.pivots()).isEqualTo(400);
        List<Integer> topExact = top(exact.betweenness(), 10);
        List<Integer> topSampled = top(sampled.betweenness(), 20);
        assertThat(topSampled).containsAll(topExact.subList(0, 5));
        int best = topExact.getFirst();
        assertThat(sampled.betweenness()[best])
                .isCloseTo(exact.betweenness()[best], within(0.15 * exact.betweenness()[best]));
    }

    @Test
    void closenessInAGraphOfTwoPiecesScalesByWhatANodeReaches() {
        // a path a–b–c and an isolated pair d–e: Wasserman–Faust closeness
        AnalysisGraph g = AnalysisGraph.of(
                List.of("a", "b", "c", "d", "e"), List.of(link("a", "b"), link("b", "c"), link("d", "e")));
        double[] closeness = new Centrality(10, 0, 1)
                .compute(g, java.util.Set.of(Measure.CLOSENESS))
                .closeness();
        assertThat(closeness[g.indexOf("b")]).isCloseTo((2.0 / 4) * (2.0 / 2), within(1e-12));
        assertThat(closeness[g.indexOf("a")]).isCloseTo((2.0 / 4) * (2.0 / 3), within(1e-12));
        assertThat(closeness[g.indexOf("d")]).isCloseTo((1.0 / 4) * (1.0 / 1), within(1e-12));
    }

    private static AnalysisGraph.Link link(String a, String b) {
        return new AnalysisGraph.Link(a, b, 1);
    }

    private static List<Integer> top(double[] scores, int k) {
        return IntStream.range(0, scores.length)
                .boxed()
                .sorted((a, b) -> Double.compare(scores[b], scores[a]))
                .limit(k)
                .toList();
    }

    /** A connected random graph: a random tree plus random extra edges, with a few hubs. */
    static AnalysisGraph randomGraph(int n, int edges, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> ids = IntStream.range(0, n).mapToObj(i -> "n" + i).toList();
        List<AnalysisGraph.Link> links = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            // preferential towards low numbers: a few hubs, as in a smuggling network
            int parent = (int) (Math.pow(random.nextDouble(), 3) * i);
            links.add(new AnalysisGraph.Link(ids.get(i), ids.get(parent), 1));
        }
        for (int e = n - 1; e < edges; e++) {
            links.add(new AnalysisGraph.Link(ids.get(random.nextInt(n)), ids.get(random.nextInt(n)), 1));
        }
        return AnalysisGraph.of(ids, links);
    }
}
