package org.borderlink.api.analysis.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Zachary's karate club (Zachary 1977): 34 members, 78 ties, numbered 1–34 as in the paper. The reference graph of
 * community detection; its betweenness, closeness and PageRank are published in every network-analysis library's
 * documentation (values below as networkx computes them).
 */
final class Karate {

    static final int[][] TIES = {
        {1, 2}, {1, 3}, {1, 4}, {1, 5}, {1, 6}, {1, 7}, {1, 8}, {1, 9}, {1, 11}, {1, 12}, {1, 13}, {1, 14}, {1, 18},
        {1, 20}, {1, 22}, {1, 32}, {2, 3}, {2, 4}, {2, 8}, {2, 14}, {2, 18}, {2, 20}, {2, 22}, {2, 31}, {3, 4}, {3, 8},
        {3, 9}, {3, 10}, {3, 14}, {3, 28}, {3, 29}, {3, 33}, {4, 8}, {4, 13}, {4, 14}, {5, 7}, {5, 11}, {6, 7}, {6, 11},
        {6, 17}, {7, 17}, {9, 31}, {9, 33}, {9, 34}, {10, 34}, {14, 34}, {15, 33}, {15, 34}, {16, 33}, {16, 34},
        {19, 33}, {19, 34}, {20, 34}, {21, 33}, {21, 34}, {23, 33}, {23, 34}, {24, 26}, {24, 28}, {24, 30}, {24, 33},
        {24, 34}, {25, 26}, {25, 28}, {25, 32}, {26, 32}, {27, 30}, {27, 34}, {28, 34}, {29, 32}, {29, 34}, {30, 33},
        {30, 34}, {31, 33}, {31, 34}, {32, 33}, {32, 34}, {33, 34}
    };

    /**
     * The partition of largest modularity, Q = 0.4198 (Brandes et al., "On modularity clustering", IEEE TKDE 2008,
     * found by integer programming; also Medus et al. 2005).
     */
    static final int[][] OPTIMAL = {
        {1, 2, 3, 4, 8, 12, 13, 14, 18, 20, 22},
        {5, 6, 7, 11, 17},
        {9, 10, 15, 16, 19, 21, 23, 27, 30, 31, 33, 34},
        {24, 25, 26, 28, 29, 32}
    };

    static final double OPTIMAL_MODULARITY = 0.41978961;

    private Karate() {}

    static List<String> members() {
        return IntStream.rangeClosed(1, 34).mapToObj(Karate::member).toList();
    }

    static String member(int i) {
        return "m" + i;
    }

    static AnalysisGraph graph() {
        List<AnalysisGraph.Link> links = new ArrayList<>();
        for (int[] t : TIES) links.add(new AnalysisGraph.Link(member(t[0]), member(t[1]), 1));
        return AnalysisGraph.of(members(), links);
    }
}
