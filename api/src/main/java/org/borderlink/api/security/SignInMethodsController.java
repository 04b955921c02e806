package org.borderlink.api.security;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/auth/methods}, open to everyone: how a person can sign in here, so the workspace offers exactly
 * those ways. It tells nothing about any user.
 */
@RestController
class SignInMethodsController {

    static final String PATH = "/api/v1/auth/methods";

    /**
     * @param password whether local accounts exist (user name and password)
     * @param provider the OIDC provider to sign in through, if one is configured
     */
    record SignInMethods(boolean password, @Nullable Provider provider) {}

    /**
     * @param label the sign-in button's text
     * @param url where the browser goes to start the sign-in
     */
    record Provider(String label, String url) {}

    private final SignInMethods methods;

    SignInMethodsController(LocalAccounts accounts, SecurityProperties security) {
        SecurityProperties.Oidc oidc = security.oidc();
        this.methods = new SignInMethods(
                accounts.size() > 0,
                OidcLogin.enabled(oidc) ? new Provider(oidc.loginLabel(), OidcLogin.START_PATH) : null);
    }

    @Operation(summary = "The ways to sign in: local accounts, an OIDC provider, or both")
    @GetMapping(PATH)
    ResponseEntity<SignInMethods> methods() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(methods);
    }
}
