package org.borderlink.api.security;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.JWTProcessor;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.borderlink.api.config.BorderlinkProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what (design §5): everything but health, login, the API description and the UI's static files needs
 * an authenticated user; roles gate endpoints through {@code @PreAuthorize} on the controllers; what a user may
 * <em>see</em> is decided by their audience tokens in every query, never here.
 *
 * <p>Ways in: local accounts by form login (browser session) or HTTP Basic; bearer tokens, either the API's own
 * ({@code POST /api/v1/auth/token}) or, in production, an OIDC issuer's ({@code borderlink.security.oidc.*}); and in
 * production the browser sign-in through that issuer ({@link OidcLogin}).
 *
 * <p>Browser sessions (form login) are protected against cross-site request forgery; API clients that send their
 * credentials on every request carry no ambient authority and are exempt. Every response carries a content security
 * policy without inline script (Swagger UI may use inline styles), frame denial and
 * {@code nosniff}; failed logins and searches are rate-limited per user; request bodies are size-limited.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String[] OPEN = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/login",
        SignInMethodsController.PATH,
        "/error",
        "/",
        "/index.html",
        "/favicon.ico",
        "/app/**",
        "/webjars/**",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**"
    };

    /** No inline script, no plug-ins, no framing, nothing from elsewhere: the UI is served whole by this app. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI sets inline styles; its scripts stay external. */
    static final String INLINE_STYLE_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

    private final SecurityProperties security;

    SecurityConfiguration(SecurityProperties security) {
        this.security = security;
    }

    /** Only with a web server: command-line runs serve no requests (and have no {@code HttpSecurity}). */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            JsonMapper json,
            LocalAccounts accounts,
            LocalTokens tokens,
            AuthenticationEventPublisher authenticationEvents,
            LoginThrottle throttle)
            throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        AuthenticationManagerResolver<HttpServletRequest> bearer =
                reportingFailures(bearerTokens(accounts, tokens), authenticationEvents);
        http.authorizeHttpRequests(authorize ->
                        authorize.requestMatchers(OPEN).permitAll().anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .formLogin(Customizer.withDefaults())
                .oauth2ResourceServer(resource -> resource.authenticationManagerResolver(bearer)
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(
                                new BrowserCsrfTokens(SecurityConfiguration::carriesNoAmbientAuthority))
                        .ignoringRequestMatchers(SecurityConfiguration::carriesNoAmbientAuthority))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .addHeaderWriter(swaggerUiPolicy())
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .requestCache(cache -> cache.requestCache(new MarkedSavedRequests()))
                .addFilterBefore(throttle.filter(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(
                        new RequestSizeLimit(security.maxRequestSize().toBytes(), security.bulkUploadPaths(), problems),
                        UsernamePasswordAuthenticationFilter.class);
        if (OidcLogin.enabled(security.oidc()))
            new OidcLogin(security.oidc(), authenticationEvents, json).configure(http);
        return http.build();
    }

    /**
     * Replaces the strict policy on Swagger UI, which sets inline styles. Added header writers run after the built-in
     * ones, and the later {@code setHeader} wins.
     */
    private static HeaderWriter swaggerUiPolicy() {
        RequestMatcher pages = new OrRequestMatcher(
                PathPatternRequestMatcher.pathPattern("/swagger-ui/**"),
                PathPatternRequestMatcher.pathPattern("/swagger-ui.html"));
        HeaderWriter relaxed =
                (request, response) -> response.setHeader("Content-Security-Policy", INLINE_STYLE_POLICY);
        return new DelegatingRequestMatcherHeaderWriter(pages, relaxed);
    }

    /**
     * Every refused bearer token is reported as a failed login (audit, throttle), also one refused before it was
     * verified: not a JWT, or of an issuer not trusted here.
     */
    private static AuthenticationManagerResolver<HttpServletRequest> reportingFailures(
            AuthenticationManager manager, AuthenticationEventPublisher events) {
        AuthenticationManager reporting = authentication -> {
            try {
                return manager.authenticate(authentication);
            } catch (AuthenticationException e) {
                events.publishAuthenticationFailure(e, authentication);
                throw e;
            }
        };
        return request -> reporting;
    }

    /** The bearer tokens accepted, by issuer: the API's own, and the configured OIDC issuer's if any. */
    private BearerTokens bearerTokens(LocalAccounts accounts, LocalTokens tokens) {
        List<BearerTokens.Issuer> issuers = new ArrayList<>();
        issuers.add(tokens.issuer(accounts));
        BearerTokens.Issuer oidc = oidcIssuer();
        if (oidc != null) issuers.add(oidc);
        return new BearerTokens(issuers);
    }

    private BearerTokens.@Nullable Issuer oidcIssuer() {
        SecurityProperties.Oidc oidc = security.oidc();
        if (oidc.issuerUri() == null || oidc.issuerUri().isBlank()) return null;
        JWTProcessor<SecurityContext> processor;
        if (oidc.publicKeyLocation() != null) {
            RSAPublicKey key = publicKey(oidc);
            processor = BearerTokens.processor(customizer -> NimbusJwtDecoder.withPublicKey(key)
                    .jwtProcessorCustomizer(customizer)
                    .build());
        } else if (oidc.jwkSetUri() != null && !oidc.jwkSetUri().isBlank()) {
            processor = BearerTokens.processor(customizer -> NimbusJwtDecoder.withJwkSetUri(oidc.jwkSetUri())
                    .jwtProcessorCustomizer(customizer)
                    .build());
        } else {
            // the keys are looked up through the issuer's discovery document at the first token, not at start
            processor = BearerTokens.processor(customizer -> NimbusJwtDecoder.withIssuerLocation(oidc.issuerUri())
                    .jwtProcessorCustomizer(customizer)
                    .build());
        }
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(oidc.issuerUri()));
        if (oidc.audience() != null && !oidc.audience().isBlank()) {
            validators.add(
                    new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(oidc.audience())));
        }
        OidcUsers users = new OidcUsers(oidc);
        log.info("Accepting access tokens of the OIDC issuer {}", oidc.issuerUri());
        return new BearerTokens.Issuer(
                oidc.issuerUri(),
                processor,
                MappedJwtClaimSetConverter.withDefaults(Map.of()),
                new DelegatingOAuth2TokenValidator<>(validators),
                users::user);
    }

    private static RSAPublicKey publicKey(SecurityProperties.Oidc oidc) {
        try (InputStream in = oidc.publicKeyLocation().getInputStream()) {
            String pem = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "")
                    .replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "borderlink.security.oidc.public-key-location: not an RSA public key in PEM: "
                            + oidc.publicKeyLocation(),
                    e);
        }
    }

    /**
     * A request forged by another site can only abuse the session cookie the browser attaches to it. An API request
     * with its own credentials, or with no session at all, has nothing to abuse: it is authenticated on its own
     * (or answered 401), so it needs no CSRF token.
     */
    private static boolean carriesNoAmbientAuthority(HttpServletRequest request) {
        return request.getHeader("Authorization") != null
                || (request.getRequestedSessionId() == null
                        && request.getRequestURI().startsWith("/api/"));
    }

    /** Failed bearer tokens are reported like failed passwords, so the audit and the login throttle see them. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return publisher;
    }

    /**
     * Spring Security observes nothing. By default it wraps its filter chain, authentications and authorization
     * decisions (of the request and of each {@code @PreAuthorize}) in observations; switching those off by name
     * ({@code management.observations.enable}) left the wrappers in place, creating and discarding several observations
     * per request — CPU of every request for traces nobody reads. Who did what is in the audit trail.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** The default firewall, with its header checks written without regular expressions ({@link HeaderCharacters}). */
    @Bean
    HttpFirewall httpFirewall() {
        return HeaderCharacters.firewall();
    }

    @Bean
    LoginThrottle loginThrottle(ApplicationEventPublisher events, JsonMapper json) {
        return new LoginThrottle(security.rateLimit(), events, new ProblemResponses(json));
    }

    @Bean
    LocalTokens localTokens() {
        return new LocalTokens(security.token(), Clock.systemUTC());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LocalAccounts localAccounts(BorderlinkProperties borderlink) {
        List<SecurityProperties.Account> accounts = new ArrayList<>(security.users());
        if (accounts.isEmpty() && borderlink.demo()) {
            accounts.addAll(DemoAccounts.load(security.demoAccountsFile()));
            log.info(
                    "Demo accounts (one per role for {}, plus auditor and admin): user names and passwords are in {}",
                    DemoAccounts.AGENCIES,
                    security.demoAccountsFile().toAbsolutePath().normalize());
        } else if (accounts.isEmpty()) {
            log.warn("No local account is configured (borderlink.security.users): nobody can log in locally");
        }
        return new LocalAccounts(accounts);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SearchThrottle(security.rateLimit()))
                .addPathPatterns(security.rateLimit().searchPaths());
    }
}
