package org.borderlink.api.security;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.JWTProcessor;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * The API's own bearer tokens for local accounts: short-lived JWTs signed with HMAC-SHA-256. A token says only who
 * logged in and until when; each request looks the account up again, so a removed account or a changed role takes
 * effect at once, and no token outlives {@code borderlink.security.token.lifetime}.
 */
final class LocalTokens {

    /** The {@code iss} of the API's own tokens, told apart from an OIDC issuer's. */
    static final String ISSUER = "urn:borderlink:local";

    static final String AUDIENCE = "borderlink-api";

    private static final Logger log = LoggerFactory.getLogger(LocalTokens.class);

    private final NimbusJwtEncoder encoder;
    private final JWTProcessor<SecurityContext> verifier;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Duration lifetime;
    private final Clock clock;

    LocalTokens(SecurityProperties.Token settings, Clock clock) {
        SecretKey key = new SecretKeySpec(secret(settings), "HmacSHA256");
        this.encoder = NimbusJwtEncoder.withSecretKey(key).build();
        this.verifier = BearerTokens.processor(customizer -> NimbusJwtDecoder.withSecretKey(key)
                .macAlgorithm(MacAlgorithm.HS256)
                .jwtProcessorCustomizer(customizer)
                .build());
        OAuth2TokenValidator<Jwt> audience =
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(AUDIENCE));
        this.validator = new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(ISSUER), audience);
        this.lifetime = settings.lifetime();
        this.clock = clock;
    }

    private static byte[] secret(SecurityProperties.Token settings) {
        if (settings.secret() != null && !settings.secret().isBlank()) {
            byte[] secret = Base64.getDecoder().decode(settings.secret().strip());
            if (secret.length < 32) {
                throw new IllegalArgumentException(
                        "borderlink.security.token.secret must be at least 32 bytes (base64)");
            }
            return secret;
        }
        log.info("API tokens are signed with a key drawn at start: they end with this instance. Set"
                + " borderlink.security.token.secret to share them between instances and restarts");
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    /** A token for {@code user}, valid for the configured lifetime. */
    Issued issue(BorderlinkUser user) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE))
                .subject(user.username())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .id(UUID.randomUUID().toString())
                .build();
        Jwt jwt = encoder.encode(
                JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims));
        return new Issued(jwt.getTokenValue(), lifetime);
    }

    record Issued(String token, Duration lifetime) {}

    /**
     * How the API's own tokens are checked, each mapped to the local account it names as it is now: an HMAC-SHA-256
     * signature with this key, then expiry, issuer and audience.
     */
    BearerTokens.Issuer issuer(LocalAccounts accounts) {
        return new BearerTokens.Issuer(ISSUER, verifier, LocalTokens::claims, validator, jwt -> {
            try {
                return accounts.user(jwt.getSubject());
            } catch (UsernameNotFoundException e) {
                throw new InvalidBearerTokenException("The token's account no longer exists");
            }
        });
    }

    /**
     * The claims of a verified token as a {@link Jwt} holds them. These tokens carry only what {@link #issue} puts in
     * them — strings, the audience list, and dates, which become instants — so they need none of the general claim
     * conversion an OIDC issuer's tokens go through (a conversion service lookup per claim on every request).
     */
    static Map<String, Object> claims(Map<String, Object> verified) {
        Map<String, Object> claims = new HashMap<>(verified);
        claims.replaceAll((name, value) -> value instanceof Date date ? date.toInstant() : value);
        return claims;
    }
}
