package org.borderlink.api.security;

import com.nimbusds.jose.RemoteKeySourceException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.JWTProcessor;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Logs a bearer token in with one parse and one verification: the token is parsed once, the issuer it names picks whose
 * keys and rules apply (the API's own tokens, or the configured OIDC issuer's), and that same parsed token is verified,
 * validated and mapped to its user. Not a signed JWT, an issuer not trusted here, a signature or claim that does not
 * hold: 401 ({@link InvalidBearerTokenException}).
 *
 * <p>Spring Security's {@code JwtIssuerAuthenticationManagerResolver} routes by issuer the same way but parses every
 * token twice, once to read the issuer and again in the issuer's decoder; on a light request that was a visible share
 * of the CPU. Verification itself is Nimbus's, set up by Spring Security's {@link NimbusJwtDecoder} builders ({@link
 * #processor}), and errors are mapped as {@code NimbusJwtDecoder} and {@code JwtAuthenticationProvider} map them.
 */
final class BearerTokens implements AuthenticationManager {

    private final Map<String, Issuer> issuers;

    BearerTokens(List<Issuer> trusted) {
        this.issuers = trusted.stream().collect(Collectors.toUnmodifiableMap(Issuer::name, Function.identity()));
    }

    /**
     * Whose tokens are accepted and how they are checked.
     *
     * @param name the {@code iss} of its tokens
     * @param processor verifies the signature of a parsed token with the issuer's keys and algorithms
     * @param claims turns the verified claims into those of a {@link Jwt} (dates as instants)
     * @param validator the rules the claims must meet (expiry, issuer, audience, …)
     * @param user the user a valid token logs in; throws {@link InvalidBearerTokenException} for none
     */
    record Issuer(
            String name,
            JWTProcessor<SecurityContext> processor,
            Converter<Map<String, Object>, Map<String, Object>> claims,
            OAuth2TokenValidator<Jwt> validator,
            Function<Jwt, BorderlinkUser> user) {}

    /**
     * The processor a {@link NimbusJwtDecoder} builder sets up, to verify tokens that are already parsed: {@code build}
     * hands the given customizer to the builder's {@code jwtProcessorCustomizer} and builds.
     */
    static JWTProcessor<SecurityContext> processor(
            Function<Consumer<ConfigurableJWTProcessor<SecurityContext>>, NimbusJwtDecoder> build) {
        AtomicReference<ConfigurableJWTProcessor<SecurityContext>> built = new AtomicReference<>();
        build.apply(built::set);
        if (built.get() == null) throw new IllegalStateException("the decoder builder set up no JWT processor");
        return built.get();
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        BearerTokenAuthenticationToken bearer = (BearerTokenAuthenticationToken) authentication;
        try {
            SignedJWT jwt = parse(bearer.getToken());
            Issuer issuer = issuers.get(issuerOf(jwt));
            if (issuer == null) throw new InvalidBearerTokenException("Invalid issuer");
            Jwt verified;
            try {
                verified = verify(issuer, bearer.getToken(), jwt);
            } catch (BadJwtException e) {
                throw new InvalidBearerTokenException(e.getMessage(), e);
            } catch (JwtException e) {
                throw new AuthenticationServiceException(e.getMessage(), e);
            }
            UserAuthentication user =
                    new UserAuthentication(verified, issuer.user().apply(verified));
            user.setDetails(bearer.getDetails());
            return user;
        } catch (AuthenticationException e) {
            e.setAuthenticationRequest(bearer);
            throw e;
        }
    }

    private static SignedJWT parse(String token) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException | RuntimeException e) {
            throw new InvalidBearerTokenException("Malformed token", e);
        }
        // unsigned (alg none) and encrypted tokens: no issuer here signs or encrypts them so
        if (!(jwt instanceof SignedJWT signed)) throw new InvalidBearerTokenException("Not a signed token");
        return signed;
    }

    private static String issuerOf(SignedJWT jwt) {
        @Nullable String issuer;
        try {
            issuer = jwt.getJWTClaimsSet().getIssuer();
        } catch (ParseException | RuntimeException e) {
            throw new InvalidBearerTokenException("Malformed payload", e);
        }
        if (issuer == null) throw new InvalidBearerTokenException("Missing issuer");
        return issuer;
    }

    /** What {@code NimbusJwtDecoder.decode} does after parsing, on the token parsed here. */
    private static Jwt verify(Issuer issuer, String token, SignedJWT parsed) {
        Jwt jwt;
        try {
            JWTClaimsSet claims = issuer.processor().process(parsed, null);
            Map<String, Object> headers = parsed.getHeader().toJSONObject();
            Map<String, Object> converted = issuer.claims().convert(claims.getClaims());
            jwt = Jwt.withTokenValue(token)
                    .headers(h -> h.putAll(headers))
                    .claims(c -> c.putAll(converted))
                    .build();
        } catch (RemoteKeySourceException e) {
            throw new JwtException(e.getCause() instanceof ParseException ? "Malformed Jwk set" : e.getMessage(), e);
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new JwtException(e.getMessage(), e);
        } catch (Exception e) {
            // a bad signature, an algorithm or key not expected, claims that cannot be read
            throw new BadJwtException(e.getCause() instanceof ParseException ? "Malformed payload" : e.getMessage(), e);
        }
        OAuth2TokenValidatorResult result = issuer.validator().validate(jwt);
        if (result.hasErrors()) {
            String description = result.getErrors().stream()
                    .map(OAuth2Error::getDescription)
                    .filter(d -> d != null && !d.isEmpty())
                    .findFirst()
                    .orElse("Unable to validate Jwt");
            throw new JwtValidationException(description, result.getErrors());
        }
        return jwt;
    }
}
