package org.borderlink.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(3), now::get);

    @Test
    void allowsTheCapacityThenRefusesUntilTheWindowRefills() {
        assertThat(limiter.tryTake("alice")).isTrue();
        assertThat(limiter.tryTake("alice")).isTrue();
        assertThat(limiter.tryTake("alice")).isTrue();
        assertThat(limiter.tryTake("alice")).isFalse();
        assertThat(limiter.retryAfter("alice")).isEqualTo(Duration.ofMinutes(1));

        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(limiter.allows("alice")).isFalse();
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(limiter.tryTake("alice")).isTrue();
    }

    @Test
    void keysAreCountedApart() {
        for (int i = 0; i < 3; i++) limiter.take("alice");

        assertThat(limiter.allows("alice")).isFalse();
        assertThat(limiter.allows("bob")).isTrue();
    }

    @Test
    void failuresBeyondTheLimitDoNotDigDeeper() {
        for (int i = 0; i < 10; i++) limiter.take("mallory");

        now.addAndGet(Duration.ofMinutes(1).toNanos());
        assertThat(limiter.allows("mallory"))
                .as("one window's refill frees an attempt")
                .isTrue();
    }
}
