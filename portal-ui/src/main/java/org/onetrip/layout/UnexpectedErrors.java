package org.onetrip.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.InvalidLocationException;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A failure no screen foresaw (a store or the search service gone, a bug): the log keeps the cause under a short
 * reference, the clerk reads in their language that the action did not happen and which reference to pass on.
 * Vaadin's own handler would log it and show nothing, so a click would seem to do nothing; nor would it let a
 * clerk's typing be lost by moving to an error page.
 */
@Component
public class UnexpectedErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().getSession().setErrorHandler(new Telling()));
    }

    /** Logs the failure under a new reference and returns the reference, which is all the reader is shown. */
    public static String logged(Throwable failure) {
        var bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        var reference = HexFormat.of().withUpperCase().formatHex(bytes);
        log.error("Unexpected failure, reference {}", reference, failure);
        return reference;
    }

    /** Vaadin's handler for what it ignores (a browser that left mid-answer) or only logs (a malformed address). */
    static final class Telling extends DefaultErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            var relevant = findRelevantThrowable(event.getThrowable());
            if (!shouldHandle(relevant) || relevant instanceof InvalidLocationException) {
                super.error(event);
                return;
            }
            var reference = logged(event.getThrowable());
            var ui = UI.getCurrent();
            if (ui != null) {
                var notification = Notification.show(
                        ui.getTranslation("error.unexpected.action", reference), 12_000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }
}
