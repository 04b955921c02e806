package org.borderlink.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.api.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Security headers, request size limits, the login throttle and error answers, as a client meets them. */
@BorderlinkIntegrationTest
class HardeningIT {

    @LocalServerPort
    int port;

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (ResponseEntity<String> answer : new ResponseEntity[] {
            TestUsers.client(port, TestUsers.RS_INVESTIGATOR)
                    .get()
                    .uri("/api/v1/me")
                    .retrieve()
                    .toEntity(String.class),
            TestUsers.anonymous(port).get().uri("/api/v1/me").retrieve().toEntity(String.class)
        }) {
            HttpHeaders headers = answer.getHeaders();
            assertThat(headers.getFirst("Content-Security-Policy"))
                    .contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval");
            assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
            assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        }
    }

    @Test
    void swaggerUiRunsUnderItsOwnPolicyWithExternalScriptsOnly() {
        ResponseEntity<String> page = TestUsers.anonymous(port)
                .get()
                .uri("/swagger-ui/index.html")
                .retrieve()
                .toEntity(String.class);

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getFirst("Content-Security-Policy"))
                .contains("script-src 'self';", "style-src 'self' 'unsafe-inline';");
        Matcher scripts =
                Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(page.getBody());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).as("every script is a file").contains("src=");
            assertThat(scripts.group(2).strip()).as("no inline script").isEmpty();
        }
        assertThat(count).isPositive();
        for (String asset :
                new String[] {"/swagger-ui/swagger-initializer.js", "/swagger-ui/swagger-ui-bundle.js", "/v3/api-docs"
                }) {
            assertThat(TestUsers.anonymous(port)
                            .get()
                            .uri(asset)
                            .retrieve()
                            .toBodilessEntity()
                            .getStatusCode()
                            .value())
                    .as(asset)
                    .isEqualTo(200);
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeAnythingReadsIt() {
        String big = "{\"tlp\":\"" + "x".repeat(1_100_000) + "\"}";

        ResponseEntity<String> answer = TestUsers.client(port, TestUsers.RS_LIAISON)
                .put()
                .uri("/api/v1/markings?report=RS-MUP:ANY")
                .contentType(MediaType.APPLICATION_JSON)
                .body(big)
                .retrieve()
                .toEntity(String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        ResponseEntity<String> bulk = TestUsers.client(port, TestUsers.RS_INGEST)
                .post()
                .uri("/api/v1/reports")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"narrative\":{\"language\":\"en\",\"text\":\"" + "x".repeat(1_100_000) + "\"}}")
                .retrieve()
                .toEntity(String.class);
        assertThat(bulk.getStatusCode().value())
                .as("ingest reads up to its own, larger limit")
                .isNotEqualTo(413);
    }

    @Test
    void errorsCarryNoStackTraceAndNoInternals() {
        for (ResponseEntity<String> answer : new ResponseEntity[] {
            TestUsers.client(port, TestUsers.RS_INVESTIGATOR)
                    .get()
                    .uri("/api/v1/no-such-thing")
                    .retrieve()
                    .toEntity(String.class),
            TestUsers.client(port, TestUsers.RS_LIAISON)
                    .put()
                    .uri("/api/v1/markings?report=RS-MUP:ANY")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("{not json")
                    .retrieve()
                    .toEntity(String.class),
            TestUsers.client(port, TestUsers.RS_INVESTIGATOR)
                    .get()
                    .uri("/api/v1/hits?type=phone")
                    .retrieve()
                    .toEntity(String.class)
        }) {
            assertThat(answer.getStatusCode().is4xxClientError()).isTrue();
            assertThat(answer.getBody())
                    .doesNotContain("Exception")
                    .doesNotContain("at org.")
                    .doesNotContain("tools.jackson")
                    .doesNotContain("neo4j");
        }
    }

    @Test
    void repeatedFailedLoginsLockTheNameOutForAWhile() {
        String wrong =
                "Basic " + java.util.Base64.getEncoder().encodeToString((TestUsers.THROTTLED + ":guess").getBytes());
        for (int i = 0; i < 10; i++) {
            assertThat(TestUsers.anonymous(port)
                            .get()
                            .uri("/api/v1/me")
                            .header(HttpHeaders.AUTHORIZATION, wrong)
                            .retrieve()
                            .toBodilessEntity()
                            .getStatusCode()
                            .value())
                    .isEqualTo(401);
        }

        ResponseEntity<String> locked = TestUsers.client(port, TestUsers.THROTTLED)
                .get()
                .uri("/api/v1/me")
                .retrieve()
                .toEntity(String.class);

        assertThat(locked.getStatusCode().value())
                .as("even the right password waits")
                .isEqualTo(429);
        assertThat(Long.parseLong(locked.getHeaders().getFirst("Retry-After"))).isBetween(1L, 300L);
        assertThat(TestUsers.client(port, TestUsers.MK_INVESTIGATOR)
                        .get()
                        .uri("/api/v1/me")
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .value())
                .as("another user of the same address is not locked out")
                .isEqualTo(200);
    }
}
