package org.onetrip.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The texts the browser shows without a screen: the connection indicator (Vaadin's says "Online" and "Connection
 * lost" in English) and the notices for an internal error and for disabled cookies (a lost session reloads the
 * page, with no notice).
 */
@Component
public class ClientTexts implements VaadinServiceInitListener {

    private final I18NProvider texts;

    public ClientTexts(I18NProvider texts) {
        this.texts = texts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // the language the visitor chose, not the browser's that the request would give
        event.getSource()
                .setSystemMessagesProvider(info -> systemMessages(PortalLocales.chosen(VaadinSession.getCurrent())));
        event.getSource().addUIInitListener(init -> connectionTexts(init.getUI()));
    }

    SystemMessages systemMessages(Locale locale) {
        var messages = new CustomizedSystemMessages();
        messages.setInternalErrorCaption(text("client.internal-error.caption", locale));
        messages.setInternalErrorMessage(text("client.internal-error.message", locale));
        messages.setCookiesDisabledCaption(text("client.cookies-disabled.caption", locale));
        messages.setCookiesDisabledMessage(text("client.cookies-disabled.message", locale));
        return messages;
    }

    void connectionTexts(UI ui) {
        // the UI's locale may not be set yet: listeners run in no given order
        var locale = PortalLocales.chosen(ui.getSession());
        var reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(text("client.connection.reconnecting", locale));
        reconnect.setDialogTextGaveUp(text("client.connection.lost", locale));
        // Flow has no setting for the third state's text; the indicator takes it as a property
        ui.getPage()
                .executeJs(
                        "if (window.Vaadin && window.Vaadin.connectionIndicator) {"
                                + " window.Vaadin.connectionIndicator.onlineText = $0; }",
                        text("client.connection.online", locale));
    }

    private String text(String key, Locale locale) {
        return texts.getTranslation(key, locale);
    }
}
