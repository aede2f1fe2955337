package org.onetrip.layout;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import org.onetrip.home.ui.HomeView;

/** What every error page says: a heading, a sentence (set later when {@code textKey} is null), the way home. */
abstract class ErrorPage extends VerticalLayout {

    protected final Paragraph text = new Paragraph();

    protected ErrorPage(String id, String headingKey, String textKey) {
        setId(id);
        text.setId(id + "-text");
        if (textKey != null) {
            text.setText(getTranslation(textKey));
        }
        add(new H1(getTranslation(headingKey)), text, new RouterLink(getTranslation("error.home"), HomeView.class));
    }
}
