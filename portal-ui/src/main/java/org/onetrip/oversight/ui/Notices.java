package org.onetrip.oversight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.onetrip.oversight.OversightRefusal;

/** Translated notifications for done and refused actions. */
public final class Notices {

    private Notices() {}

    public static Notification done(Component source, String key) {
        var notification = Notification.show(source.getTranslation(key), 4000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    public static Notification refused(Component source, OversightRefusal refusal) {
        var text = source.getTranslation(refusal.key());
        if (!refusal.detail().isBlank()) {
            text = text + " (" + refusal.detail() + ")";
        }
        var notification = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }
}
