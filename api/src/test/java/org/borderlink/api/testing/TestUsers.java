package org.borderlink.api.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The accounts of the integration tests (src/test/resources/application-it.yml) and authenticated HTTP clients for
 * them. Every account's password is {@link #PASSWORD}.
 */
public final class TestUsers {

    public static final String PASSWORD = "it-password";

    /** RS-MUP, INVESTIGATOR and ANALYST, community WB. */
    public static final String RS_INVESTIGATOR = "rs-investigator";

    public static final String RS_LIAISON = "rs-liaison";
    /** RS-MUP, INGEST for its own agency only. */
    public static final String RS_INGEST = "rs-ingest";

    public static final String BA_INVESTIGATOR = "ba-investigator";
    public static final String BA_LIAISON = "ba-liaison";
    public static final String AL_INVESTIGATOR = "al-investigator";
    public static final String AL_LIAISON = "al-liaison";
    public static final String MK_INVESTIGATOR = "mk-investigator";
    /** ME-UP, INVESTIGATOR and ANALYST, community WB. */
    public static final String ME_INVESTIGATOR = "me-investigator";
    /** HU-ORFK, community EU only: outside the Western Balkans community. */
    public static final String HU_INVESTIGATOR = "hu-investigator";
    /** INGEST for every agency of the generated data. */
    public static final String REGIONAL_INGEST = "regional-ingest";

    /** RS-MUP, AUDITOR: oversees Serbian agencies' users and reports. */
    public static final String AUDITOR = "auditor";
    /** BA-GP, AUDITOR. */
    public static final String BA_AUDITOR = "ba-auditor";
    /** MK-MVR, locked out on purpose by the login throttle test; no other test may use it. */
    public static final String THROTTLED = "throttled";

    public static final String ADMIN = "admin";

    private TestUsers() {}

    /**
     * A client that logs in as {@code username} with HTTP Basic on every request and states a purpose; error
     * statuses are returned to the test rather than thrown.
     */
    public static RestClient client(int port, String username) {
        return anonymous(port)
                .mutate()
                .defaultHeader("Authorization", basic(username))
                .defaultHeader("X-Purpose", "integration test")
                .build();
    }

    /** A client that sends a bearer token on every request and states a purpose. */
    public static RestClient bearer(int port, String token) {
        return anonymous(port)
                .mutate()
                .defaultHeader("Authorization", "Bearer " + token)
                .defaultHeader("X-Purpose", "integration test")
                .build();
    }

    /** An API token for {@code username}, bought with the password as an API client does. */
    public static String token(int port, String username) {
        return client(port, username)
                .post()
                .uri("/api/v1/auth/token")
                .retrieve()
                .body(JsonNode.class)
                .get("access_token")
                .asString();
    }

    /** A client without credentials. */
    public static RestClient anonymous(int port) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> {})
                .build();
    }

    public static String basic(String username) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
