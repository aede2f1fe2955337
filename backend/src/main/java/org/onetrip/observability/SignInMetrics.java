package org.onetrip.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts sign-ins that failed ({@code onetrip.sign_in.failures}, tagged with why: bad credentials, a disabled
 * account, other) and that succeeded, on the API (HTTP Basic) and the portal (form) alike. A run of failures is what
 * a password-guessing attempt looks like; the user names tried are not recorded.
 */
@Component
public class SignInMetrics {

    private final MeterRegistry meters;
    private final Counter successes;

    public SignInMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.successes = Counter.builder("onetrip.sign_in.successes")
                .description("Staff sign-ins that succeeded (API and portal)")
                .register(meters);
        failures("bad_credentials");
    }

    @EventListener
    public void failed(AbstractAuthenticationFailureEvent event) {
        var exception = event.getException();
        String reason = exception instanceof BadCredentialsException
                ? "bad_credentials"
                : exception instanceof DisabledException ? "disabled" : "other";
        failures(reason).increment();
    }

    private Counter failures(String reason) {
        return Counter.builder("onetrip.sign_in.failures")
                .description("Staff sign-ins that failed (API and portal)")
                .tag("reason", reason.toLowerCase(Locale.ROOT))
                .register(meters);
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        successes.increment();
    }
}
