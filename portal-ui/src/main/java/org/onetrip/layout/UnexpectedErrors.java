package org.onetrip.layout;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.InvalidLocationException;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A failure no screen foresaw (a store or the search service gone, a bug): the log keeps the cause under a short
 * reference, and the reader is told in their language that it did not happen and which reference to pass on.
 * Vaadin's own handler only logs it, so a click would seem to do nothing; a notice, unlike an error page, leaves
 * the clerk's typing on the screen.
 */
@Component
public class UnexpectedErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String OPEN_NOTICE = UnexpectedErrors.class.getName() + ".open";

    /** A browser that went away mid-answer (Vaadin's own list, matched anywhere in the chain of causes). */
    private static final Set<String> DEPARTED =
            Set.of("org.apache.catalina.connector.ClientAbortException", "org.eclipse.jetty.io.EofException");

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

    static boolean departed(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (DEPARTED.contains(cause.getClass().getName())) {
                return true;
            }
        }
        return false;
    }

    static final class Telling extends DefaultErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            var failure = event.getThrowable();
            if (departed(failure)) {
                log.debug("The browser left before its answer was written", failure);
                return;
            }
            if (findRelevantThrowable(failure) instanceof InvalidLocationException) {
                super.error(event); // a malformed address typed by hand: Vaadin logs it, the router answers it
                return;
            }
            var reference = logged(failure);
            var ui = UI.getCurrent();
            if (ui != null) {
                tell(ui, reference);
            }
        }

        /** One notice at a time: a page that refreshes itself would otherwise stack one every few seconds. */
        private static void tell(UI ui, String reference) {
            var open = ComponentUtil.getData(ui, OPEN_NOTICE);
            if (open instanceof Notification shown && shown.isOpened()) {
                return;
            }
            var notification = new Notification();
            notification.setId("unexpected-error-notice");
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.setPosition(Notification.Position.MIDDLE);
            // stays until closed: the reference is there to be copied
            notification.setDuration(0);
            var close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> notification.close());
            close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            close.setAriaLabel(ui.getTranslation("error.unexpected.close"));
            var content =
                    new HorizontalLayout(new Span(ui.getTranslation("error.unexpected.action", reference)), close);
            content.setAlignItems(FlexComponent.Alignment.CENTER);
            notification.add(content);
            ComponentUtil.setData(ui, OPEN_NOTICE, notification);
            notification.open();
        }
    }
}
