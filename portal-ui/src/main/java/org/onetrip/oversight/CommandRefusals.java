package org.onetrip.oversight;

import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandExecutionException;
import org.onetrip.calendar.api.CalendarRejectedException;
import org.onetrip.cases.api.CaseAction;
import org.onetrip.cases.api.CaseCommandRefusedException;
import org.onetrip.cases.application.CaseHistory;
import org.onetrip.cases.application.CaseOutcome;
import org.onetrip.integrity.api.ReceiptSigningKeyRotationRejectedException;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.InvalidCommandException;

/**
 * Turns a case's answer, or what another command side throws (calendar, accounts, receipt keys), into an {@link
 * OversightRefusal} the views can translate.
 */
public final class CommandRefusals {

    private CommandRefusals() {}

    /** What was done, or the refusal: the case's own reason, invalid input, a case changed meanwhile, or "other". */
    public static <T> T done(Supplier<CaseOutcome<T>> action) {
        CaseOutcome<T> outcome;
        try {
            outcome = action.get();
        } catch (RuntimeException e) {
            throw translate(e);
        }
        return outcome.orElseThrow(CommandRefusals::refusal);
    }

    /**
     * Whether the case allows {@code action} to {@code actor} now: refused here, before anything is sent,
     * when it does not, so no screen causes a recorded refusal. Answers the version checked, for the command.
     */
    public static Long allowed(CaseHistory history, String caseId, Actor actor, CaseAction action) {
        var allowed = done(() -> history.allowedActions(caseId, actor));
        var refusal = allowed.refusal(action);
        if (refusal.isPresent()) {
            throw new OversightRefusal("oversight.refusal." + refusal.get().name(), action + " is not offered now");
        }
        return allowed.version();
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
            return new OversightRefusal("oversight.refusal.changed", conflict.detail());
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
            return new OversightRefusal(
                    "oversight.refusal.calendar." + rejected.reason().name(),
                    rejected.getMessage(),
                    rejected.date().map(DateTimeFormatter.ISO_LOCAL_DATE::format).stream()
                            .toArray());
        }
        if (cause instanceof ReceiptSigningKeyRotationRejectedException rejected) {
            return new OversightRefusal(
                    "oversight.admin.keys.rotation-refused." + rejected.reason().name(), rejected.getMessage());
        }
        if (cause instanceof IllegalArgumentException illegal) {
            return new OversightRefusal("oversight.refusal.invalid", illegal.getMessage());
        }
        return new OversightRefusal("oversight.refusal.other", String.valueOf(cause.getMessage()));
    }
}
