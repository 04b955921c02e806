package org.borderlink.api.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The one OIDC client registration, read from the provider's discovery document at the first sign-in rather than at
 * start: Borderlink starts (and serves API clients and local accounts) while the provider is down, and a failed
 * discovery is tried again at the next sign-in.
 */
final class DiscoveredRegistration implements ClientRegistrationRepository {

    private final SecurityProperties.Oidc oidc;
    private volatile @Nullable ClientRegistration registration;

    DiscoveredRegistration(SecurityProperties.Oidc oidc) {
        this.oidc = oidc;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        if (!OidcLogin.REGISTRATION_ID.equals(registrationId)) return null;
        ClientRegistration known = registration;
        if (known != null) return known;
        synchronized (this) {
            if (registration == null) registration = discover();
            return registration;
        }
    }

    private ClientRegistration discover() {
        ClientRegistration.Builder builder = ClientRegistrations.fromOidcIssuerLocation(oidc.issuerUri())
                .registrationId(OidcLogin.REGISTRATION_ID)
                .clientId(oidc.clientId())
                .scope(oidc.scopes())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                // the code is bound to this browser's verifier even for a confidential client (RFC 9700 §2.1.1)
                .clientSettings(ClientRegistration.ClientSettings.builder()
                        .requireProofKey(true)
                        .build());
        if (oidc.clientSecret() == null || oidc.clientSecret().isBlank()) {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            builder.clientSecret(oidc.clientSecret());
        }
        return builder.build();
    }
}
