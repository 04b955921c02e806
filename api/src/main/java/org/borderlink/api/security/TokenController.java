package org.borderlink.api.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import org.borderlink.api.audit.AuditAction;
import org.borderlink.api.audit.AuditSummary;
import org.borderlink.api.audit.Audited;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/v1/auth/token}: log in once with the account's password (HTTP Basic) and get a short-lived bearer
 * token for the requests that follow, so an API client pays for one password check per token rather than one per
 * request. A token cannot be traded for another: a fresh one needs the password again.
 */
@RestController
class TokenController {

    private final LocalTokens tokens;

    TokenController(LocalTokens tokens) {
        this.tokens = tokens;
    }

    /** RFC 6749 §5.1. */
    record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn)
            implements AuditSummary {
        @Override
        public int resultSize() {
            return 1;
        }
    }

    @Operation(summary = "Trade the account's password (HTTP Basic) for a short-lived bearer token")
    @PostMapping("/api/v1/auth/token")
    @Audited(AuditAction.LOGIN)
    ResponseEntity<TokenResponse> token(BorderlinkUser user, Authentication authentication) {
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "A token is issued for the account's password (HTTP Basic), not for a token.");
        }
        LocalTokens.Issued issued = tokens.issue(user);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new TokenResponse(
                        issued.token(), "Bearer", issued.lifetime().toSeconds()));
    }
}
