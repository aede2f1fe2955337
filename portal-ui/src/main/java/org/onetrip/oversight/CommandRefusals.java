package org.onetrip.oversight;

import org.axonframework.commandhandling.CommandExecutionException;
import org.onetrip.calendar.api.CalendarRejectedException;
import org.onetrip.cases.api.CaseCommandRefusedException;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.web.ApiException;

/** Turns what the command side throws into an {@link OversightRefusal} the views can translate. */
public final class CommandRefusals {

    private CommandRefusals() {}

    public static OversightRefusal translate(RuntimeException e) {
        if (e instanceof OversightRefusal refusal) {
            return refusal;
        }
        if (e instanceof ApiException api) {
            var properties = api.problem().getProperties();
            var reason = properties == null ? null : properties.get("reason");
            return reason != null
                    ? new OversightRefusal("oversight.refusal." + reason, api.getMessage())
                    : new OversightRefusal("oversight.refusal.other", api.getMessage());
        }
        Throwable cause = e instanceof CommandExecutionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof CaseCommandRefusedException refused) {
            return new OversightRefusal("oversight.refusal." + refused.reason().name(), refused.getMessage());
        }
        if (cause instanceof InvalidCommandException invalid) {
            return new OversightRefusal("oversight.refusal.invalid", invalid.field() + ": " + invalid.getMessage());
        }
        if (cause instanceof CalendarRejectedException rejected) {
            return new OversightRefusal("oversight.refusal.calendar", rejected.getMessage());
        }
        if (cause instanceof IllegalArgumentException illegal) {
            return new OversightRefusal("oversight.refusal.invalid", illegal.getMessage());
        }
        return new OversightRefusal("oversight.refusal.other", String.valueOf(cause.getMessage()));
    }
}
