package org.borderlink.api.testing;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small OpenID Connect provider in the test JVM, for browser sign-in tests: discovery, an authorization endpoint with
 * a sign-in page (user name, or cancel), a token endpoint that insists on PKCE (S256) and a key set. It signs with the
 * test key pair of {@code src/test/resources/oidc/}, which profile {@code it} also trusts for bearer tokens.
 *
 * <p>It checks what a real provider checks, so a client that skips a step fails here as it would in production: the
 * client id, the exact redirect URI, a single use of each code, and the code verifier against the challenge.
 */
public final class TestIdentityProvider implements AutoCloseable {

    public static final String AUDIENCE = "borderlink";

    /** What a finished code exchange looked like, for tests to check the client used PKCE. */
    public record Exchange(String challengeMethod, boolean verifierMatched) {}

    private record Grant(
            Map<String, Object> claims, String clientId, String redirectUri, String nonce, String challenge) {}

    private final HttpServer server;
    private final String issuer;
    private final String clientId;
    private final RSAKey key;
    private final NimbusJwtEncoder encoder;
    private final JsonMapper json = JsonMapper.builder().build();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Map<String, Object>> people = new ConcurrentHashMap<>();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    private final List<String> endedSessions = new CopyOnWriteArrayList<>();
    private volatile String redirectUri = "";
    private volatile String postLogoutRedirectUri = "";

    private TestIdentityProvider(String clientId) throws IOException {
        this.clientId = clientId;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/borderlink";
        RSAPublicKey publicKey = (RSAPublicKey) keyOf("oidc/idp-public.pem", false);
        RSAPrivateKey privateKey = (RSAPrivateKey) keyOf("oidc/idp-private.pem", true);
        key = new RSAKey.Builder(publicKey)
                .privateKey(privateKey)
                .keyID("it-key")
                .build();
        encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        String realm = URI.create(issuer).getPath();
        server.createContext(realm + "/.well-known/openid-configuration", failingLoudly(this::discovery));
        server.createContext(realm + "/auth", failingLoudly(this::authorize));
        server.createContext(realm + "/token", failingLoudly(this::token));
        server.createContext(realm + "/certs", failingLoudly(this::keys));
        server.createContext(realm + "/logout", failingLoudly(this::logout));
        server.start();
    }

    /** Starts a provider on a free loopback port that knows the one client {@code clientId}. */
    public static TestIdentityProvider start(String clientId) {
        try {
            return new TestIdentityProvider(clientId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String issuer() {
        return issuer;
    }

    /** The addresses the client registered, known once the application's port is: after sign-in and sign-out. */
    public void redirectUris(String afterSignIn, String afterSignOut) {
        this.redirectUri = afterSignIn;
        this.postLogoutRedirectUri = afterSignOut;
    }

    /** A person who can sign in here by typing {@code login}, and the claims the provider then asserts. */
    public void person(String login, Map<String, Object> claims) {
        people.put(login, Map.copyOf(claims));
    }

    public List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** The users whose session here a client ended (RP-initiated logout), by the ID token it sent as a hint. */
    public List<String> endedSessions() {
        return List.copyOf(endedSessions);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---- endpoints ----------------------------------------------------------------------------------------------

    private void discovery(HttpExchange exchange) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("authorization_endpoint", issuer + "/auth");
        document.put("token_endpoint", issuer + "/token");
        document.put("jwks_uri", issuer + "/certs");
        document.put("end_session_endpoint", issuer + "/logout");
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        document.put("token_endpoint_auth_methods_supported", List.of("none"));
        document.put("scopes_supported", List.of("openid", "profile"));
        send(exchange, 200, "application/json", json.writeValueAsString(document));
    }

    private void keys(HttpExchange exchange) throws IOException {
        send(
                exchange,
                200,
                "application/json",
                json.writeValueAsString(Map.of("keys", List.of(key.toPublicJWK().toJSONObject()))));
    }

    /** GET shows the sign-in page; POST (the page's form) grants a code or reports the cancellation. */
    private void authorize(HttpExchange exchange) throws IOException {
        boolean submitted = "POST".equals(exchange.getRequestMethod());
        Map<String, String> asked = submitted ? form(exchange) : query(exchange.getRequestURI());
        if (!clientId.equals(asked.get("client_id")) || !redirectUri.equals(asked.get("redirect_uri"))) {
            // never redirect to an address the client did not register
            send(exchange, 400, "text/plain", "unknown client or redirect URI");
            return;
        }
        String state = asked.getOrDefault("state", "");
        if (!"code".equals(asked.get("response_type"))
                || !"S256".equals(asked.get("code_challenge_method"))
                || asked.getOrDefault("code_challenge", "").isEmpty()) {
            redirect(exchange, asked.get("redirect_uri"), Map.of("error", "invalid_request", "state", state));
            return;
        }
        if (!submitted) {
            send(exchange, 200, "text/html", signInPage(asked));
            return;
        }
        if ("cancel".equals(asked.get("action"))) {
            redirect(exchange, asked.get("redirect_uri"), Map.of("error", "access_denied", "state", state));
            return;
        }
        Map<String, Object> claims = people.get(asked.getOrDefault("login", ""));
        if (claims == null) {
            send(
                    exchange,
                    200,
                    "text/html",
                    signInPage(asked).replace("<h1>", "<p id=\"idp-error\">Unknown user</p><h1>"));
            return;
        }
        String code = randomText();
        codes.put(
                code,
                new Grant(
                        claims,
                        asked.get("client_id"),
                        asked.get("redirect_uri"),
                        asked.getOrDefault("nonce", ""),
                        asked.get("code_challenge")));
        redirect(exchange, asked.get("redirect_uri"), Map.of("code", code, "state", state));
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> asked = form(exchange);
        Grant grant = codes.remove(asked.getOrDefault("code", ""));
        if (grant == null
                || !"authorization_code".equals(asked.get("grant_type"))
                || !grant.clientId().equals(asked.get("client_id"))
                || !grant.redirectUri().equals(asked.get("redirect_uri"))) {
            send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        boolean matched = s256(asked.getOrDefault("code_verifier", "")).equals(grant.challenge());
        exchanges.add(new Exchange("S256", matched));
        if (!matched) {
            send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        Instant now = Instant.now();
        Map<String, Object> idClaims = new LinkedHashMap<>(grant.claims());
        idClaims.put("aud", List.of(grant.clientId()));
        idClaims.put("nonce", grant.nonce());
        idClaims.put("azp", grant.clientId());
        Map<String, Object> accessClaims = new LinkedHashMap<>(grant.claims());
        accessClaims.put("aud", List.of(AUDIENCE));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", sign(accessClaims, now));
        answer.put("token_type", "Bearer");
        answer.put("expires_in", 300);
        answer.put("id_token", sign(idClaims, now));
        answer.put("scope", "openid profile");
        send(exchange, 200, "application/json", json.writeValueAsString(answer));
    }

    /** RP-initiated logout: ends the session of the ID token's user and returns to the client's registered page. */
    private void logout(HttpExchange exchange) throws IOException {
        Map<String, String> asked = query(exchange.getRequestURI());
        String hint = asked.getOrDefault("id_token_hint", "");
        if (!postLogoutRedirectUri.equals(asked.get("post_logout_redirect_uri"))
                || !clientId.equals(asked.get("client_id"))
                || hint.isEmpty()) {
            send(exchange, 400, "text/plain", "unknown client, redirect URI or user");
            return;
        }
        String[] parts = hint.split("\\.");
        Map<?, ?> claims = json.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
        endedSessions.add(String.valueOf(claims.get("preferred_username")));
        redirect(exchange, postLogoutRedirectUri, Map.of());
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** The JDK server drops the connection on a handler's exception without a word: say what broke. */
    private static HttpHandler failingLoudly(HttpHandler handler) {
        return exchange -> {
            try {
                handler.handle(exchange);
            } catch (IOException | RuntimeException e) {
                System.err.println("Test identity provider failed on "
                        + exchange.getRequestURI().getPath());
                e.printStackTrace();
                send(exchange, 500, "text/plain", "test identity provider failed: " + e);
            }
        };
    }

    private String sign(Map<String, Object> claims, Instant now) {
        JwtClaimsSet.Builder set = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject("subject-" + claims.getOrDefault("preferred_username", "unnamed"))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(300));
        claims.forEach(set::claim);
        // the encoder names its key's id in the header, as the key set does
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, set.build())).getTokenValue();
    }

    private static String signInPage(Map<String, String> asked) {
        StringBuilder hidden = new StringBuilder();
        for (String name : List.of(
                "client_id",
                "redirect_uri",
                "response_type",
                "scope",
                "state",
                "nonce",
                "code_challenge",
                "code_challenge_method")) {
            hidden.append("<input type=\"hidden\" name=\"")
                    .append(name)
                    .append("\" value=\"")
                    .append(HtmlUtils.htmlEscape(asked.getOrDefault(name, "")))
                    .append("\">");
        }
        return "<!doctype html><html><head><title>Test identity provider</title></head><body>"
                + "<h1>Test identity provider</h1><form method=\"post\">" + hidden
                + "<label>Login <input id=\"idp-login\" name=\"login\"></label>"
                + "<button id=\"idp-sign-in\" name=\"action\" value=\"sign-in\">Sign in</button>"
                + "<button id=\"idp-cancel\" name=\"action\" value=\"cancel\">Cancel</button>"
                + "</form></body></html>";
    }

    private String randomText() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return pairs(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Map<String, String> query(URI uri) {
        return pairs(uri.getRawQuery() == null ? "" : uri.getRawQuery());
    }

    private static Map<String, String> pairs(String encoded) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(name, value);
        }
        return out;
    }

    private static void redirect(HttpExchange exchange, String target, Map<String, String> parameters)
            throws IOException {
        StringBuilder location = new StringBuilder(target);
        char separator = target.contains("?") ? '&' : '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            location.append(separator)
                    .append(parameter.getKey())
                    .append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        exchange.getResponseHeaders().set("Location", location.toString());
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static java.security.Key keyOf(String resource, boolean isPrivate) {
        try (InputStream in = TestIdentityProvider.class.getClassLoader().getResourceAsStream(resource)) {
            byte[] der = Base64.getDecoder()
                    .decode(new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                            .replaceAll("-----[A-Z ]+-----", "")
                            .replaceAll("\\s", ""));
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return isPrivate
                    ? rsa.generatePrivate(new PKCS8EncodedKeySpec(der))
                    : rsa.generatePublic(new X509EncodedKeySpec(der));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("test key " + resource, e);
        }
    }
}
