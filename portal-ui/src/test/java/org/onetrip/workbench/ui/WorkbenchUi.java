package org.onetrip.workbench.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.onetrip.i18n.BundleI18NProvider;

/** Karibu without Spring, but with the portal's real texts: forms are built after {@link #start(Locale)}. */
public final class WorkbenchUi {

    public static final BundleI18NProvider TEXTS = new BundleI18NProvider();

    private WorkbenchUi() {}

    public static void start(Locale locale) {
        System.setProperty("vaadin.i18n.provider", BundleI18NProvider.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(locale);
    }

    public static void stop() {
        MockVaadin.tearDown();
    }

    public static String text(Locale locale, String key, Object... params) {
        return TEXTS.getTranslation(key, locale, params);
    }
}
