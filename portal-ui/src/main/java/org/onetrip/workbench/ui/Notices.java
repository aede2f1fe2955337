package org.onetrip.workbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.onetrip.workbench.WorkbenchRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Notifications of the workbenches: translated, plain text. */
public final class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private Notices() {}

    public static Notification refused(Component source, WorkbenchRefusal refusal) {
        var key = refusal.messageKey();
        var text = source.getTranslation(key);
        if (text.startsWith("!")) {
            log.warn("case action refused for a reason without a text: {}", refusal.code());
            text = source.getTranslation("workbench.refused.OTHER");
        }
        var notification = Notification.show(
                source.getTranslation("workbench.refused.title") + " " + text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }

    public static Notification done(Component source, String key, Object... params) {
        var notification =
                Notification.show(source.getTranslation(key, params), 4000, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    /** Runs a workbench action: on success says so, on refusal says why; the caller refreshes. */
    public static boolean attempt(Component source, Runnable action, String doneKey) {
        try {
            action.run();
            done(source, doneKey);
            return true;
        } catch (WorkbenchRefusal refusal) {
            refused(source, refusal);
            return false;
        }
    }
}
