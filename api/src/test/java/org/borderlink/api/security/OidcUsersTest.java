package org.borderlink.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** Claims of a Keycloak-style access token, mapped with the default claim names of borderlink.security.oidc. */
class OidcUsersTest {

    private static final SecurityProperties.Oidc DEFAULTS = new SecurityProperties.Oidc(
            "https://idp",
            null,
            null,
            null,
            "preferred_username",
            "agency",
            "country",
            "communities",
            "realm_access.roles",
            "ingest_for",
            null,
            null,
            List.of("openid"),
            "Sign in");

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder jwt = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("f3a1-uuid")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(jwt::claim);
        return jwt.build();
    }

    @Test
    void mapsUserAgencyCommunitiesRolesAndIngestRights() {
        BorderlinkUser user = new OidcUsers(DEFAULTS)
                .user(token(Map.of(
                        "preferred_username", "m.petrovic",
                        "agency", "RS-MUP",
                        "country", "rs",
                        "communities", List.of("wb", "EU"),
                        "realm_access",
                                Map.of("roles", List.of("investigator", "ROLE_LIAISON_OFFICER", "offline_access")),
                        "ingest_for", "RS-MUP RS-KIR")));

        assertThat(user.username()).isEqualTo("m.petrovic");
        assertThat(user.agency().value()).isEqualTo("RS-MUP");
        assertThat(user.communities()).containsExactly("EU", "WB");
        assertThat(user.roles()).containsExactlyInAnyOrder(UserRole.INVESTIGATOR, UserRole.LIAISON_OFFICER);
        assertThat(user.ingestFor()).extracting(a -> a.value()).containsExactly("RS-KIR", "RS-MUP");
        assertThat(user.viewer().tokenValues())
                .containsExactly("agency:RS-MUP", "country:RS", "public", "region:EU", "region:WB");
    }

    @Test
    void withoutAUserNameClaimTheSubjectNamesTheUserAndTheOwnAgencyIsTheOnlyOneToIngestFor() {
        BorderlinkUser user = new OidcUsers(DEFAULTS).user(token(Map.of("agency", "BA-GP")));

        assertThat(user.username()).isEqualTo("f3a1-uuid");
        assertThat(user.roles()).isEmpty();
        assertThat(user.ingestFor()).extracting(a -> a.value()).containsExactly("BA-GP");
    }

    @Test
    void aTokenWithoutAValidAgencyOrWithAContradictingCountryIsRefused() {
        OidcUsers users = new OidcUsers(DEFAULTS);

        assertThatThrownBy(() -> users.user(token(Map.of("preferred_username", "x"))))
                .isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> users.user(token(Map.of("agency", "Serbian police"))))
                .isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> users.user(token(Map.of("agency", "RS-MUP", "country", "BA"))))
                .isInstanceOf(InvalidBearerTokenException.class)
                .hasMessageContaining("country BA");
    }

    @Test
    void claimNamesAreConfiguration() {
        SecurityProperties.Oidc custom = new SecurityProperties.Oidc(
                "https://idp",
                null,
                null,
                null,
                "upn",
                "org.agency",
                "org.country",
                "groups",
                "roles",
                "ingest",
                null,
                null,
                List.of("openid"),
                "Sign in");

        BorderlinkUser user = new OidcUsers(custom)
                .user(token(Map.of(
                        "upn", "analyst@asp.gov.al",
                        "org", Map.of("agency", "AL-ASP", "country", "AL"),
                        "roles", List.of("analyst"))));

        assertThat(user.username()).isEqualTo("analyst@asp.gov.al");
        assertThat(user.agency().value()).isEqualTo("AL-ASP");
        assertThat(user.roles()).containsExactly(UserRole.ANALYST);
    }
}
