package org.onetrip.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.onetrip.layout.LocalPasswordField;
import org.onetrip.layout.MainLayout;

@Route(value = "login", layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView() {
        setAlignItems(Alignment.CENTER);
        var texts = new LoginI18n.Form();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        i18n.setForm(texts);
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");
        add(new H1(getTranslation("login.heading")), new Paragraph(getTranslation("login.explanation")), form);
        LocalPasswordField.revealLabelled(form, "vaadin-password-field");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean throttled = parameters.containsKey("throttled");
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation(throttled ? "login.throttled.title" : "login.error.title"));
        error.setMessage(getTranslation(throttled ? "login.throttled.message" : "login.error.message"));
        error.setUsername(getTranslation("login.username-required"));
        error.setPassword(getTranslation("login.password-required"));
        i18n.setErrorMessage(error);
        form.setI18n(i18n);
        form.setError(throttled || parameters.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
