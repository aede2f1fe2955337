package org.onetrip.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.onetrip.security.SecurityEvent.Kind;
import org.onetrip.shared.ratelimit.RateLimits;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Password sign-in (the portal's form, HTTP Basic, the token endpoint) with guessing throttled: each failure
 * takes a unit of the account's and of the address's failure allowance; successes take nothing (so any number
 * of a busy client's requests may run at once). With either allowance used up the password is not checked. Failures and
 * throttled attempts are recorded in the {@link SecurityLog}, and so are sign-ins that open a session or
 * issue a token (not every request an API client authenticates with HTTP Basic, which would drown the log).
 * The staff member signing in at the portal is told of the failures since their previous sign-in.
 */
public class ThrottledSignIn implements AuthenticationProvider {

    /** Session attribute the portal reads once after a sign-in, to tell of earlier failures. */
    public static final String FAILURE_NOTICE = ThrottledSignIn.class.getName() + ".failures";

    private final AuthenticationProvider passwords;
    private final RateLimits limits;
    private final SecurityLog securityLog;

    public ThrottledSignIn(AuthenticationProvider passwords, RateLimits limits, SecurityLog securityLog) {
        this.passwords = passwords;
        this.limits = limits;
        this.securityLog = securityLog;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        var username = attempt.getName();
        var request = currentRequest();
        var address = request.map(HttpServletRequest::getRemoteAddr).orElse("unknown");
        var accountKey = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!limits.hasAllowance(RateLimits.Kind.SIGN_IN_ACCOUNT, accountKey)) {
            return throttled(username, address, RateLimits.Kind.SIGN_IN_ACCOUNT);
        }
        if (!limits.hasAllowance(RateLimits.Kind.SIGN_IN_ADDRESS, address)) {
            return throttled(username, address, RateLimits.Kind.SIGN_IN_ADDRESS);
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (AuthenticationException e) {
            limits.tryAcquire(RateLimits.Kind.SIGN_IN_ACCOUNT, accountKey);
            limits.tryAcquire(RateLimits.Kind.SIGN_IN_ADDRESS, address);
            securityLog.record(Kind.SIGN_IN_FAILED, username, address, null);
            throw e;
        }
        if (request.isPresent() && opensSession(request.get())) {
            var notice = securityLog.failuresSinceLastSignIn(username);
            securityLog.record(Kind.SIGN_IN_SUCCEEDED, username, address, null);
            notice.ifPresent(n -> request.get().getSession(true).setAttribute(FAILURE_NOTICE, n));
        }
        return signedIn;
    }

    private Authentication throttled(String username, String address, RateLimits.Kind which) {
        securityLog.record(
                Kind.SIGN_IN_THROTTLED,
                username,
                address,
                which == RateLimits.Kind.SIGN_IN_ACCOUNT ? SecurityLog.ACCOUNT_PAUSED : SecurityLog.ADDRESS_PAUSED);
        throw new SignInThrottledException(limits.retryAfter(which));
    }

    /** The portal's sign-in form and the token endpoint; per-request HTTP Basic is not a sign-in to record. */
    private static boolean opensSession(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/login") || path.equals("/api/auth/token");
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
