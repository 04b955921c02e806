package org.borderlink.api.analysis.analytics;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Louvain community detection (Blondel, Guillaume, Lambiotte and Lefebvre 2008) on a weighted undirected graph:
 * nodes move to the neighbouring community that raises modularity most, communities are folded into nodes, and the
 * two steps repeat until nothing moves. JGraphT 1.5.3 has no modularity-optimising method of this quality (its greedy
 * agglomeration stops at 0.38 on Zachary's karate club, Louvain reaches 0.42), so it is written here.
 *
 * <p>The visiting order is random; the best of several seeded runs is kept, so an answer is reproducible. As a last
 * step a community that is not connected is split into its connected pieces (the defect Leiden fixes; the split
 * always raises modularity, as no edge runs between the pieces).
 */
final class Louvain {

    /** Communities of every node (0…c−1, largest first) and the modularity of that partition. */
    record Partition(int[] community, int count, double modularity) {}

    private Louvain() {}

    static Partition detect(AnalysisGraph graph, int restarts, long seed) {
        Partition best = null;
        for (int run = 0; run < Math.max(1, restarts); run++) {
            int[] assignment = once(graph, new SplittableRandom(seed + run));
            assignment = splitDisconnected(graph, assignment);
            Partition p = numbered(graph, assignment);
            if (best == null || p.modularity() > best.modularity() + 1e-12) best = p;
        }
        return best;
    }

    /** One Louvain run: the community of every node of {@code graph}. */
    static int[] once(AnalysisGraph graph, SplittableRandom random) {
        int n = graph.size();
        // the level graph: starts as the input, then communities folded into nodes
        Level level = Level.of(graph);
        int[] membership = new int[n];
        for (int i = 0; i < n; i++) membership[i] = i;
        while (true) {
            int[] moved = level.moveNodes(random);
            int communities = Arrays.stream(moved).max().orElse(-1) + 1;
            for (int i = 0; i < n; i++) membership[i] = moved[membership[i]];
            if (communities == level.size()) return membership;
            level = level.fold(moved, communities);
        }
    }

    /** A weighted graph with self-loops, as Louvain's levels need. */
    private record Level(int[][] neighbours, double[][] weights, double[] selfLoops, double totalWeight) {

        static Level of(AnalysisGraph g) {
            int n = g.size();
            int[][] nb = new int[n][];
            double[][] w = new double[n][];
            double total = 0;
            for (int i = 0; i < n; i++) {
                nb[i] = g.neighbours(i);
                w[i] = g.weights(i);
                for (double x : w[i]) total += x;
            }
            return new Level(nb, w, new double[n], total / 2);
        }

        int size() {
            return neighbours.length;
        }

        /** Weighted degree, a self-loop counting twice. */
        double degree(int i) {
            double d = 2 * selfLoops[i];
            for (double x : weights[i]) d += x;
            return d;
        }

        /** Local moving until no node changes community; returns communities numbered 0…c−1. */
        int[] moveNodes(SplittableRandom random) {
            int n = size();
            int[] community = new int[n];
            double[] tot = new double[n];
            double[] k = new double[n];
            for (int i = 0; i < n; i++) {
                community[i] = i;
                k[i] = degree(i);
                tot[i] = k[i];
            }
            double m2 = 2 * totalWeight;
            if (m2 == 0) return renumber(community);
            int[] order = PivotBrandes.all(n);
            double[] linkWeight = new double[n];
            int[] touched = new int[n];
            boolean improved = true;
            while (improved) {
                improved = false;
                shuffle(order, random);
                for (int i : order) {
                    int own = community[i];
                    int touchedCount = 0;
                    for (int e = 0; e < neighbours[i].length; e++) {
                        int c = community[neighbours[i][e]];
                        if (linkWeight[c] == 0) touched[touchedCount++] = c;
                        linkWeight[c] += weights[i][e];
                    }
                    tot[own] -= k[i];
                    int best = own;
                    double bestGain = linkWeight[own] - tot[own] * k[i] / m2;
                    for (int t = 0; t < touchedCount; t++) {
                        int c = touched[t];
                        double gain = linkWeight[c] - tot[c] * k[i] / m2;
                        if (gain > bestGain + 1e-12) {
                            bestGain = gain;
                            best = c;
                        }
                    }
                    tot[best] += k[i];
                    if (best != own) {
                        community[i] = best;
                        improved = true;
                    }
                    for (int t = 0; t < touchedCount; t++) linkWeight[touched[t]] = 0;
                    linkWeight[own] = 0;
                }
            }
            return renumber(community);
        }

        /**
         * Communities folded into nodes: internal weight becomes a self-loop, links between them add up. Arrays
         * throughout (members listed by community, link weights gathered per community with a touched list): on the
         * broker pattern's network of some 17,000 nodes, boxed maps here and in {@link #renumber} took most of the
         * pattern's time outside the database.
         */
        Level fold(int[] community, int count) {
            int n = size();
            int[] start = new int[count + 1];
            for (int i = 0; i < n; i++) start[community[i] + 1]++;
            for (int c = 0; c < count; c++) start[c + 1] += start[c];
            int[] members = new int[n];
            int[] fill = Arrays.copyOf(start, count);
            for (int i = 0; i < n; i++) members[fill[community[i]]++] = i;

            double[] loops = new double[count];
            int[][] nb = new int[count][];
            double[][] w = new double[count][];
            double[] linkWeight = new double[count];
            boolean[] linked = new boolean[count];
            int[] touched = new int[count];
            for (int c = 0; c < count; c++) {
                int touchedCount = 0;
                for (int m = start[c]; m < start[c + 1]; m++) {
                    int i = members[m];
                    loops[c] += selfLoops[i];
                    for (int e = 0; e < neighbours[i].length; e++) {
                        int cj = community[neighbours[i][e]];
                        if (cj == c) {
                            loops[c] += weights[i][e] / 2; // seen from both ends
                        } else {
                            if (!linked[cj]) {
                                linked[cj] = true;
                                touched[touchedCount++] = cj;
                            }
                            linkWeight[cj] += weights[i][e];
                        }
                    }
                }
                Arrays.sort(touched, 0, touchedCount);
                nb[c] = Arrays.copyOf(touched, touchedCount);
                w[c] = new double[touchedCount];
                for (int t = 0; t < touchedCount; t++) {
                    w[c][t] = linkWeight[touched[t]];
                    linkWeight[touched[t]] = 0;
                    linked[touched[t]] = false;
                }
            }
            return new Level(nb, w, loops, totalWeight);
        }
    }

    private static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Communities numbered 0…c−1 in the order of their first member; ids are node indexes, below the length. */
    private static int[] renumber(int[] community) {
        int[] ids = new int[community.length];
        Arrays.fill(ids, -1);
        int next = 0;
        int[] out = new int[community.length];
        for (int i = 0; i < community.length; i++) {
            if (ids[community[i]] < 0) ids[community[i]] = next++;
            out[i] = ids[community[i]];
        }
        return out;
    }

    /** Each community split into the connected pieces it is made of. */
    static int[] splitDisconnected(AnalysisGraph graph, int[] community) {
        int n = graph.size();
        int[] out = new int[n];
        Arrays.fill(out, -1);
        int next = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s = 0; s < n; s++) {
            if (out[s] >= 0) continue;
            out[s] = next;
            queue.add(s);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                for (int w : graph.neighbours(v)) {
                    if (out[w] < 0 && community[w] == community[s]) {
                        out[w] = next;
                        queue.add(w);
                    }
                }
            }
            next++;
        }
        return out;
    }

    /** Communities renumbered largest first (ties by first member), with their modularity. */
    static Partition numbered(AnalysisGraph graph, int[] community) {
        int[] dense = renumber(community); // dense ids follow first members, so ties keep that order below
        int count = Arrays.stream(dense).max().orElse(-1) + 1;
        int[] size = new int[count];
        for (int c : dense) size[c]++;
        Integer[] order = new Integer[count];
        for (int c = 0; c < count; c++) order[c] = c;
        Arrays.sort(order, (a, b) -> {
            int bySize = Integer.compare(size[b], size[a]);
            return bySize != 0 ? bySize : Integer.compare(a, b);
        });
        int[] rank = new int[count];
        for (int r = 0; r < count; r++) rank[order[r]] = r;
        int[] out = new int[dense.length];
        for (int i = 0; i < dense.length; i++) out[i] = rank[dense[i]];
        return new Partition(out, count, modularity(graph, out, count));
    }

    /**
     * Newman–Girvan modularity of a partition of a weighted graph: Σ_c [ w_in(c)/W − (d(c)/2W)² ], where W is the
     * total edge weight, w_in(c) the weight inside community c and d(c) the weighted degree of its nodes.
     */
    static double modularity(AnalysisGraph graph, int[] community, int count) {
        double[] inside = new double[count];
        double[] degree = new double[count];
        double total = 0;
        for (int i = 0; i < graph.size(); i++) {
            int[] nb = graph.neighbours(i);
            double[] w = graph.weights(i);
            for (int e = 0; e < nb.length; e++) {
                total += w[e];
                degree[community[i]] += w[e];
                if (community[nb[e]] == community[i]) inside[community[i]] += w[e];
            }
        }
        if (total == 0) return 0;
        // every edge was counted from both ends: total = 2W, inside = 2·w_in
        double q = 0;
        for (int c = 0; c < count; c++) q += inside[c] / total - Math.pow(degree[c] / total, 2);
        return q;
    }
}
