package org.onetrip.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Chinese unless the visitor chose English in this session, whatever the browser asks for. */
@Component
public class PortalLocales implements VaadinServiceInitListener {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);
    private static final String SESSION_KEY = "onetrip.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            var locale = chosen(ui.getSession());
            ui.setLocale(locale);
            // the page's language follows the visitor's choice, so a screen reader speaks English in an English voice
            ui.getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
        });
    }

    public static Locale chosen(VaadinSession session) {
        var chosen = session == null ? null : (Locale) session.getAttribute(SESSION_KEY);
        return chosen == null ? CHINESE : chosen;
    }

    public static void choose(VaadinSession session, Locale locale) {
        session.setAttribute(SESSION_KEY, SUPPORTED.contains(locale) ? locale : CHINESE);
    }

    public static Locale other(Locale current) {
        return CHINESE.getLanguage().equals(current.getLanguage()) ? ENGLISH : CHINESE;
    }
}
