package org.onetrip.security.token;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The HMAC-SHA256 key every instance signs and checks tokens with: from configuration when given, otherwise
 * the one kept in the shared database, created by the first instance that needs it. Never instance-local, so a
 * token issued by one instance is accepted by all of them.
 */
final class TokenSigningKey {

    static final int MIN_BYTES = 32;

    private TokenSigningKey() {}

    static SecretKey resolve(ApiTokenProperties properties, ApiTokenKeyRepository keys, Clock clock) {
        if (!properties.secret().isBlank()) {
            return key(decode(properties.secret()));
        }
        var stored = keys.findById(ApiTokenKey.CURRENT);
        if (stored.isPresent()) {
            return key(decode(stored.get().secret()));
        }
        var fresh = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(fresh);
        try {
            keys.saveAndFlush(new ApiTokenKey(Base64.getEncoder().encodeToString(fresh), clock.instant()));
            return key(fresh);
        } catch (DataIntegrityViolationException anotherInstanceWasFirst) {
            return key(decode(keys.findById(ApiTokenKey.CURRENT).orElseThrow().secret()));
        }
    }

    private static byte[] decode(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("onetrip.api-tokens.secret is not base64");
        }
        if (bytes.length < MIN_BYTES) {
            throw new IllegalStateException("onetrip.api-tokens.secret must be at least " + MIN_BYTES + " bytes");
        }
        return bytes;
    }

    private static SecretKey key(byte[] bytes) {
        return new SecretKeySpec(bytes, "HmacSHA256");
    }
}
