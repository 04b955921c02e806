package org.borderlink.api.analysis.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.junit.jupiter.api.Test;

/** Louvain and modularity on Zachary's karate club and on graphs whose communities are known by construction. */
class CommunitiesTest {

    @Test
    void theOptimalKaratePartitionHasThePublishedModularity() {
        AnalysisGraph karate = Karate.graph();
        int[] community = new int[karate.size()];
        for (int c = 0; c < Karate.OPTIMAL.length; c++) {
            for (int member : Karate.OPTIMAL[c]) community[karate.indexOf(Karate.member(member))] = c;
        }
        double mine = Louvain.modularity(karate, community, Karate.OPTIMAL.length);
        List<Set<Integer>> sets = new ArrayList<>();
        for (int c = 0; c < Karate.OPTIMAL.length; c++) {
            Set<Integer> set = new HashSet<>();
            for (int i = 0; i < karate.size(); i++) if (community[i] == c) set.add(i);
            sets.add(set);
        }
        double jgrapht = new UndirectedModularityMeasurer<>(karate.weighted()).modularity(sets);

        assertThat(mine).isCloseTo(Karate.OPTIMAL_MODULARITY, within(1e-6));
        assertThat(jgrapht).isCloseTo(mine, within(1e-9));
    }

    @Test
    void louvainFindsTheOptimalKarateModularity() {
        Communities.Result result = new Communities(10, 42).compute(Karate.graph());

        assertThat(result.modularity()).isCloseTo(Karate.OPTIMAL_MODULARITY, within(1e-6));
        assertThat(result.communities()).isEqualTo(4);
        assertThat(result.components()).isEqualTo(1);
    }

    @Test
    void everySingleRunIsAtLeastAsGoodAsTheGreedyMethodAndNeverAboveTheOptimum() {
        AnalysisGraph karate = Karate.graph();
        for (long seed = 0; seed < 20; seed++) {
            int[] c = Louvain.splitDisconnected(karate, Louvain.once(karate, new SplittableRandom(seed)));
            double q = Louvain.numbered(karate, c).modularity();
            assertThat(q).as("seed %d", seed).isBetween(0.38, Karate.OPTIMAL_MODULARITY + 1e-7);
        }
    }

    @Test
    void plantedCliquesAreFoundAsCommunitiesAndSeparatePiecesAsComponents() {
        // four cliques of eight, joined in a ring by single edges, plus a separate triangle
        List<String> ids = new ArrayList<>();
        List<AnalysisGraph.Link> links = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            for (int i = 0; i < 8; i++) {
                ids.add(c + "-" + i);
                for (int j = 0; j < i; j++) links.add(new AnalysisGraph.Link(c + "-" + i, c + "-" + j, 1));
            }
            links.add(new AnalysisGraph.Link(c + "-0", ((c + 1) % 4) + "-7", 1));
        }
        for (String t : List.of("x", "y", "z")) ids.add(t);
        links.add(new AnalysisGraph.Link("x", "y", 1));
        links.add(new AnalysisGraph.Link("y", "z", 1));
        links.add(new AnalysisGraph.Link("z", "x", 1));
        AnalysisGraph g = AnalysisGraph.of(ids, links);

        Communities.Result result = new Communities(5, 1).compute(g);

        assertThat(result.components()).isEqualTo(2);
        assertThat(result.communities()).isEqualTo(5);
        for (int c = 0; c < 4; c++) {
            Set<Integer> found = new HashSet<>();
            for (int i = 0; i < 8; i++) found.add(result.community()[g.indexOf(c + "-" + i)]);
            assertThat(found).as("clique %d in one community", c).hasSize(1);
        }
        assertThat(result.community()[g.indexOf("x")]).isEqualTo(4);
    }

    @Test
    void aDisconnectedCommunityIsSplitIntoItsPieces() {
        AnalysisGraph g = AnalysisGraph.of(
                List.of("a", "b", "c", "d"),
                List.of(new AnalysisGraph.Link("a", "b", 1), new AnalysisGraph.Link("c", "d", 1)));
        int[] split = Louvain.splitDisconnected(g, new int[] {0, 0, 0, 0});

        assertThat(split[0]).isEqualTo(split[1]);
        assertThat(split[2]).isEqualTo(split[3]);
        assertThat(split[0]).isNotEqualTo(split[2]);
    }

    @Test
    void weightsCount() {
        // a–b strongly tied, b–c weakly: with weights, modularity of {a,b},{c} is computed on facts
        AnalysisGraph g = AnalysisGraph.of(
                List.of("a", "b", "c"),
                List.of(new AnalysisGraph.Link("a", "b", 3), new AnalysisGraph.Link("b", "c", 1)));
        // W = 4; inside {a,b} = 3; degrees: {a,b} = 3 + 4 = 7, {c} = 1
        double expected = 3.0 / 4 - Math.pow(7.0 / 8, 2) - Math.pow(1.0 / 8, 2);
        assertThat(Louvain.modularity(g, new int[] {0, 0, 1}, 2)).isCloseTo(expected, within(1e-12));
    }
}
