package org.borderlink.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Browser sign-in through the OIDC provider of {@code borderlink.security.oidc.*}: the authorization code flow with
 * PKCE, state and nonce, enabled when a client id is configured beside the issuer. The provider's ID token and user
 * info are mapped onto a {@link BorderlinkUser} by the same {@link OidcUsers} as its access tokens, so a browser user
 * and an API client with the same claims see exactly the same facts.
 *
 * <p>Success lands on the workspace; every failure lands on it too, with {@code ?signin=} and a reason the workspace
 * explains ({@code cancelled}, {@code refused}, {@code unavailable}, {@code failed}), never with the provider's own
 * message. Failures are reported like failed passwords, so the audit trail sees them. Signing out ends the provider's
 * session too, where the provider offers that.
 */
final class OidcLogin {

    private static final Logger log = LoggerFactory.getLogger(OidcLogin.class);

    static final String REGISTRATION_ID = "oidc";

    /** Where the browser starts a sign-in; the workspace links to it. */
    static final String START_PATH =
            OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/" + REGISTRATION_ID;

    /** The error code of claims that name no Borderlink user. */
    private static final String REFUSED = "borderlink_user_refused";

    private final SecurityProperties.Oidc oidc;
    private final OidcUsers users;
    private final AuthenticationEventPublisher events;
    private final JsonMapper json;
    private final OidcUserService provider = new OidcUserService();
    private final DiscoveredRegistration registrations;

    OidcLogin(SecurityProperties.Oidc oidc, AuthenticationEventPublisher events, JsonMapper json) {
        this.oidc = oidc;
        this.registrations = new DiscoveredRegistration(oidc);
        this.users = new OidcUsers(oidc);
        this.events = events;
        this.json = json;
    }

    /** Whether browser sign-in is configured: an issuer, and this application's client id there. */
    static boolean enabled(SecurityProperties.Oidc oidc) {
        return oidc.issuerUri() != null
                && !oidc.issuerUri().isBlank()
                && oidc.clientId() != null
                && !oidc.clientId().isBlank();
    }

    void configure(HttpSecurity http) throws Exception {
        http.logout(logout -> logout.logoutSuccessHandler(this::signedOut));
        http.oauth2Login(login -> login.clientRegistrationRepository(registrations)
                .userInfoEndpoint(info -> info.oidcUserService(this::loadUser))
                .defaultSuccessUrl("/", true)
                .failureHandler(this::failed)
                // a provider that cannot be reached fails the first step too: answer it like any failed sign-in
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(OidcLogin.this::failed);
                        return filter;
                    }
                }));
        log.info("Browser sign-in through the OIDC provider {} as client {}", oidc.issuerUri(), oidc.clientId());
    }

    /** The provider's user (ID token, and user info where the provider has it) as the Borderlink user it names. */
    private OidcUser loadUser(OidcUserRequest request) {
        OidcUser signedIn = provider.loadUser(request);
        try {
            return new OidcAccount(users.user(signedIn.getClaims()), signedIn.getIdToken(), signedIn.getUserInfo());
        } catch (OidcUsers.Refused e) {
            throw new OAuth2AuthenticationException(new OAuth2Error(REFUSED, e.getMessage(), null), e.getMessage());
        }
    }

    /**
     * After the Borderlink session has ended: a person who signed in through the provider goes on to end their session
     * there too (RP-initiated logout, where the provider offers it), so the next person at a shared workstation is
     * asked who they are. The workspace signs out with {@code fetch} and asks for JSON: it is told where to go next.
     */
    private void signedOut(
            HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication)
            throws IOException {
        String next = authentication != null && authentication.getPrincipal() instanceof OidcAccount account
                ? providerSignOut(request, account)
                : null;
        if (asksForJson(request)) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write(json.writeValueAsString(Map.of("next", next == null ? "/" : next)));
            return;
        }
        response.sendRedirect(next == null ? request.getContextPath() + "/login?logout" : next);
    }

    /** Whether the sign-out came from the workspace's {@code fetch}; a malformed Accept header is a browser's form. */
    private static boolean asksForJson(HttpServletRequest request) {
        try {
            return MediaType.APPLICATION_JSON.isPresentIn(
                    MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT)));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** The provider's end-session address for this person, or null if it has none (or cannot be reached now). */
    private @Nullable String providerSignOut(HttpServletRequest request, OidcAccount account) {
        Object endSession;
        try {
            ClientRegistration registration = registrations.findByRegistrationId(REGISTRATION_ID);
            endSession = registration == null
                    ? null
                    : registration
                            .getProviderDetails()
                            .getConfigurationMetadata()
                            .get("end_session_endpoint");
        } catch (RuntimeException e) {
            log.warn("Cannot end the provider's session after a sign-out: {}", e.getMessage());
            return null;
        }
        if (!(endSession instanceof String uri) || uri.isBlank()) return null;
        return UriComponentsBuilder.fromUriString(uri)
                .queryParam("id_token_hint", account.getIdToken().getTokenValue())
                .queryParam("client_id", oidc.clientId())
                .queryParam(
                        "post_logout_redirect_uri",
                        ServletUriComponentsBuilder.fromContextPath(request)
                                .path("/")
                                .toUriString())
                .build()
                .encode()
                .toUriString();
    }

    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String reason = reason(e);
        log.warn("An OIDC sign-in failed ({}): {}", reason, e.getMessage());
        // no user name was tried here: the failure counts against the client address, never against a local account
        events.publishAuthenticationFailure(e, new PreAuthenticatedAuthenticationToken(REGISTRATION_ID, null));
        response.sendRedirect(request.getContextPath() + "/?signin=" + reason);
    }

    private static String reason(AuthenticationException e) {
        if (!(e instanceof OAuth2AuthenticationException oauth)) return "unavailable";
        return switch (oauth.getError().getErrorCode()) {
            case OAuth2ErrorCodes.ACCESS_DENIED -> "cancelled";
            case REFUSED -> "refused";
            case OAuth2ErrorCodes.SERVER_ERROR, OAuth2ErrorCodes.TEMPORARILY_UNAVAILABLE -> "unavailable";
            default -> "failed";
        };
    }
}
