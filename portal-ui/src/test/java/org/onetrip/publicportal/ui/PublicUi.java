package org.onetrip.publicportal.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onetrip.i18n.BundleI18NProvider;

/** A mocked Vaadin UI without Spring, speaking through the portal's own text bundles. */
final class PublicUi {

    private PublicUi() {}

    static void setup(Locale locale) {
        System.setProperty("vaadin.i18n.provider", BundleI18NProvider.class.getName());
        MockVaadin.setup(new Routes().autoDiscoverViews("org.onetrip.publicportal"));
        UI.getCurrent().setLocale(locale);
    }

    static void tearDown() {
        MockVaadin.tearDown();
    }

    /** Every element below (and including) the root, to look for elements markup would have created. */
    static List<Element> elements(Element root) {
        var all = new ArrayList<Element>();
        all.add(root);
        root.getChildren().forEach(child -> all.addAll(elements(child)));
        return all;
    }

    /** Whether markup was turned into elements anywhere below the root. */
    static boolean hasElement(Element root, String... tags) {
        return elements(root).stream()
                .filter(e -> !e.isTextNode())
                .anyMatch(e -> java.util.Arrays.asList(tags).contains(e.getTag()));
    }

    /** All text in the tree, as the browser would show it. */
    static String text(Element root) {
        return root.getTextRecursively();
    }
}
