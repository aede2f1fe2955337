package org.onetrip.cases.command;

import java.util.Objects;
import java.util.Set;
import org.onetrip.cases.api.CaseCommand;
import org.onetrip.cases.api.CaseState;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.command.CommandNames;

/**
 * The checks the case's handling rules and its policies are made of, each over the case's state and the
 * command: null when the rule holds, the {@link Violation} when it does not.
 */
final class CaseRules {

    private CaseRules() {}

    static Violation notFinal(CaseState state) {
        return state.status().isFinal()
                ? new Violation(
                        RefusalReason.CASE_IS_FINAL, "the case is " + state.status() + "; nothing more can be done")
                : null;
    }

    static Violation roleIn(CaseCommand command, Role... roles) {
        return roleIn(command.actor(), commandName(command), roles);
    }

    static Violation roleIn(Actor actor, String what, Role... roles) {
        return Set.of(roles).contains(actor.role())
                ? null
                : new Violation(RefusalReason.ROLE_NOT_ALLOWED, actor.role() + " may not " + what);
    }

    static Violation stateIn(CaseState state, CaseStatus... allowed) {
        return Set.of(allowed).contains(state.status())
                ? null
                : new Violation(RefusalReason.WRONG_STATE, "not possible while the case is " + state.status());
    }

    static Violation holdsCase(CaseState state, Actor actor) {
        return actor.actsFor(state.departmentCode())
                ? null
                : new Violation(
                        RefusalReason.NOT_YOUR_DEPARTMENT,
                        "the case is held by " + state.departmentCode() + ", not by " + actor.departmentCode());
    }

    static Violation signed(CaseState state) {
        return state.signedFor() ? null : new Violation(RefusalReason.NOT_SIGNED_FOR, "sign for the case first");
    }

    static Violation extensionPending(CaseState state) {
        return state.pendingExtension() != null
                ? null
                : new Violation(RefusalReason.NO_PENDING_EXTENSION, "no extension request is waiting");
    }

    static Violation noExtensionPending(CaseState state) {
        return state.pendingExtension() == null
                ? null
                : new Violation(
                        RefusalReason.EXTENSION_ALREADY_PENDING,
                        "an extension request is already waiting for a decision");
    }

    static Violation otherDepartment(CaseState state, String toDepartmentCode) {
        return Objects.equals(toDepartmentCode, state.departmentCode())
                ? new Violation(RefusalReason.SAME_DEPARTMENT, "the case is already with " + state.departmentCode())
                : null;
    }

    static Violation transferPending(CaseState state) {
        return state.pendingTransfer() != null
                ? null
                : new Violation(RefusalReason.NO_PENDING_TRANSFER, "no transfer proposal is waiting");
    }

    static Violation noTransferPending(CaseState state) {
        return state.pendingTransfer() == null
                ? null
                : new Violation(
                        RefusalReason.TRANSFER_ALREADY_PENDING,
                        "a transfer to " + state.pendingTransfer().toDepartmentCode()
                                + " is already waiting for the intake desk");
    }

    static Violation knownDepartment(DepartmentDirectory departments, String code) {
        return departments.exists(code)
                ? null
                : new Violation(RefusalReason.UNKNOWN_DEPARTMENT, "unknown department: " + code);
    }

    static String commandName(Object command) {
        return CommandNames.action(command);
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    static void requireText(String value, String field) {
        if (!hasText(value)) {
            throw new InvalidCommandException(field, field + " must not be blank");
        }
    }

    static void requireText(String value, String field, int maxLength) {
        requireText(value, field);
        if (value.strip().length() > maxLength) {
            throw new InvalidCommandException(field, field + " must be at most " + maxLength + " characters");
        }
    }

    static void requireValue(Object value, String field) {
        if (value == null) {
            throw new InvalidCommandException(field, field + " is required");
        }
    }
}
