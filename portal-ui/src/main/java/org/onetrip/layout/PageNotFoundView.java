package org.onetrip.layout;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that is no screen, said in the reader's language inside the menus; Vaadin's own page says it in English
 * and without a way back.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class PageNotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public PageNotFoundView() {
        super("page-not-found", "error.not-found.heading", "error.not-found.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
