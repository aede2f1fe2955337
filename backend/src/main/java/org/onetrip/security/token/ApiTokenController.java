package org.onetrip.security.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onetrip.security.StaffPrincipal;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.Problems;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sign-in")
public class ApiTokenController {

    private final ApiTokens tokens;

    public ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** The body of RFC 6749's successful token response. */
    public record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn,
            String scope) {}

    @PostMapping("/api/auth/token")
    @Operation(
            summary =
                    "A short-lived bearer token for the staff API, for the staff credentials sent once with HTTP Basic",
            description = "Send it as 'Authorization: Bearer <access_token>' until it expires; then ask again. "
                    + "A token cannot be exchanged for another one.")
    public ResponseEntity<TokenResponse> issue(Authentication authentication) {
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)
                || !(authentication.getPrincipal() instanceof StaffPrincipal staff)) {
            throw new ApiException(Problems.of(
                    HttpStatus.FORBIDDEN,
                    Problems.FORBIDDEN,
                    "Forbidden",
                    "a token is issued for the staff password (HTTP Basic), not for another token"));
        }
        var issued = tokens.issue(staff);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("Pragma", "no-cache")
                .body(new TokenResponse(issued.value(), "Bearer", issued.expiresInSeconds(), issued.scope()));
    }
}
