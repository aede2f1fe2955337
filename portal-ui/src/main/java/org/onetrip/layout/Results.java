package org.onetrip.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.onetrip.shared.application.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the portal says an application service's {@link Result}: done, or a translated reason
 * ({@code services.refused.<REASON>}, {@code services.not-found}, {@code services.invalid},
 * {@code services.rate-limited}); the rule's own detail is not shown, it is English for developers.
 */
public final class Results {

    private static final Logger log = LoggerFactory.getLogger(Results.class);

    private Results() {}

    /** Shows what went wrong and answers false, or answers true when done. */
    public static boolean show(Component source, Result<?> result, String doneKey) {
        if (result instanceof Result.Done<?>) {
            if (doneKey != null) {
                var note = Notification.show(source.getTranslation(doneKey), 4000, Notification.Position.BOTTOM_START);
                note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            return true;
        }
        var note = Notification.show(message(source, result), 8000, Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return false;
    }

    public static String message(Component source, Result<?> result) {
        if (result instanceof Result.Refused<?> refused) {
            var text = source.getTranslation("services.refused." + refused.reason());
            if (text.startsWith("!")) {
                log.warn("service action refused for a reason without a text: {}", refused.reason());
                return source.getTranslation("services.refused.OTHER");
            }
            return text;
        }
        if (result instanceof Result.NotFound<?>) {
            return source.getTranslation("services.not-found");
        }
        if (result instanceof Result.Invalid<?> invalid) {
            var field = source.getTranslation("services.field." + invalid.field());
            if (field.startsWith("!")) {
                log.warn("service input refused in a field without a name: {}", invalid.field());
                return source.getTranslation("services.invalid.unnamed");
            }
            return source.getTranslation("services.invalid", field);
        }
        return source.getTranslation("services.rate-limited");
    }
}
