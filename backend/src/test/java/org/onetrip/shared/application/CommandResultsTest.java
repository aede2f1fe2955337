package org.onetrip.shared.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.RefusalOutcome;
import org.onetrip.shared.api.RuleRefusedException;

class CommandResultsTest {

    enum Reason {
        WRONG_STATE
    }

    record Refused(Reason reason, String detail) implements RefusalOutcome {}

    static final class Refusal extends RuleRefusedException {
        Refusal() {
            super("not now");
        }

        @Override
        public String reasonCode() {
            return "WRONG_STATE";
        }
    }

    @Test
    void an_answer_is_done_and_a_recorded_refusal_is_refused() {
        assertThat(CommandResults.send(() -> "ok")).isEqualTo(new Result.Done<>("ok"));
        assertThat(CommandResults.send(() -> new Refused(Reason.WRONG_STATE, "not now")))
                .isEqualTo(new Result.Refused<>("WRONG_STATE", "not now"));
    }

    @Test
    void a_failure_wrapped_by_the_command_bus_is_read_from_its_cause() {
        assertThat(CommandResults.send(() -> {
                    throw new CommandExecutionException("failed", new Refusal());
                }))
                .isEqualTo(new Result.Refused<>("WRONG_STATE", "not now"));
        assertThat(CommandResults.send(() -> {
                    throw new InvalidCommandException("title", "title: is required");
                }))
                .isInstanceOf(Result.Invalid.class);
        assertThat(CommandResults.send(() -> {
                    throw new AggregateNotFoundException("c-1", "none");
                }))
                .isEqualTo(new Result.NotFound<>());
        assertThat(CommandResults.send(() -> {
                    throw new ConcurrencyException("raced");
                }))
                .isEqualTo(new Result.Refused<>("CONCURRENT", "changed by someone else at the same moment; try again"));
    }

    @Test
    void a_features_own_reading_comes_first_and_anything_unknown_is_rethrown() {
        assertThat(CommandResults.send(
                        () -> {
                            throw new ConcurrencyException("twice");
                        },
                        cause -> cause instanceof ConcurrencyException
                                ? Optional.of(new Result.Refused<>("SLOT_EXISTS", "it exists already"))
                                : Optional.empty()))
                .isEqualTo(new Result.Refused<>("SLOT_EXISTS", "it exists already"));
        assertThatThrownBy(() -> CommandResults.send(() -> {
                    throw new IllegalStateException("boom");
                }))
                .isInstanceOf(IllegalStateException.class);
    }
}
