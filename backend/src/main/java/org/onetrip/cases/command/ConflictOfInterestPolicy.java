package org.onetrip.cases.command;

import static org.onetrip.cases.command.CaseRules.notFinal;
import static org.onetrip.cases.command.CaseRules.roleIn;
import static org.onetrip.cases.command.Violation.firstOf;
import static org.onetrip.shared.api.Role.DISCIPLINE;
import static org.onetrip.shared.api.Role.INTAKE;

import org.onetrip.cases.api.AllegationReviewedEvent;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseCommand;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseState;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.ConflictOfInterest;
import org.onetrip.cases.api.ConflictOfInterestDecidedEvent;
import org.onetrip.cases.api.ConflictOfInterestDecisionRequestedEvent;
import org.onetrip.cases.api.RefusalReason;

/**
 * Conflict of interest and allegations against staff (四.四.3) as the case keeps them, and the policy over
 * them: a complaint or report naming a department (or any case naming one in a category that accuses
 * staff) is not handed to that department unless the discipline office decided, with a reason, that it
 * may ({@code permitted}, the last decision); the intake desk asks for that decision once at a time
 * ({@code requested}); only the discipline office decides and reviews allegations. Folded from the
 * case's events next to {@link CaseState}, whose step leaves these events without a change of state.
 */
record ConflictOfInterestPolicy(CaseCategory category, Boolean permitted, boolean requested) {

    static final ConflictOfInterestPolicy NONE = new ConflictOfInterestPolicy(null, null, false);

    ConflictOfInterestPolicy step(CaseEvent event) {
        if (event instanceof CaseFiledEvent filed) {
            return new ConflictOfInterestPolicy(filed.category(), null, false);
        }
        if (event instanceof ConflictOfInterestDecisionRequestedEvent) {
            return new ConflictOfInterestPolicy(category, permitted, true);
        }
        if (event instanceof ConflictOfInterestDecidedEvent decided) {
            return new ConflictOfInterestPolicy(category, decided.permitted(), false);
        }
        return this;
    }

    /** The department complained about handles the case only with the discipline office's permission. */
    Violation mayHandOver(CaseState state, String toDepartmentCode) {
        return ConflictOfInterest.arises(state.kind(), category, state.concernedDepartmentCode(), toDepartmentCode)
                        && !Boolean.TRUE.equals(permitted)
                ? new Violation(
                        RefusalReason.CONFLICT_OF_INTEREST,
                        "the " + state.kind() + " is about " + toDepartmentCode
                                + "; it may handle it only if the discipline office decides so")
                : null;
    }

    /** The desk asks the discipline office to decide before it hands a case to the department complained about. */
    Violation mayRequestDecision(CaseCommand command, CaseState state) {
        return firstOf(
                notFinal(state),
                roleIn(command, INTAKE),
                concernsADepartment(state),
                requested
                        ? new Violation(
                                RefusalReason.DECISION_ALREADY_REQUESTED,
                                "the discipline office has not yet decided the last request")
                        : null);
    }

    /** The discipline office's decision, asked for or not; a later one replaces an earlier one. */
    Violation mayDecide(CaseCommand command, CaseState state) {
        return firstOf(notFinal(state), roleIn(command, DISCIPLINE), concernsADepartment(state));
    }

    /** The discipline office records its review of a complaint accusing staff ({@link AllegationReviewedEvent}). */
    Violation mayReviewAllegation(CaseCommand command, CaseState state) {
        return firstOf(
                roleIn(command, DISCIPLINE),
                state.status() == CaseStatus.MERGED
                        ? new Violation(RefusalReason.WRONG_STATE, "the case was merged into another; review that one")
                        : null,
                category != null && category.accusesStaff()
                        ? null
                        : new Violation(
                                RefusalReason.NOT_AN_ALLEGATION,
                                "only a complaint of buck-passing, irregular handling or attitude is an allegation"));
    }

    private Violation concernsADepartment(CaseState state) {
        return ConflictOfInterest.applies(state.kind(), category, state.concernedDepartmentCode())
                ? null
                : new Violation(
                        RefusalReason.NO_CONCERNED_DEPARTMENT,
                        "only a complaint, report or allegation naming a department raises a conflict of interest");
    }
}
