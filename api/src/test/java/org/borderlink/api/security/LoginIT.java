package org.borderlink.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.api.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Logging in to the API with the configured local accounts, and what is open without a login. */
@BorderlinkIntegrationTest
class LoginIT {

    @LocalServerPort
    int port;

    @Test
    void aLocalAccountLogsInAndSeesItsAgencyRolesAndTokens() {
        ResponseEntity<JsonNode> me = TestUsers.client(port, TestUsers.BA_INVESTIGATOR)
                .get()
                .uri("/api/v1/me")
                .retrieve()
                .toEntity(JsonNode.class);

        assertThat(me.getStatusCode().value()).isEqualTo(200);
        JsonNode body = me.getBody();
        assertThat(body.get("agency").asString()).isEqualTo("BA-GP");
        assertThat(body.get("roles").valueStream().map(JsonNode::asString)).containsExactly("ANALYST", "INVESTIGATOR");
        assertThat(body.get("tokens").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("public", "agency:BA-GP", "country:BA", "region:WB");
    }

    @Test
    void aWrongPasswordIsRefusedWithAProblemAndNoHint() {
        ResponseEntity<JsonNode> answer = TestUsers.anonymous(port)
                .get()
                .uri("/api/v1/me")
                .header(
                        "Authorization",
                        "Basic " + java.util.Base64.getEncoder().encodeToString("rs-investigator:wrong".getBytes()))
                .retrieve()
                .toEntity(JsonNode.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(401);
        assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(answer.getBody().toString())
                .doesNotContain("rs-investigator")
                .doesNotContain("password");
    }

    @Test
    void theSignInMethodsOfferNoProviderWithoutAClientId() {
        // profile it trusts an issuer's bearer tokens but registers no client there: no browser sign-in through it
        ResponseEntity<JsonNode> methods = TestUsers.anonymous(port)
                .get()
                .uri("/api/v1/auth/methods")
                .retrieve()
                .toEntity(JsonNode.class);

        assertThat(methods.getStatusCode().value()).isEqualTo(200);
        assertThat(methods.getBody().get("password").asBoolean()).isTrue();
        assertThat(methods.getBody().get("provider").isNull()).isTrue();
        assertThat(TestUsers.anonymous(port)
                        .get()
                        .uri("/oauth2/authorization/oidc")
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .value())
                .as("and no sign-in starts")
                .isIn(401, 404);
    }

    @Test
    void healthIsOpenTheApiIsNot() {
        assertThat(TestUsers.anonymous(port)
                        .get()
                        .uri("/actuator/health")
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(TestUsers.anonymous(port)
                        .get()
                        .uri("/api/v1/me")
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
    }
}
