package org.onetrip.oversight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.onetrip.oversight.OversightRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Translated notifications for done and refused actions. */
public final class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private Notices() {}

    public static Notification done(Component source, String key) {
        var notification = Notification.show(source.getTranslation(key), 4000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    public static Notification refused(Component source, OversightRefusal refusal) {
        // the detail is English for developers: the log keeps it, the staff member reads the translated key only
        log.info("oversight action refused: {} ({})", refusal.key(), refusal.detail());
        var notification = Notification.show(
                source.getTranslation(refusal.key(), refusal.params()), 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }
}
