package org.onetrip.disclosure.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.onetrip.disclosure.api.DisclosureCommandRefusedEvent;
import org.onetrip.disclosure.api.DisclosureOutcome;
import org.onetrip.disclosure.api.DisclosureRefusalReason;
import org.onetrip.disclosure.api.DisclosureRefusedException;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.command.CommandNames;
import org.onetrip.shared.command.EventContexts;

/** Checks of form shared by the disclosure aggregates; a failed one stores nothing. */
final class Rules {

    private Rules() {}

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    static void requireText(String value, String field, int max) {
        if (!hasText(value)) {
            throw new InvalidCommandException(field, field + " must not be blank");
        }
        maxLength(value, field, max);
    }

    static void maxLength(String value, String field, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidCommandException(field, field + " is longer than " + max + " characters");
        }
    }

    static void requireValue(Object value, String field) {
        if (value == null) {
            throw new InvalidCommandException(field, field + " is required");
        }
    }

    static void requireActor(Actor actor, Channel channel) {
        requireValue(actor, "actor");
        requireValue(channel, "channel");
    }

    static void knownDepartment(DepartmentDirectory departments, String code, String field) {
        if (code != null && !departments.exists(code)) {
            throw new InvalidCommandException(field, "unknown department: " + code);
        }
    }

    static Violation roleViolation(boolean allowed, Actor actor, Object command) {
        return allowed
                ? null
                : new Violation(
                        DisclosureRefusalReason.ROLE_NOT_ALLOWED,
                        actor.role() + (actor.departmentCode() == null ? "" : " of " + actor.departmentCode())
                                + " may not " + CommandNames.action(command));
    }

    /** Staff refusals become events and a Refused outcome; anyone else's are thrown back unrecorded. */
    static DisclosureOutcome refuse(
            String disclosureId,
            Object command,
            Actor actor,
            Channel channel,
            Violation violation,
            EventContexts contexts) {
        if (!actor.role().isStaff()) {
            throw new DisclosureRefusedException(violation.reason(), violation.detail());
        }
        apply(new DisclosureCommandRefusedEvent(
                disclosureId,
                contexts.of(actor, channel),
                command.getClass().getSimpleName(),
                violation.reason(),
                violation.detail()));
        return new DisclosureOutcome.Refused(violation.reason(), violation.detail());
    }
}
