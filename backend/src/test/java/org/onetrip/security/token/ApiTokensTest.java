package org.onetrip.security.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.security.StaffAccount;
import org.onetrip.security.StaffAccountRepository;
import org.onetrip.security.StaffPrincipal;
import org.onetrip.shared.api.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class ApiTokensTest {

    static final Instant ISSUED = Instant.parse("2026-03-02T01:00:00Z");
    static final ApiTokenProperties PROPERTIES =
            new ApiTokenProperties(Duration.ofMinutes(30), Duration.ofSeconds(30), Duration.ZERO, "");

    final Map<String, StaffAccount> rows = new HashMap<>();
    final StaffAccountRepository accounts = mock(StaffAccountRepository.class);
    final SecretKey key = randomKey();

    @BeforeEach
    void accounts() {
        when(accounts.findById(any())).thenAnswer(call -> Optional.ofNullable(rows.get(call.<String>getArgument(0))));
        rows.put(
                "handler.guotu",
                new StaffAccount("handler.guotu", "{bcrypt}$2a$10$first", Role.HANDLER, "guotu", "国土所"));
        rows.put("zhang.min", new StaffAccount("zhang.min", "{bcrypt}$2a$10$second", Role.INTAKE, "bianmin", "张敏"));
    }

    @Test
    void a_token_stands_for_its_account_with_the_role_and_department_it_has() {
        var issued = tokens(key, ISSUED).issue(principal("handler.guotu"));

        var staff = tokens(key, ISSUED)
                .authenticate(decoder(key, ISSUED.plusSeconds(60)).decode(issued.value()))
                .getPrincipal();

        assertThat(staff.actor().personId()).isEqualTo("handler.guotu");
        assertThat(staff.role()).isEqualTo(Role.HANDLER);
        assertThat(staff.departmentCode()).isEqualTo("guotu");
        assertThat(staff.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_HANDLER");
        assertThat(staff.getPassword())
                .as("no password hash travels with a token sign-in")
                .isNull();
        assertThat(issued.expiresInSeconds()).isEqualTo(1800);
        assertThat(issued.scope()).isEqualTo("role:HANDLER department:guotu");
    }

    @Test
    void a_token_is_refused_once_it_has_expired() {
        var token = tokens(key, ISSUED).issue(principal("zhang.min")).value();

        assertThat(decoder(key, ISSUED.plus(Duration.ofMinutes(30))).decode(token))
                .isNotNull();
        assertThatThrownBy(
                        () -> decoder(key, ISSUED.plus(Duration.ofMinutes(31))).decode(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void a_token_is_refused_before_it_was_issued_beyond_the_allowed_clock_skew() {
        var token = tokens(key, ISSUED).issue(principal("zhang.min")).value();

        assertThatThrownBy(
                        () -> decoder(key, ISSUED.minus(Duration.ofMinutes(2))).decode(token))
                .isInstanceOf(JwtValidationException.class);
    }

    @Test
    void a_token_whose_claims_were_changed_is_refused() {
        var token = tokens(key, ISSUED).issue(principal("handler.guotu")).value();
        var parts = token.split("\\.");
        var claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        var forged = claims.replace("\"HANDLER\"", "\"ADMIN\"").replace("handler.guotu", "zhang.min");
        assertThat(forged).isNotEqualTo(claims);
        var tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];

        assertThatThrownBy(() -> decoder(key, ISSUED).decode(tampered)).isInstanceOf(BadJwtException.class);
    }

    @Test
    void a_token_signed_with_another_key_is_refused() {
        var foreign = tokens(randomKey(), ISSUED).issue(principal("zhang.min")).value();

        assertThatThrownBy(() -> decoder(key, ISSUED).decode(foreign)).isInstanceOf(BadJwtException.class);
    }

    @Test
    void an_unsigned_token_is_refused() {
        var token = tokens(key, ISSUED).issue(principal("zhang.min")).value();
        var parts = token.split("\\.");
        var none = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> decoder(key, ISSUED).decode(none + "." + parts[1] + "."))
                .isInstanceOf(BadJwtException.class);
    }

    @Test
    void disabling_the_account_ends_its_tokens() {
        var jwt = decoder(key, ISSUED)
                .decode(tokens(key, ISSUED).issue(principal("zhang.min")).value());
        rows.get("zhang.min").disable();

        assertThatThrownBy(() -> tokens(key, ISSUED).authenticate(jwt)).isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void changing_the_role_or_department_ends_the_tokens_issued_before() {
        var jwt = decoder(key, ISSUED)
                .decode(tokens(key, ISSUED).issue(principal("handler.guotu")).value());
        rows.get("handler.guotu").changeRole(Role.HANDLER, "minzheng");

        assertThatThrownBy(() -> tokens(key, ISSUED).authenticate(jwt)).isInstanceOf(InvalidBearerTokenException.class);

        var next = decoder(key, ISSUED)
                .decode(tokens(key, ISSUED).issue(principal("handler.guotu")).value());
        assertThat(tokens(key, ISSUED).authenticate(next).getPrincipal().departmentCode())
                .isEqualTo("minzheng");
    }

    @Test
    void changing_the_password_ends_the_tokens_issued_before() {
        var jwt = decoder(key, ISSUED)
                .decode(tokens(key, ISSUED).issue(principal("zhang.min")).value());
        rows.get("zhang.min").changePasswordHash("{bcrypt}$2a$10$changed");

        assertThatThrownBy(() -> tokens(key, ISSUED).authenticate(jwt)).isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void an_instance_trusts_what_it_read_of_an_account_for_the_recheck_interval_only() {
        var now = new AtomicReference<>(ISSUED);
        var clock = movingClock(now);
        var remembering = new ApiTokens(
                new NimbusJwtEncoder(new ImmutableSecret<>(key)),
                accounts,
                new ApiTokenProperties(Duration.ofMinutes(30), Duration.ofSeconds(30), Duration.ofSeconds(1), ""),
                clock);
        var jwt = decoder(key, ISSUED)
                .decode(remembering.issue(principal("zhang.min")).value());
        assertThat(remembering.authenticate(jwt).getPrincipal().getUsername()).isEqualTo("zhang.min");

        var disabled = new StaffAccount("zhang.min", "{bcrypt}$2a$10$second", Role.INTAKE, "bianmin", "张敏");
        disabled.disable();
        rows.put("zhang.min", disabled);
        now.set(ISSUED.plusMillis(500));
        assertThat(remembering.authenticate(jwt).getPrincipal().getUsername())
                .as("within the recheck interval")
                .isEqualTo("zhang.min");

        now.set(ISSUED.plusMillis(1500));
        assertThatThrownBy(() -> remembering.authenticate(jwt)).isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void a_deleted_account_has_no_tokens() {
        var jwt = decoder(key, ISSUED)
                .decode(tokens(key, ISSUED).issue(principal("zhang.min")).value());
        rows.remove("zhang.min");

        assertThatThrownBy(() -> tokens(key, ISSUED).authenticate(jwt)).isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void instances_on_one_database_share_the_key_so_each_accepts_the_others_tokens() {
        var stored = new AtomicReference<ApiTokenKey>();
        var keys = mock(ApiTokenKeyRepository.class);
        when(keys.findById(ApiTokenKey.CURRENT)).thenAnswer(call -> Optional.ofNullable(stored.get()));
        when(keys.saveAndFlush(any())).thenAnswer(call -> {
            stored.set(call.getArgument(0));
            return call.getArgument(0);
        });
        var clock = Clock.fixed(ISSUED, ZoneOffset.UTC);

        var first = TokenSigningKey.resolve(PROPERTIES, keys, clock);
        var second = TokenSigningKey.resolve(PROPERTIES, keys, clock);

        assertThat(second.getEncoded()).isEqualTo(first.getEncoded()).hasSize(32);
        var token = tokens(first, ISSUED).issue(principal("zhang.min")).value();
        assertThat(decoder(second, ISSUED).decode(token).getSubject()).isEqualTo("zhang.min");
    }

    @Test
    void an_instance_that_loses_the_race_to_create_the_key_uses_the_winners() {
        var winner =
                new ApiTokenKey(Base64.getEncoder().encodeToString(randomKey().getEncoded()), ISSUED);
        var keys = mock(ApiTokenKeyRepository.class);
        when(keys.findById(ApiTokenKey.CURRENT)).thenReturn(Optional.empty(), Optional.of(winner));
        when(keys.saveAndFlush(any())).thenThrow(new DataIntegrityViolationException("duplicate key"));

        var key = TokenSigningKey.resolve(PROPERTIES, keys, Clock.fixed(ISSUED, ZoneOffset.UTC));

        assertThat(Base64.getEncoder().encodeToString(key.getEncoded())).isEqualTo(winner.secret());
    }

    @Test
    void a_configured_secret_is_used_as_given_and_must_be_long_enough() {
        var keys = mock(ApiTokenKeyRepository.class);
        var secret = Base64.getEncoder().encodeToString(new byte[32]);
        var configured = new ApiTokenProperties(Duration.ofMinutes(5), Duration.ZERO, Duration.ZERO, secret);

        assertThat(TokenSigningKey.resolve(configured, keys, Clock.systemUTC()).getEncoded())
                .isEqualTo(new byte[32]);
        var tooShort = new ApiTokenProperties(
                Duration.ofMinutes(5),
                Duration.ZERO,
                Duration.ZERO,
                Base64.getEncoder().encodeToString(new byte[16]));
        assertThatThrownBy(() -> TokenSigningKey.resolve(tooShort, keys, Clock.systemUTC()))
                .hasMessageContaining("at least 32 bytes");
    }

    @Test
    void a_token_in_use_is_verified_once_and_refused_from_the_moment_it_expires() {
        var token = tokens(key, ISSUED).issue(principal("zhang.min")).value();
        var now = new AtomicReference<>(ISSUED.plusSeconds(60));
        var clock = movingClock(now);
        var verifications = new java.util.concurrent.atomic.AtomicInteger();
        var verifier = ApiTokenConfiguration.decoder(key, PROPERTIES, clock);
        JwtDecoder counting = value -> {
            verifications.incrementAndGet();
            return verifier.decode(value);
        };
        var decoder = new RememberedJwtDecoder(counting, clock, PROPERTIES.lifetime(), PROPERTIES.clockSkew());

        for (int request = 0; request < 3; request++) {
            assertThat(decoder.decode(token).getSubject()).isEqualTo("zhang.min");
        }
        assertThat(verifications).hasValue(1);

        now.set(ISSUED.plus(Duration.ofMinutes(30)).plusSeconds(30));
        assertThat(decoder.decode(token).getSubject())
                .as("still within the allowed clock skew")
                .isEqualTo("zhang.min");
        now.set(ISSUED.plus(Duration.ofMinutes(30)).plusSeconds(31));
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void a_token_that_fails_verification_is_never_remembered() {
        var token = tokens(key, ISSUED).issue(principal("handler.guotu")).value();
        var parts = token.split("\\.");
        var tampered = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2) + "AA";
        var decoder = decoder(key, ISSUED);

        assertThatThrownBy(() -> decoder.decode(tampered)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(tampered)).isInstanceOf(BadJwtException.class);
        assertThat(decoder.decode(token).getSubject()).isEqualTo("handler.guotu");
    }

    private ApiTokens tokens(SecretKey signingKey, Instant now) {
        return new ApiTokens(
                new NimbusJwtEncoder(new ImmutableSecret<>(signingKey)),
                accounts,
                PROPERTIES,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private static JwtDecoder decoder(SecretKey signingKey, Instant now) {
        return ApiTokenConfiguration.decoder(signingKey, PROPERTIES, Clock.fixed(now, ZoneOffset.UTC));
    }

    private StaffPrincipal principal(String username) {
        return new StaffPrincipal(rows.get(username));
    }

    /** A clock the test moves by setting {@code now}. */
    private static Clock movingClock(AtomicReference<Instant> now) {
        return new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
    }

    private static SecretKey randomKey() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new SecretKeySpec(bytes, "HmacSHA256");
    }
}
