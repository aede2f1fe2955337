package org.onetrip.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onetrip.security.SecurityEvent.Kind;
import org.onetrip.shared.ratelimit.RateLimits;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Password guessing: only failures count, per account and per address; both are logged with who, when, where. */
class ThrottledSignInTest {

    static final String PASSWORD = "right";

    final Clock clock = Clock.fixed(Instant.parse("2026-12-03T02:00:00Z"), ZoneOffset.UTC);
    final RateLimits limits = new RateLimits(clock, 20, 30, 5, 20, 10);
    final List<SecurityEvent> saved = new ArrayList<>();
    final SecurityEventRepository repository = mock(SecurityEventRepository.class);
    final AtomicInteger passwordChecks = new AtomicInteger();
    final AuthenticationProvider passwords = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication attempt) {
            passwordChecks.incrementAndGet();
            if (!PASSWORD.equals(attempt.getCredentials())) {
                throw new BadCredentialsException("Bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null, List.of());
        }

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }
    };
    final SecurityLog log;
    final ThrottledSignIn signIn;

    ThrottledSignInTest() {
        when(repository.save(any())).thenAnswer(call -> {
            saved.add(call.getArgument(0));
            return call.getArgument(0);
        });
        when(repository.newestOf(any(), any(), any())).thenAnswer(call -> {
            var newestFirst = new ArrayList<>(saved);
            Collections.reverse(newestFirst);
            return newestFirst.stream()
                    .filter(e -> call.getArgument(0).equals(e.username()))
                    .toList();
        });
        log = new SecurityLog(repository, clock);
        signIn = new ThrottledSignIn(passwords, limits, log);
    }

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private Authentication attempt(String user, String password, String address, String path) {
        var request = new MockHttpServletRequest("POST", path);
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
    }

    @Test
    void five_wrong_passwords_pause_the_account_and_then_even_the_right_one_is_not_checked() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt("li.qing", "guess", "198.51.100.1", "/login"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        int checked = passwordChecks.get();
        assertThatThrownBy(() -> attempt("li.qing", PASSWORD, "198.51.100.2", "/login"))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(passwordChecks.get()).isEqualTo(checked);
        assertThat(saved).extracting(SecurityEvent::kind).containsOnly(Kind.SIGN_IN_FAILED, Kind.SIGN_IN_THROTTLED);
        assertThat(saved.get(0).address()).isEqualTo("198.51.100.1");
        assertThat(saved.get(0).username()).isEqualTo("li.qing");
        assertThat(saved.get(0).at()).isEqualTo(clock.instant());
        // another account from the same address is not paused by this one's failures
        assertThat(attempt("auditor", PASSWORD, "198.51.100.1", "/login").isAuthenticated())
                .isTrue();
    }

    @Test
    void successful_sign_ins_cost_nothing_so_a_busy_api_client_is_never_paused() {
        for (int i = 0; i < 100; i++) {
            assertThat(attempt("zhang.min", PASSWORD, "198.51.100.3", "/api/staff/search/cases")
                            .isAuthenticated())
                    .isTrue();
        }
        assertThat(saved).as("per-request HTTP Basic is not a sign-in to log").isEmpty();
    }

    @Test
    void four_failures_leave_the_account_open_to_any_number_of_sign_ins_at_once() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt("zhang.min", "guess", "198.51.100.4", "/login"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var attempts = new ArrayList<java.util.concurrent.Callable<Boolean>>();
            for (int i = 0; i < 16; i++) {
                attempts.add(() -> attempt("zhang.min", PASSWORD, "198.51.100.4", "/api/staff/search/cases")
                        .isAuthenticated());
            }
            for (var result : pool.invokeAll(attempts)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void twenty_failures_from_one_address_pause_every_account_from_there() {
        for (int i = 0; i < 20; i++) {
            var user = "user" + i;
            assertThatThrownBy(() -> attempt(user, "guess", "203.0.113.5", "/api/auth/token"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("admin", PASSWORD, "203.0.113.5", "/api/auth/token"))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(attempt("admin", PASSWORD, "203.0.113.6", "/api/auth/token").isAuthenticated())
                .isTrue();
    }

    @Test
    void signing_in_tells_of_the_failures_since_the_previous_sign_in() {
        assertThatThrownBy(() -> attempt("li.qing", "guess", "198.51.100.7", "/login"))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt("li.qing", "guess2", "198.51.100.8", "/login"))
                .isInstanceOf(BadCredentialsException.class);
        var request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr("198.51.100.9");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("li.qing", PASSWORD));
        var notice = (SecurityLog.FailureNotice) request.getSession().getAttribute(ThrottledSignIn.FAILURE_NOTICE);
        assertThat(notice.failures()).isEqualTo(2);
        assertThat(notice.lastAddress()).isEqualTo("198.51.100.8");
        assertThat(saved.get(saved.size() - 1).kind()).isEqualTo(Kind.SIGN_IN_SUCCEEDED);
        assertThat(log.failuresSinceLastSignIn("li.qing")).isEmpty();
    }
}
