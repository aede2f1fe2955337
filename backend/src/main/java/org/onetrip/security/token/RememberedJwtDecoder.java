package org.onetrip.security.token;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Verifies a token once and remembers it until it expires: an API client sends the same token with every request, and
 * verifying it again each time (parsing, HMAC, claim conversion) cost more than the rest of a bearer request together
 * (docs/benchmarks.md, round 5). Only verified tokens are remembered; a remembered one is refused from the moment its
 * expiry (plus the allowed clock skew) has passed, as the verifier would. Whether its account still is what it was is
 * checked on every request afterwards ({@link ApiTokens#authenticate}).
 */
final class RememberedJwtDecoder implements JwtDecoder {

    private static final int REMEMBERED = 10_000;

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Duration clockSkew;
    private final Cache<String, Jwt> verified;

    RememberedJwtDecoder(JwtDecoder verifier, Clock clock, Duration lifetime, Duration clockSkew) {
        this.verifier = verifier;
        this.clock = clock;
        this.clockSkew = clockSkew;
        this.verified = Caffeine.newBuilder()
                .maximumSize(REMEMBERED)
                .expireAfterWrite(lifetime.plus(clockSkew))
                .build();
    }

    @Override
    public Jwt decode(String token) {
        var known = verified.getIfPresent(token);
        if (known != null && !clock.instant().isAfter(known.getExpiresAt().plus(clockSkew))) {
            return known;
        }
        var jwt = verifier.decode(token);
        verified.put(token, jwt);
        return jwt;
    }
}
