package org.onetrip.security.token;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bearer tokens for the staff API (docs/security.md).
 *
 * @param lifetime  how long a token is valid after it was issued
 * @param clockSkew how far the clocks of the instances may disagree when a token's times are checked
 * @param accountRecheck how long an instance may go on trusting what it last read of an account (enabled,
 *                  role, department, password) before reading it again; {@code PT0S} reads it on every request
 * @param secret    the HMAC-SHA256 key, base64, at least 32 bytes, the same on every instance; when empty, a
 *                  key is generated once and kept in the shared database (table {@code api_token_key}), so
 *                  instances on one database accept each other's tokens
 */
@ConfigurationProperties("onetrip.api-tokens")
public record ApiTokenProperties(
        @DefaultValue("PT30M") Duration lifetime,
        @DefaultValue("PT30S") Duration clockSkew,
        @DefaultValue("PT1S") Duration accountRecheck,
        @DefaultValue("") String secret) {

    public ApiTokenProperties {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("onetrip.api-tokens.lifetime must be positive");
        }
        if (accountRecheck.isNegative()) {
            throw new IllegalArgumentException("onetrip.api-tokens.account-recheck must not be negative");
        }
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("onetrip.api-tokens.clock-skew must not be negative");
        }
    }
}
