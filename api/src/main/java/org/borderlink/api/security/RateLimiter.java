package org.borderlink.api.security;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets in memory, one per key (a user name, a client address): {@code capacity} attempts, refilled evenly
 * over {@code window}. Per instance and lost at restart, which is enough to slow guessing and runaway clients down.
 */
final class RateLimiter {

    /** Beyond this many keys, buckets that are full again are dropped: they hold nothing worth keeping. */
    private static final int TIDY_ABOVE = 10_000;

    private final int capacity;
    private final double perNano;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int capacity, Duration window) {
        this(capacity, window, System::nanoTime);
    }

    RateLimiter(int capacity, Duration window, LongSupplier nanoClock) {
        if (capacity < 1) throw new IllegalArgumentException("a rate limit allows at least one attempt");
        this.capacity = capacity;
        this.perNano = capacity / (double) window.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Takes one attempt for {@code key}; false if none is left. */
    boolean tryTake(String key) {
        return bucket(key).take(true);
    }

    /** Whether {@code key} has an attempt left, taking nothing. */
    boolean allows(String key) {
        Bucket bucket = buckets.get(key);
        return bucket == null || bucket.available() >= 1;
    }

    /** Counts one attempt against {@code key} even if none is left (a failure already happened). */
    void take(String key) {
        bucket(key).take(false);
    }

    /** How long until {@code key} has an attempt again. */
    Duration retryAfter(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) return Duration.ZERO;
        double missing = 1 - bucket.available();
        return missing <= 0 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil(missing / perNano));
    }

    /** Whole seconds for a {@code Retry-After} header: rounded up, at least one. */
    static long seconds(Duration wait) {
        return Math.max(1, wait.plusNanos(999_999_999).toSeconds());
    }

    private Bucket bucket(String key) {
        if (buckets.size() > TIDY_ABOVE) buckets.values().removeIf(b -> b.available() >= capacity);
        return buckets.computeIfAbsent(key, k -> new Bucket());
    }

    private final class Bucket {
        private double tokens = capacity;
        private long at = nanoClock.getAsLong();

        synchronized double available() {
            refill();
            return tokens;
        }

        synchronized boolean take(boolean onlyIfAvailable) {
            refill();
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            if (!onlyIfAvailable) tokens = Math.max(0, tokens - 1);
            return false;
        }

        private void refill() {
            long now = nanoClock.getAsLong();
            tokens = Math.min(capacity, tokens + (now - at) * perNano);
            at = now;
        }
    }
}
