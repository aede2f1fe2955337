package org.onetrip.layout;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A screen that failed to open for a reason nobody foresaw: said in the reader's language, with the reference the
 * log keeps the cause under. Vaadin's own page shows the cause itself, in English, with class names. Outside the
 * menus' layout, so that a failure of the layout itself still ends here.
 */
@AnonymousAllowed
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    public UnexpectedErrorView() {
        super("unexpected-error", "error.unexpected.heading", null);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        text.setText(getTranslation("error.unexpected.text", UnexpectedErrors.logged(parameter.getCaughtException())));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
