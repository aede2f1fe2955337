package org.onetrip.security.token;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.onetrip.security.StaffAccount;
import org.onetrip.security.StaffAccountRepository;
import org.onetrip.security.StaffPrincipal;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Issues the staff API's bearer tokens (signed JWTs, HS256) and turns a verified one back into the staff member
 * it stands for. A token names its account, role and department and carries a fingerprint of the account as it
 * was when the token was issued; the account is read again at most {@code onetrip.api-tokens.account-recheck}
 * (one second) after the last read, so disabling it, changing its role or department or its password ends every
 * token issued before, on every instance, within that time. Reading it on every request cost a Hibernate session
 * per request, most of what a token check costs, and what is read is kept as the signed-in principal and the
 * fingerprint to compare, so a request computes neither again (docs/benchmarks.md).
 */
public class ApiTokens {

    static final String ISSUER = "onetrip";
    static final String ROLE = "role";
    static final String DEPARTMENT = "department";
    static final String ACCOUNT = "acct";

    private final JwtEncoder encoder;
    private final StaffAccountRepository accounts;
    private final ApiTokenProperties properties;
    private final Clock clock;
    private final Cache<String, Optional<Signed>> recentAccounts;

    /** An enabled account as read, with what a request signed in with one of its tokens needs. */
    private record Signed(String fingerprint, StaffPrincipal staff) {}

    public ApiTokens(JwtEncoder encoder, StaffAccountRepository accounts, ApiTokenProperties properties, Clock clock) {
        this.encoder = encoder;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
        this.recentAccounts = properties.accountRecheck().isZero()
                ? null
                : Caffeine.newBuilder()
                        .expireAfterWrite(properties.accountRecheck())
                        .maximumSize(10_000)
                        .ticker(() -> clock.millis() * 1_000_000)
                        .build();
    }

    public record IssuedToken(String value, long expiresInSeconds, String scope) {}

    public IssuedToken issue(StaffPrincipal staff) {
        var account = accounts.findById(staff.getUsername())
                .filter(StaffAccount::enabled)
                .orElseThrow(() -> new IllegalStateException("no enabled account " + staff.getUsername()));
        var now = clock.instant();
        var claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(account.username())
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plus(properties.lifetime()))
                .claim(ROLE, account.role().name())
                .claim(ACCOUNT, fingerprint(account));
        if (account.departmentCode() != null) {
            claims.claim(DEPARTMENT, account.departmentCode());
        }
        var jwt = encoder.encode(
                JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()));
        return new IssuedToken(jwt.getTokenValue(), properties.lifetime().toSeconds(), scope(account));
    }

    /** The token's signature and times are already verified; the account must still be what it was. */
    public StaffTokenAuthentication authenticate(Jwt jwt) {
        // plain claim reads: getSubject() and getClaimAsString() pass each value through a conversion service
        var subject = jwt.getClaims().get(JwtClaimNames.SUB) instanceof String name ? name : null;
        var fingerprint = jwt.getClaims().get(ACCOUNT);
        return signed(subject)
                .filter(signed -> signed.fingerprint().equals(fingerprint))
                .map(signed -> new StaffTokenAuthentication(signed.staff()))
                .orElseThrow(() -> new InvalidBearerTokenException(
                        "the token's account was disabled or changed since it was issued"));
    }

    private Optional<Signed> signed(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return recentAccounts == null ? read(username) : recentAccounts.get(username, this::read);
    }

    private Optional<Signed> read(String username) {
        return accounts.findById(username).filter(StaffAccount::enabled).map(account -> {
            var staff = new StaffPrincipal(account);
            staff.eraseCredentials();
            return new Signed(fingerprint(account), staff);
        });
    }

    static String scope(StaffAccount account) {
        return "role:" + account.role().name()
                + (account.departmentCode() == null ? "" : " department:" + account.departmentCode());
    }

    /** Changes whenever the account's role, department or password changes; reveals none of them. */
    static String fingerprint(StaffAccount account) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((account.username() + "\n" + account.role() + "\n" + account.departmentCode() + "\n"
                                    + account.passwordHash())
                            .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
