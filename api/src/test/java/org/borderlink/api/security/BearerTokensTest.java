package org.borderlink.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.JWTProcessor;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.borderlink.graph.model.AgencyId;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * A bearer token is parsed and verified once, by the issuer it names, and only a token that issuer signed and whose
 * claims hold logs anyone in.
 */
class BearerTokensTest {

    private static final byte[] KEY = new byte[32];
    private static final String OIDC = "https://idp.borderlink.test/realms/borderlink";
    private static final KeyPair OIDC_KEYS = rsa();
    private static final LocalAccounts ACCOUNTS = LocalTokensTest.ACCOUNTS;

    private final LocalTokens local = new LocalTokens(
            new SecurityProperties.Token(Base64.getEncoder().encodeToString(KEY), Duration.ofMinutes(15)),
            Clock.systemUTC());

    /** Counts what the issuer's processor is asked to verify. */
    private static final class Counting implements JWTProcessor<SecurityContext> {
        private final JWTProcessor<SecurityContext> delegate;
        final List<Object> verified = new ArrayList<>();

        Counting(JWTProcessor<SecurityContext> delegate) {
            this.delegate = delegate;
        }

        @Override
        public JWTClaimsSet process(String token, SecurityContext context)
                throws ParseException, BadJOSEException, JOSEException {
            verified.add(token);
            return delegate.process(token, context);
        }

        @Override
        public JWTClaimsSet process(JWT jwt, SecurityContext context) throws BadJOSEException, JOSEException {
            verified.add(jwt);
            return delegate.process(jwt, context);
        }

        @Override
        public JWTClaimsSet process(PlainJWT jwt, SecurityContext context) throws BadJOSEException, JOSEException {
            verified.add(jwt);
            return delegate.process(jwt, context);
        }

        @Override
        public JWTClaimsSet process(SignedJWT jwt, SecurityContext context) throws BadJOSEException, JOSEException {
            verified.add(jwt);
            return delegate.process(jwt, context);
        }

        @Override
        public JWTClaimsSet process(EncryptedJWT jwt, SecurityContext context) throws BadJOSEException, JOSEException {
            verified.add(jwt);
            return delegate.process(jwt, context);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BearerTokens.Issuer oidc() {
        return new BearerTokens.Issuer(
                OIDC,
                BearerTokens.processor(
                        customizer -> NimbusJwtDecoder.withPublicKey((RSAPublicKey) OIDC_KEYS.getPublic())
                                .jwtProcessorCustomizer(customizer)
                                .build()),
                MappedJwtClaimSetConverter.withDefaults(Map.of()),
                JwtValidators.createDefaultWithIssuer(OIDC),
                jwt -> new BorderlinkUser(
                        jwt.getSubject(),
                        AgencyId.of("AL-ASP"),
                        new TreeSet<>(Set.of("WB")),
                        Set.of(UserRole.INVESTIGATOR),
                        new TreeSet<>()));
    }

    private BearerTokens bearerTokens() {
        return new BearerTokens(List.of(local.issuer(ACCOUNTS), oidc()));
    }

    private static Authentication logIn(BearerTokens tokens, String token) {
        return tokens.authenticate(new BearerTokenAuthenticationToken(token));
    }

    private static JWTClaimsSet.Builder claims(String issuer, String subject, Instant expires) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(LocalTokens.AUDIENCE)
                .subject(subject)
                .issueTime(Date.from(expires.minus(Duration.ofMinutes(15))))
                .expirationTime(Date.from(expires));
    }

    private static String sign(JWSAlgorithm algorithm, JWSSigner signer, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmac(byte[] key, JWTClaimsSet claims) {
        try {
            return sign(JWSAlgorithm.HS256, new MACSigner(key), claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String oidcSigned(JWTClaimsSet claims) {
        return sign(JWSAlgorithm.RS256, new RSASSASigner(OIDC_KEYS.getPrivate()), claims);
    }

    @Test
    void eachTokenIsParsedOnceAndVerifiedOnceByTheIssuerItNames() {
        BearerTokens.Issuer issuer = local.issuer(ACCOUNTS);
        Counting counting = new Counting(issuer.processor());
        BearerTokens tokens = new BearerTokens(List.of(
                new BearerTokens.Issuer(issuer.name(), counting, issuer.claims(), issuer.validator(), issuer.user()),
                oidc()));
        String token = local.issue(ACCOUNTS.user("rs-investigator")).token();

        for (int request = 0; request < 3; request++) {
            assertThat(CurrentUser.of(logIn(tokens, token)).orElseThrow().username())
                    .isEqualTo("rs-investigator");
        }

        assertThat(counting.verified)
                .as("one verification per request, of the token as parsed for its issuer (never parsed again)")
                .hasSize(3)
                .allSatisfy(verified -> assertThat(verified).isInstanceOf(SignedJWT.class));
    }

    @Test
    void eachIssuersTokensLogInTheirUsers() {
        BearerTokens tokens = bearerTokens();
        Instant later = Instant.now().plusSeconds(300);

        assertThat(CurrentUser.of(logIn(
                        tokens, local.issue(ACCOUNTS.user("rs-investigator")).token())))
                .hasValueSatisfying(u -> assertThat(u.username()).isEqualTo("rs-investigator"));
        assertThat(CurrentUser.of(
                        logIn(tokens, oidcSigned(claims(OIDC, "e.hoxha", later).build()))))
                .hasValueSatisfying(u -> assertThat(u.agency()).isEqualTo(AgencyId.of("AL-ASP")));
    }

    @Test
    void aTokenIsRefusedUnlessTheIssuerItNamesSignedItAndItsClaimsHold() {
        BearerTokens tokens = bearerTokens();
        Instant later = Instant.now().plusSeconds(300);
        String good = local.issue(ACCOUNTS.user("rs-investigator")).token();
        String[] parts = good.split("\\.");
        String otherSubject = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(new String(Base64.getUrlDecoder().decode(parts[1]))
                        .replace("rs-investigator", "rs-investigatoR")
                        .getBytes());
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;

        Map<String, String> refused = new LinkedHashMap<>();
        refused.put(
                "expired",
                hmac(
                        KEY,
                        claims(
                                        LocalTokens.ISSUER,
                                        "rs-investigator",
                                        Instant.now().minusSeconds(120))
                                .build()));
        refused.put("claims changed after signing", parts[0] + "." + otherSubject + "." + parts[2]);
        refused.put("signature cut off", parts[0] + "." + parts[1] + ".");
        refused.put(
                "signed with another key",
                hmac(
                        otherKey,
                        claims(LocalTokens.ISSUER, "rs-investigator", later).build()));
        refused.put(
                "unsigned",
                new PlainJWT(claims(LocalTokens.ISSUER, "rs-investigator", later)
                                .build())
                        .serialize());
        refused.put(
                "names the API but is signed with the OIDC issuer's key",
                oidcSigned(claims(LocalTokens.ISSUER, "rs-investigator", later).build()));
        refused.put(
                "names the OIDC issuer but is signed with the API's key",
                hmac(KEY, claims(OIDC, "e.hoxha", later).build()));
        refused.put(
                "another audience",
                hmac(
                        KEY,
                        claims(LocalTokens.ISSUER, "rs-investigator", later)
                                .audience("another-app")
                                .build()));
        refused.put(
                "an account that no longer exists",
                hmac(KEY, claims(LocalTokens.ISSUER, "gone", later).build()));
        refused.put(
                "no issuer",
                hmac(
                        KEY,
                        claims(LocalTokens.ISSUER, "rs-investigator", later)
                                .issuer(null)
                                .build()));
        refused.put(
                "an issuer not trusted here",
                hmac(
                        KEY,
                        claims("https://evil.example", "rs-investigator", later).build()));
        refused.put("not a JWT", "opaque-token-value");

        refused.forEach((why, token) ->
                assertThatThrownBy(() -> logIn(tokens, token)).as(why).isInstanceOf(InvalidBearerTokenException.class));
    }
}
