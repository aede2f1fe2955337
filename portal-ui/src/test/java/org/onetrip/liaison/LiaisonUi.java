package org.onetrip.liaison;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.onetrip.i18n.BundleI18NProvider;

/** A mocked Vaadin UI without Spring, speaking through the portal's own text bundles, for the liaison forms. */
public final class LiaisonUi {

    private LiaisonUi() {}

    public static void setup(Locale locale) {
        System.setProperty("vaadin.i18n.provider", BundleI18NProvider.class.getName());
        MockVaadin.setup(new Routes());
        UI.getCurrent().setLocale(locale);
    }

    public static void tearDown() {
        MockVaadin.tearDown();
    }
}
