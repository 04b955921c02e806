package org.borderlink.api.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

/**
 * Everything under {@code borderlink.security}.
 *
 * @param users local accounts (the embedded default's way to log in); passwords only as bcrypt hashes
 * @param demoAccountsFile where the demo's generated accounts and passwords are written, when the demo is on and no
 *     account is configured
 * @param token the API's own bearer tokens ({@code POST /api/v1/auth/token})
 * @param oidc an OpenID Connect issuer whose access tokens are accepted (production)
 * @param rateLimit per-user limits of this instance
 * @param maxRequestSize largest request body of any API call except bulk uploads
 * @param bulkUploadPaths {@code POST} paths that read large bodies under their own limit (ingest)
 */
@ConfigurationProperties("borderlink.security")
public record SecurityProperties(
        @DefaultValue List<Account> users,
        Path demoAccountsFile,
        @DefaultValue Token token,
        @DefaultValue Oidc oidc,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue("1MB") DataSize maxRequestSize,
        @DefaultValue("/api/v1/reports") List<String> bulkUploadPaths) {

    /**
     * One local account.
     *
     * @param passwordHash bcrypt hash ({@code {bcrypt}$2a$…} or {@code $2a$…}); plain passwords are refused
     * @param agency the agency the user acts for, e.g. {@code RS-MUP}
     * @param communities sharing communities, e.g. {@code WB}
     * @param ingestFor agencies whose reports the account may submit; empty means its own agency
     */
    public record Account(
            String username,
            String passwordHash,
            String agency,
            List<UserRole> roles,
            @DefaultValue("WB") List<String> communities,
            @DefaultValue List<String> ingestFor,
            @Nullable String displayName) {}

    /**
     * The API's own tokens: HMAC-SHA-256-signed JWTs for local accounts, so an API client pays for one bcrypt check per
     * token instead of one per request.
     *
     * @param secret signing key (base64, at least 32 bytes); every instance behind one load balancer needs the same.
     *     Unset: a key drawn at start, so tokens end with the instance
     * @param lifetime how long a token is valid; it cannot be revoked before, so keep it short
     */
    public record Token(
            @Nullable String secret, @DefaultValue("15m") Duration lifetime) {}

    /**
     * An OIDC issuer (e.g. Keycloak) whose JWT access tokens log users in. Claim names are paths: {@code
     * realm_access.roles} reads {@code roles} inside {@code realm_access}.
     *
     * @param issuerUri the issuer ({@code iss}) accepted; unset, no OIDC tokens are accepted
     * @param jwkSetUri where its signing keys are published; unset, found through the issuer's discovery document
     * @param publicKeyLocation a fixed RSA public key (PEM) instead of a key set
     * @param audience if set, the {@code aud} a token must name
     * @param usernameClaim the user's id
     * @param agencyClaim the agency the user acts for, e.g. {@code RS-MUP}
     * @param countryClaim the agency's country; when present it must agree with the agency
     * @param communitiesClaim sharing communities, e.g. {@code ["WB"]}
     * @param rolesClaim roles, the names of {@link UserRole} in any case
     * @param ingestForClaim agencies whose reports the user may submit; absent means their own
     * @param clientId this application's client id at the issuer; set, people sign in through the issuer in the
     *     browser (authorization code flow with PKCE); the claims above must then be in the ID token or user info
     * @param clientSecret the client's secret, for a confidential client; unset, a public client (PKCE alone)
     * @param scopes the scopes asked for at sign-in
     * @param loginLabel the sign-in button's text, e.g. the name of the agencies' identity provider
     */
    public record Oidc(
            @Nullable String issuerUri,
            @Nullable String jwkSetUri,
            @Nullable Resource publicKeyLocation,
            @Nullable String audience,
            @DefaultValue("preferred_username") String usernameClaim,
            @DefaultValue("agency") String agencyClaim,
            @DefaultValue("country") String countryClaim,
            @DefaultValue("communities") String communitiesClaim,
            @DefaultValue("realm_access.roles") String rolesClaim,
            @DefaultValue("ingest_for") String ingestForClaim,
            @Nullable String clientId,
            @Nullable String clientSecret,
            @DefaultValue({"openid", "profile"}) List<String> scopes,

            @DefaultValue("Sign in with your agency account")
            String loginLabel) {}

    /**
     * Limits kept in memory by each instance (so behind a load balancer of n instances a user gets up to n times as
     * many): failed logins per user name and per client address, and searches per user.
     *
     * @param loginFailures failed logins allowed per user name per {@code loginWindow}; beyond, every login of that
     *     name is answered 429 until the window lets one more
     * @param clientLoginFailures the same per client address, higher because many users may share one address
     * @param searches search and hit/no-hit requests per user per {@code searchWindow}
     * @param searchPaths the paths counted as searches
     */
    public record RateLimit(
            @DefaultValue("10") int loginFailures,
            @DefaultValue("100") int clientLoginFailures,
            @DefaultValue("5m") Duration loginWindow,
            @DefaultValue("60") int searches,
            @DefaultValue("1m") Duration searchWindow,

            @DefaultValue({"/api/v1/search", "/api/v1/search/**", "/api/v1/hits", "/api/v1/hits/**"})
            List<String> searchPaths) {}
}
