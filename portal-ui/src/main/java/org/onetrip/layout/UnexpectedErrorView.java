package org.onetrip.layout;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.onetrip.home.ui.HomeView;

/**
 * A screen that failed to open for a reason nobody foresaw: said in the reader's language, with the reference the
 * log keeps the cause under. Vaadin's own page shows the cause itself, in English, with class names.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private final Paragraph text = new Paragraph();

    public UnexpectedErrorView() {
        setId("unexpected-error");
        text.setId("unexpected-error-text");
        add(
                new H1(getTranslation("error.unexpected.heading")),
                text,
                new RouterLink(getTranslation("error.home"), HomeView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        text.setText(getTranslation("error.unexpected.text", UnexpectedErrors.logged(parameter.getCaughtException())));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
