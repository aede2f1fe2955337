package org.onetrip.layout;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.onetrip.home.ui.HomeView;

/**
 * An address that is no screen, said in the reader's language inside the menus; Vaadin's own page says it in English
 * and without a way back.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    public PageNotFoundView() {
        setId("page-not-found");
        add(
                new H1(getTranslation("error.not-found.heading")),
                new Paragraph(getTranslation("error.not-found.text")),
                new RouterLink(getTranslation("error.home"), HomeView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
