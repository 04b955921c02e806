package org.borderlink.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.io.IOException;
import java.io.InputStream;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.api.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Bearer tokens: the API's own, bought once with a password, and an OIDC issuer's (the test issuer of
 * application-it.yml, whose private key is a test resource), mapped onto users by their claims.
 */
@BorderlinkIntegrationTest
class TokenLoginIT {

    static final String ISSUER = "https://idp.borderlink.test/realms/borderlink";

    @LocalServerPort
    int port;

    private ResponseEntity<JsonNode> me(String token) {
        return TestUsers.bearer(port, token).get().uri("/api/v1/me").retrieve().toEntity(JsonNode.class);
    }

    @Test
    void aPasswordBuysAShortLivedTokenThatLogsInInsteadOfIt() {
        ResponseEntity<JsonNode> issued = TestUsers.client(port, TestUsers.BA_INVESTIGATOR)
                .post()
                .uri("/api/v1/auth/token")
                .retrieve()
                .toEntity(JsonNode.class);

        assertThat(issued.getStatusCode().value()).isEqualTo(200);
        assertThat(issued.getHeaders().getCacheControl()).contains("no-store");
        assertThat(issued.getBody().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(issued.getBody().get("expires_in").asLong()).isEqualTo(900);
        JsonNode me = me(issued.getBody().get("access_token").asString()).getBody();
        assertThat(me.get("username").asString()).isEqualTo(TestUsers.BA_INVESTIGATOR);
        assertThat(me.get("tokens").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("public", "agency:BA-GP", "country:BA", "region:WB");
    }

    @Test
    void aBearerTokenAnswerCarriesNoCsrfCookieWhileABrowserPageStillGetsOne() {
        String token = TestUsers.token(port, TestUsers.BA_INVESTIGATOR);

        ResponseEntity<JsonNode> answer = me(token);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getOrEmpty("Set-Cookie"))
                .as("an API client gets no CSRF token it has no use for")
                .noneMatch(c -> c.startsWith("XSRF-TOKEN="));
        ResponseEntity<String> page =
                TestUsers.anonymous(port).get().uri("/login").retrieve().toEntity(String.class);
        assertThat(page.getHeaders().getOrEmpty("Set-Cookie"))
                .as("the browser workspace reads its token from the cookie")
                .anyMatch(c -> c.startsWith("XSRF-TOKEN="));
    }

    @Test
    void aTokenBuysNoOtherTokenAndAnAlteredOneIsRefused() {
        String token = TestUsers.token(port, TestUsers.AL_INVESTIGATOR);

        assertThat(TestUsers.bearer(port, token)
                        .post()
                        .uri("/api/v1/auth/token")
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
        String[] parts = token.split("\\.");
        String claims =
                new String(Base64.getUrlDecoder().decode(parts[1])).replace("al-investigator", "rs-investigato");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes()) + "."
                + parts[2];
        ResponseEntity<JsonNode> refused = me(forged);
        assertThat(refused.getStatusCode().value()).isEqualTo(401);
        assertThat(refused.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void aTokenNamingTheApiAsIssuerThatTheApiDidNotSignIsRefused() {
        Instant later = Instant.now().plusSeconds(300);
        Map<String, Object> investigator = Map.of("sub", TestUsers.RS_INVESTIGATOR, "aud", List.of("borderlink-api"));
        String unsigned = new PlainJWT(new JWTClaimsSet.Builder()
                        .issuer("urn:borderlink:local")
                        .subject(TestUsers.RS_INVESTIGATOR)
                        .audience("borderlink-api")
                        .expirationTime(java.util.Date.from(later))
                        .build())
                .serialize();

        Map<String, String> tokens = Map.of(
                "signed with the OIDC issuer's key",
                sign(issuerKeys(), "urn:borderlink:local", investigator, later),
                "unsigned",
                unsigned);
        tokens.forEach((why, token) ->
                assertThat(me(token).getStatusCode().value()).as(why).isEqualTo(401));
    }

    // ---- OIDC ------------------------------------------------------------------------------------------------

    private static KeyPair issuerKeys() {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new KeyPair(
                    rsa.generatePublic(new X509EncodedKeySpec(pem("oidc/idp-public.pem"))),
                    rsa.generatePrivate(new PKCS8EncodedKeySpec(pem("oidc/idp-private.pem"))));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pem(String resource) {
        try (InputStream in = TokenLoginIT.class.getClassLoader().getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes())
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return Base64.getDecoder().decode(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(KeyPair keys, String issuer, Map<String, Object> claims, Instant expires) {
        NimbusJwtEncoder encoder = NimbusJwtEncoder.withKeyPair(
                        (RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate())
                .build();
        JwtClaimsSet.Builder set = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject("4f1c-user-uuid")
                .issuedAt(expires.minusSeconds(300))
                .expiresAt(expires);
        claims.forEach(set::claim);
        return encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), set.build()))
                .getTokenValue();
    }

    private static Map<String, Object> albanianInvestigator() {
        return Map.of(
                "aud",
                List.of("borderlink"),
                "preferred_username",
                "e.hoxha",
                "agency",
                "AL-ASP",
                "country",
                "AL",
                "communities",
                List.of("WB"),
                "realm_access",
                Map.of("roles", List.of("investigator", "uma_authorization")));
    }

    @Test
    void anOidcTokenLogsInTheUserItsClaimsDescribe() {
        String token =
                sign(issuerKeys(), ISSUER, albanianInvestigator(), Instant.now().plusSeconds(300));

        ResponseEntity<JsonNode> me = me(token);

        assertThat(me.getStatusCode().value()).isEqualTo(200);
        assertThat(me.getBody().get("username").asString()).isEqualTo("e.hoxha");
        assertThat(me.getBody().get("agency").asString()).isEqualTo("AL-ASP");
        assertThat(me.getBody().get("roles").valueStream().map(JsonNode::asString))
                .containsExactly("INVESTIGATOR");
        assertThat(me.getBody().get("tokens").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("public", "agency:AL-ASP", "country:AL", "region:WB");
        assertThat(TestUsers.bearer(port, token)
                        .get()
                        .uri(u -> u.path("/api/v1/hits")
                                .queryParam("type", "phone")
                                .queryParam("value", "{v}")
                                .build("+381641234567"))
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .value())
                .as("its roles gate endpoints like a local account's")
                .isEqualTo(200);
    }

    @Test
    void oidcTokensThatDoNotHoldAreRefused() {
        KeyPair issuer = issuerKeys();
        Map<String, Object> wrongCountry = new java.util.HashMap<>(albanianInvestigator());
        wrongCountry.put("country", "RS");
        Map<String, Object> otherAudience = new java.util.HashMap<>(albanianInvestigator());
        otherAudience.put("aud", List.of("another-app"));
        KeyPair stranger;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            stranger = generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Instant later = Instant.now().plusSeconds(300);

        Map<String, String> tokens = Map.of(
                "expired",
                        sign(
                                issuer,
                                ISSUER,
                                albanianInvestigator(),
                                Instant.now().minusSeconds(120)),
                "country contradicts agency", sign(issuer, ISSUER, wrongCountry, later),
                "another audience", sign(issuer, ISSUER, otherAudience, later),
                "signed by another key", sign(stranger, ISSUER, albanianInvestigator(), later),
                "an issuer not trusted here",
                        sign(issuer, "https://evil.example/realms/x", albanianInvestigator(), later),
                "not a JWT", "opaque-token-value");
        tokens.forEach((why, token) ->
                assertThat(me(token).getStatusCode().value()).as(why).isEqualTo(401));
    }
}
