package org.borderlink.api.analysis.analytics;

import java.util.Arrays;

/**
 * Betweenness and closeness from breadth-first searches out of a set of pivots (Brandes 2001; pivot sampling after
 * Brandes and Pich 2007, closeness estimation after Eppstein and Wang 2004). With every node a pivot the values are
 * exact; with k pivots chosen uniformly each estimate is scaled by n/k and is unbiased. Distances are hops: the
 * number of facts behind a link does not make it shorter.
 *
 * <p>Betweenness is normalised as networkx does for undirected graphs: divided by (n−1)(n−2)/2, the number of pairs
 * of other nodes. Closeness follows Wasserman and Faust for graphs in several pieces: (r/(n−1))·(r/Σd), with r the
 * nodes a node reaches.
 */
final class PivotBrandes {

    /** Raw (pair-count) betweenness and closeness of every node. */
    record Scores(double[] betweenness, double[] closeness) {}

    private PivotBrandes() {}

    static Scores compute(AnalysisGraph graph, int[] pivots) {
        int n = graph.size();
        double[] betweenness = new double[n];
        long[] distanceSum = new long[n];
        int[] reached = new int[n];
        int[] dist = new int[n];
        double[] sigma = new double[n]; // path counts overflow a long on large graphs
        double[] delta = new double[n];
        int[] stack = new int[n];
        int[] queue = new int[n];
        // predecessors as a flat list per node, rebuilt per source
        int[][] preds = new int[n][];
        int[] predCount = new int[n];
        for (int v = 0; v < n; v++) preds[v] = new int[Math.max(1, graph.degree(v))];

        Arrays.fill(dist, -1);
        for (int s : pivots) {
            dist[s] = 0;
            sigma[s] = 1;
            int head = 0;
            int tail = 0;
            int top = 0;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                stack[top++] = v;
                for (int w : graph.neighbours(v)) {
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        queue[tail++] = w;
                    }
                    if (dist[w] == dist[v] + 1) {
                        sigma[w] += sigma[v];
                        preds[w][predCount[w]++] = v;
                    }
                }
            }
            for (int i = 1; i < top; i++) {
                int v = stack[i];
                distanceSum[v] += dist[v];
                reached[v]++;
            }
            while (top > 0) {
                int w = stack[--top];
                for (int p = 0; p < predCount[w]; p++) {
                    int v = preds[w][p];
                    delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
                }
                if (w != s) betweenness[w] += delta[w];
            }
            // only the nodes this search reached were touched: reset those rather than every array
            for (int i = 0; i < tail; i++) {
                int v = queue[i];
                dist[v] = -1;
                sigma[v] = 0;
                delta[v] = 0;
                predCount[v] = 0;
            }
        }

        double scale = (double) n / pivots.length;
        double[] closeness = new double[n];
        for (int v = 0; v < n; v++) {
            // every pair is found from both ends in an undirected graph
            betweenness[v] = betweenness[v] * scale / 2;
            double r = reached[v] * scale;
            double sum = distanceSum[v] * scale;
            // estimates from a sample can overshoot the largest possible value
            closeness[v] = sum > 0 && n > 1 ? Math.min(1.0, (r / (n - 1)) * (r / sum)) : 0;
        }
        return new Scores(betweenness, closeness);
    }

    static int[] all(int n) {
        int[] pivots = new int[n];
        for (int i = 0; i < n; i++) pivots[i] = i;
        return pivots;
    }

    /** {@code k} distinct pivots drawn with a seeded shuffle, so a request gives the same answer twice. */
    static int[] sample(int n, int k, long seed) {
        int[] all = all(n);
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return Arrays.copyOf(all, k);
    }

    /** Normalised betweenness: raw divided by the number of pairs of other nodes. */
    static double normalise(double raw, int n) {
        return n <= 2 ? 0 : raw / ((n - 1.0) * (n - 2.0) / 2.0);
    }
}
