package org.borderlink.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.borderlink.api.config.BorderlinkProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what (design §5): everything but health, login, the API description and the UI's static files needs
 * an authenticated user; roles gate endpoints through {@code @PreAuthorize} on the controllers; what a user may
 * <em>see</em> is decided by their audience tokens in every query, never here.
 *
 * <p>Browser sessions (form login) are protected against cross-site request forgery; API clients that send their
 * credentials on every request carry no ambient authority and are exempt.
 */
@Configuration(proxyBeanMethods = false)
// the command-line tools run the application without a web server: nothing to secure there
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String[] OPEN = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/login",
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

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JsonMapper json) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        http.authorizeHttpRequests(authorize ->
                        authorize.requestMatchers(OPEN).permitAll().anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .formLogin(Customizer.withDefaults())
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(SecurityConfiguration::carriesNoAmbientAuthority))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
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

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LocalAccounts localAccounts(SecurityProperties security, BorderlinkProperties borderlink) {
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
}
