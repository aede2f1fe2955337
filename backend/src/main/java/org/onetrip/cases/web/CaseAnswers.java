package org.onetrip.cases.web;

import org.onetrip.cases.application.CaseOutcome;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.Problems;
import org.springframework.http.ProblemDetail;

/** The REST side of a {@link CaseOutcome}: the value, or the problem detail docs/api.md promises for it. */
final class CaseAnswers {

    private CaseAnswers() {}

    static <T> T orProblem(CaseOutcome<T> outcome) {
        return outcome.orElseThrow(failed -> new ApiException(problem(failed)));
    }

    static ProblemDetail problem(CaseOutcome<?> outcome) {
        if (outcome instanceof CaseOutcome.Refused<?> refused) {
            return Problems.refusal(refused.reason().name(), refused.detail());
        }
        if (outcome instanceof CaseOutcome.Invalid<?> invalid) {
            return Problems.invalid(invalid.field(), invalid.message());
        }
        if (outcome instanceof CaseOutcome.Unknown<?> unknown) {
            return Problems.unknownCase(unknown.detail());
        }
        if (outcome instanceof CaseOutcome.Forbidden<?> forbidden) {
            return Problems.forbidden(forbidden.detail());
        }
        if (outcome instanceof CaseOutcome.Conflict<?> conflict) {
            return Problems.concurrentModification(conflict.detail());
        }
        throw new IllegalArgumentException("not a failure: " + outcome);
    }
}
