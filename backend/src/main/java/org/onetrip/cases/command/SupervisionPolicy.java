package org.onetrip.cases.command;

import static org.onetrip.cases.command.CaseRules.roleIn;
import static org.onetrip.cases.command.Violation.firstOf;
import static org.onetrip.shared.api.Role.DISCIPLINE;

import org.onetrip.cases.api.CaseState;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.shared.api.Actor;

/**
 * The discipline office's supervision (督办) and accountability (问责), apart from the handling rules: any
 * case at any stage, even a closed one, but one supervision at a time and accountability only under one.
 */
final class SupervisionPolicy {

    private SupervisionPolicy() {}

    static Violation open(Actor actor, String command, CaseState state) {
        return firstOf(
                roleIn(actor, command, DISCIPLINE),
                state.status() == CaseStatus.MERGED
                        ? new Violation(
                                RefusalReason.WRONG_STATE, "the case was merged into another; supervise that one")
                        : null,
                state.supervisionOpen()
                        ? new Violation(RefusalReason.SUPERVISION_ALREADY_OPEN, "supervision is already open")
                        : null);
    }

    static Violation conclude(Actor actor, String command, CaseState state) {
        return firstOf(roleIn(actor, command, DISCIPLINE), supervising(state));
    }

    static Violation accountable(Actor actor, String command, CaseState state) {
        return firstOf(roleIn(actor, command, DISCIPLINE), supervising(state));
    }

    private static Violation supervising(CaseState state) {
        return state.supervisionOpen()
                ? null
                : new Violation(RefusalReason.SUPERVISION_NOT_OPEN, "open supervision first");
    }
}
