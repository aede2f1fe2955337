package org.onetrip.liaison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.onetrip.cases.application.CaseOutcome;
import org.onetrip.enterprise.api.EnterpriseOutcome;
import org.onetrip.enterprise.api.UnknownEnterpriseException;
import org.onetrip.grid.api.GridOutcome;
import org.onetrip.grid.api.UnknownGridException;
import org.onetrip.projections.support.SearchUnavailableException;
import org.onetrip.shared.api.InvalidCommandException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an action of the liaison and discipline screens and tells the clerk what happened, in their
 * language: done, refused (with the rule's translated reason, {@code liaison.refused.<REASON>}), or what
 * was wrong with the input. Nothing is shown as an exception or a class name.
 */
public final class Attempts {

    private static final Logger log = LoggerFactory.getLogger(Attempts.class);

    private Attempts() {}

    /** The action's result, or empty after telling why there is none. */
    public static <T> Optional<T> run(Component source, Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (InvalidCommandException invalid) {
            invalid(source, invalid.field());
        } catch (UnknownGridException | UnknownEnterpriseException | AggregateNotFoundException unknown) {
            error(source, source.getTranslation("liaison.unknown"));
        } catch (SearchUnavailableException unavailable) {
            error(source, source.getTranslation("liaison.search-unavailable"));
        }
        return Optional.empty();
    }

    /** Runs a grid command: true when it was done, after saying so; false after saying why not. */
    public static boolean grid(Component source, Supplier<GridOutcome> action, String doneKey) {
        var outcome = run(source, action);
        if (outcome.isEmpty()) {
            return false;
        }
        if (outcome.get() instanceof GridOutcome.Refused refused) {
            refused(source, refused.reason().name(), refused.detail());
            return false;
        }
        done(source, doneKey);
        return true;
    }

    public static Optional<EnterpriseOutcome> enterprise(
            Component source, Supplier<EnterpriseOutcome> action, String doneKey) {
        var outcome = run(source, action);
        if (outcome.isEmpty()) {
            return Optional.empty();
        }
        if (outcome.get() instanceof EnterpriseOutcome.Refused refused) {
            refused(source, refused.reason().name(), refused.detail());
            return Optional.empty();
        }
        done(source, doneKey);
        return outcome;
    }

    /** Runs a case action: true when it was done, after saying so; false after saying why not. */
    public static boolean caseCommand(Component source, Supplier<? extends CaseOutcome<?>> action, String doneKey) {
        var outcome = run(source, action);
        if (outcome.isEmpty()) {
            return false;
        }
        if (!failed(source, outcome.get())) {
            done(source, doneKey);
            return true;
        }
        return false;
    }

    /** The value of a case question, or empty after telling why there is none. */
    public static <T> Optional<T> caseAnswer(Component source, Supplier<CaseOutcome<T>> question) {
        var outcome = run(source, question);
        if (outcome.isEmpty() || failed(source, outcome.get())) {
            return Optional.empty();
        }
        return Optional.ofNullable(((CaseOutcome.Done<T>) outcome.get()).value());
    }

    /** Tells why a case outcome is not done; false when it is done. */
    public static boolean failed(Component source, CaseOutcome<?> outcome) {
        if (outcome instanceof CaseOutcome.Refused<?> refused) {
            refused(source, refused.reason().name(), refused.detail());
        } else if (outcome instanceof CaseOutcome.Invalid<?> invalid) {
            invalid(source, invalid.field());
        } else if (outcome instanceof CaseOutcome.Unknown<?>) {
            error(source, source.getTranslation("liaison.unknown"));
        } else if (outcome instanceof CaseOutcome.Forbidden<?>) {
            refused(source, "ROLE_NOT_ALLOWED", null);
        } else if (outcome instanceof CaseOutcome.Conflict<?>) {
            error(source, source.getTranslation("liaison.changed"));
        } else {
            return false;
        }
        return true;
    }

    private static void invalid(Component source, String field) {
        var name = source.getTranslation("liaison.field." + field);
        if (name.startsWith("!")) {
            log.warn("liaison input refused in a field without a name: {}", field);
            error(source, source.getTranslation("liaison.invalid.unnamed"));
        } else {
            error(source, source.getTranslation("liaison.invalid", name));
        }
    }

    /** A grid's or an enterprise's reason has its own text; a case's reason has the workbench's. */
    public static void refused(Component source, String reason, String detail) {
        var text = source.getTranslation("liaison.refused." + reason);
        if (text.startsWith("!")) {
            text = source.getTranslation("workbench.refused." + reason);
        }
        if (text.startsWith("!")) {
            log.warn("liaison action refused for a reason without a text: {}", reason);
            text = source.getTranslation("liaison.refused.other");
        }
        error(source, source.getTranslation("liaison.refused.title") + " " + text);
    }

    public static Notification done(Component source, String key, Object... params) {
        var notification =
                Notification.show(source.getTranslation(key, params), 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    private static void error(Component source, String text) {
        var notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
