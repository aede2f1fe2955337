package org.onetrip.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.cases.application.CaseOutcome;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.Problems;

/** Each outcome of a case action answers with the problem docs/api.md promises for it. */
class CaseAnswersTest {

    @Test
    void done_is_the_value() {
        assertThat(CaseAnswers.orProblem(new CaseOutcome.Done<>("x"))).isEqualTo("x");
    }

    @Test
    void a_refusal_is_409_command_refused_naming_the_rule() {
        var problem = problemOf(new CaseOutcome.Refused<>(RefusalReason.NOT_SIGNED_FOR, "sign for the case first"));
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getType()).isEqualTo(Problems.COMMAND_REFUSED);
        assertThat(problem.getProperties()).containsEntry("reason", "NOT_SIGNED_FOR");
        assertThat(problem.getDetail()).isEqualTo("sign for the case first");
    }

    @Test
    void invalid_input_is_400_with_the_field_unknown_is_404_forbidden_403_and_a_stale_version_409() {
        var invalid = problemOf(new CaseOutcome.Invalid<>("reason", "reason must not be blank"));
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getProperties().get("errors").toString()).contains("reason");
        assertThat(problemOf(new CaseOutcome.Unknown<>("no case c")).getType()).isEqualTo(Problems.UNKNOWN_CASE);
        assertThat(problemOf(new CaseOutcome.Forbidden<>("never held")).getStatus())
                .isEqualTo(403);
        var conflict = problemOf(new CaseOutcome.Conflict<>("changed"));
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(conflict.getType()).isEqualTo(URI.create("/problems/concurrent-modification"));
    }

    private static org.springframework.http.ProblemDetail problemOf(CaseOutcome<?> outcome) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> CaseAnswers.orProblem(outcome), ApiException.class);
        assertThat(thrown).isNotNull();
        return thrown.problem();
    }

    @Test
    void a_done_outcome_is_no_problem() {
        assertThatThrownBy(() -> CaseAnswers.problem(new CaseOutcome.Done<>("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
