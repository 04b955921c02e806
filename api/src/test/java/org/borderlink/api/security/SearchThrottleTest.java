package org.borderlink.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class SearchThrottleTest {

    private final SearchThrottle throttle = new SearchThrottle(
            new SecurityProperties.RateLimit(10, 100, Duration.ofMinutes(5), 2, Duration.ofMinutes(1), List.of()));

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private boolean searchAs(String user) {
        LocalAccounts accounts = new LocalAccounts(List.of(new SecurityProperties.Account(
                user,
                "$2a$04$WWsB5VBSariE9wa0S0cghe/5ghYbq6D6NZGOyOi7.6gzVTH03fENC",
                "RS-MUP",
                List.of(UserRole.INVESTIGATOR),
                List.of("WB"),
                List.of(),
                null)));
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new TestingAuthenticationToken(accounts.loadUserByUsername(user), null, "ROLE_INVESTIGATOR"));
        return throttle.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), new Object());
    }

    @Test
    void aUserBeyondTheLimitIsAnswered429WithRetryAfterOthersAreNot() {
        assertThat(searchAs("alice")).isTrue();
        assertThat(searchAs("alice")).isTrue();
        assertThatThrownBy(() -> searchAs("alice")).isInstanceOfSatisfying(SearchThrottle.TooManySearches.class, e -> {
            assertThat(e.getStatusCode().value()).isEqualTo(429);
            assertThat(e.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        });
        assertThat(searchAs("bob")).isTrue();
    }
}
