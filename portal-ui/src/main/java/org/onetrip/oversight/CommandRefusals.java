package org.onetrip.oversight;

import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandExecutionException;
import org.onetrip.calendar.api.CalendarRejectedException;
import org.onetrip.cases.api.CaseCommandRefusedException;
import org.onetrip.cases.application.CaseOutcome;
import org.onetrip.shared.api.InvalidCommandException;

/**
 * Turns a case's answer, or what another command side throws (calendar, accounts), into an {@link
 * OversightRefusal} the views can translate.
 */
public final class CommandRefusals {

    private CommandRefusals() {}

    /** What was done, or the refusal: the case's own reason, invalid input, or "other". */
    public static <T> T done(Supplier<CaseOutcome<T>> action) {
        CaseOutcome<T> outcome;
        try {
            outcome = action.get();
        } catch (RuntimeException e) {
            throw translate(e);
        }
        return outcome.orElseThrow(CommandRefusals::refusal);
    }

    static OversightRefusal refusal(CaseOutcome<?> outcome) {
        if (outcome instanceof CaseOutcome.Refused<?> refused) {
            return new OversightRefusal("oversight.refusal." + refused.reason().name(), refused.detail());
        }
        if (outcome instanceof CaseOutcome.Invalid<?> invalid) {
            return new OversightRefusal("oversight.refusal.invalid", invalid.field() + ": " + invalid.message());
        }
        if (outcome instanceof CaseOutcome.Unknown<?> unknown) {
            return new OversightRefusal("oversight.refusal.other", unknown.detail());
        }
        if (outcome instanceof CaseOutcome.Forbidden<?> forbidden) {
            return new OversightRefusal("oversight.refusal.other", forbidden.detail());
        }
        if (outcome instanceof CaseOutcome.Conflict<?> conflict) {
            return new OversightRefusal("oversight.refusal.other", conflict.detail());
        }
        return new OversightRefusal("oversight.refusal.other", String.valueOf(outcome));
    }

    public static OversightRefusal translate(RuntimeException e) {
        if (e instanceof OversightRefusal refusal) {
            return refusal;
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
