package org.borderlink.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.borderlink.graph.model.AgencyId;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

class LocalTokensTest {

    private static final String SECRET = Base64.getEncoder().encodeToString(new byte[32]);
    /** One investigator of RS-MUP, password "it-password". */
    static final LocalAccounts ACCOUNTS = new LocalAccounts(List.of(new SecurityProperties.Account(
            "rs-investigator",
            "$2a$04$WWsB5VBSariE9wa0S0cghe/5ghYbq6D6NZGOyOi7.6gzVTH03fENC",
            "RS-MUP",
            List.of(UserRole.INVESTIGATOR),
            List.of("WB"),
            List.of(),
            null)));

    private static BorderlinkUser user(String name) {
        return new BorderlinkUser(
                name,
                AgencyId.of("RS-MUP"),
                new TreeSet<>(Set.of("WB")),
                Set.of(UserRole.INVESTIGATOR),
                new TreeSet<>());
    }

    @Test
    void aTokenLogsItsAccountInAsTheAccountIsNow() {
        LocalTokens tokens =
                new LocalTokens(new SecurityProperties.Token(SECRET, Duration.ofMinutes(15)), Clock.systemUTC());
        String token = tokens.issue(user("rs-investigator")).token();

        var authentication = new BearerTokens(List.of(tokens.issuer(ACCOUNTS)))
                .authenticate(new BearerTokenAuthenticationToken(token));

        assertThat(CurrentUser.of(authentication)).hasValueSatisfying(u -> {
            assertThat(u.username()).isEqualTo("rs-investigator");
            assertThat(u.viewer().tokenValues()).contains("agency:RS-MUP", "region:WB");
        });
        Jwt jwt = ((UserAuthentication) authentication).getToken();
        assertThat(jwt.getExpiresAt()).isEqualTo(jwt.getIssuedAt().plus(Duration.ofMinutes(15)));
        assertThat(jwt.getAudience()).containsExactly(LocalTokens.AUDIENCE);
        assertThat(jwt.getClaimAsString("iss")).isEqualTo(LocalTokens.ISSUER);
    }

    @Test
    void anExpiredTokenATokenOfAnotherKeyAndATokenOfARemovedAccountAreRefused() {
        Clock issuedAnHourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        LocalTokens old =
                new LocalTokens(new SecurityProperties.Token(SECRET, Duration.ofMinutes(15)), issuedAnHourAgo);
        LocalTokens now =
                new LocalTokens(new SecurityProperties.Token(SECRET, Duration.ofMinutes(15)), Clock.systemUTC());
        LocalTokens otherKey =
                new LocalTokens(new SecurityProperties.Token(null, Duration.ofMinutes(15)), Clock.systemUTC());
        var manager = new BearerTokens(List.of(now.issuer(ACCOUNTS)));

        for (String token : List.of(
                old.issue(user("rs-investigator")).token(),
                otherKey.issue(user("rs-investigator")).token(),
                now.issue(user("gone")).token())) {
            assertThatThrownBy(() -> manager.authenticate(new BearerTokenAuthenticationToken(token)))
                    .isInstanceOf(InvalidBearerTokenException.class);
        }
    }

    @Test
    void aShortSecretIsRefusedAtStart() {
        assertThatThrownBy(() -> new LocalTokens(
                        new SecurityProperties.Token(
                                Base64.getEncoder().encodeToString(new byte[16]), Duration.ofMinutes(1)),
                        Clock.systemUTC()))
                .hasMessageContaining("at least 32 bytes");
    }
}
