package org.onetrip.layout;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import org.onetrip.home.ui.HomeView;

/**
 * What every error page says: a heading, also the browser tab's title, a sentence (set later when {@code textKey} is
 * null), the way home.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    protected final Paragraph text = new Paragraph();
    private final String heading;

    protected ErrorPage(String id, String headingKey, String textKey) {
        setId(id);
        heading = getTranslation(headingKey);
        text.setId(id + "-text");
        if (textKey != null) {
            text.setText(getTranslation(textKey));
        }
        add(new H1(heading), text, new RouterLink(getTranslation("error.home"), HomeView.class));
    }

    @Override
    public String getPageTitle() {
        return heading;
    }
}
