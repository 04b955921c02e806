package org.borderlink.ingest.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's source of randomness: a {@link SplittableRandom} seeded from the run's seed and a position
 * (a network, a person, a report), so that every part of the world can be rebuilt on its own and the same seed
 * always gives the same output.
 */
final class Rng {

    private final SplittableRandom random;

    private Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A stream for one position of a run: the same {@code seed} and {@code parts} give the same stream. */
    static Rng of(long seed, long... parts) {
        long h = mix(seed ^ 0x5DEECE66DL);
        for (long part : parts) {
            h = mix(h ^ mix(part + 0x9E3779B97F4A7C15L));
        }
        return new Rng(h);
    }

    /** SplitMix64's finaliser: a good avalanche for seeds made of small numbers. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform int in {@code [0, bound)}. */
    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A uniform int in {@code [from, to]}, both included. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    double gaussian() {
        return random.nextGaussian();
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    char digit() {
        return (char) ('0' + random.nextInt(10));
    }

    String digits(int n) {
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) out.append(digit());
        return out.toString();
    }

    /** {@code n} letters drawn from {@code alphabet}. */
    String letters(int n, String alphabet) {
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return out.toString();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    final <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** An index drawn with the given weights (not necessarily summing to one). */
    int weighted(double... weights) {
        double total = 0;
        for (double w : weights) total += w;
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.length - 1;
    }

    /** An index into a cumulative weight table (ascending, last entry the total). */
    int cumulative(double[] cumulative) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /** {@code k} distinct indices of {@code [0, n)} in random order (all of them when {@code k >= n}). */
    int[] sample(int n, int k) {
        int m = Math.min(n, k);
        int[] all = new int[n];
        for (int i = 0; i < n; i++) all[i] = i;
        for (int i = 0; i < m; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] out = new int[m];
        System.arraycopy(all, 0, out, 0, m);
        return out;
    }
}
