package org.onetrip.shared.application;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.RefusalOutcome;
import org.onetrip.shared.api.RuleRefusedException;

/** Sends a command and turns whatever happens, an answer or any kind of failure, into a {@link Result}. */
public final class CommandResults {

    private CommandResults() {}

    public static Result<Object> send(Supplier<Object> send) {
        return send(send, cause -> Optional.empty());
    }

    /** As {@link #send(Supplier)}, with a feature's own reading of a failure tried first on every cause. */
    public static Result<Object> send(Supplier<Object> send, Function<Throwable, Optional<Result<Object>>> own) {
        try {
            var answer = send.get();
            if (answer instanceof RefusalOutcome refused) {
                return new Result.Refused<>(refused.reason().name(), refused.detail());
            }
            return new Result.Done<>(answer);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                var special = own.apply(cause);
                if (special.isPresent()) {
                    return special.get();
                }
                if (cause instanceof RuleRefusedException refused) {
                    return new Result.Refused<>(refused.reasonCode(), refused.getMessage());
                }
                if (cause instanceof InvalidCommandException invalid) {
                    return new Result.Invalid<>(invalid.field(), invalid.getMessage());
                }
                if (cause instanceof AggregateNotFoundException) {
                    return new Result.NotFound<>();
                }
                if (cause instanceof ConcurrencyException) {
                    return new Result.Refused<>("CONCURRENT", "changed by someone else at the same moment; try again");
                }
            }
            throw e;
        }
    }

    /** What a command handler threw, out of Axon's wrapping. */
    public static RuntimeException thrownByHandler(RuntimeException e) {
        Throwable cause = e;
        while (cause instanceof CommandExecutionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof RuntimeException runtime ? runtime : e;
    }
}
