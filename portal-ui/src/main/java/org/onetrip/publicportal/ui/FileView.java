package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.onetrip.layout.MainLayout;
import org.onetrip.publicportal.PublicPortal;
import org.onetrip.publicportal.PublicPortal.Outcome;

/** 我要投诉: anyone files a complaint, report, enquiry or suggestion and is sent to the receipt. */
@Route(value = "file", layout = MainLayout.class)
@AnonymousAllowed
public class FileView extends VerticalLayout implements HasDynamicTitle {

    private final PublicPortal portal;
    final FilingForm form;

    public FileView(PublicPortal portal) {
        this.portal = portal;
        setMaxWidth("960px");
        getStyle().set("margin", "0 auto");
        form = new FilingForm(portal.departments(), portal.serviceItems());
        form.addSubmitListener(event -> file(event.request()));
        add(new H1(getTranslation("public.file.heading")), new Paragraph(getTranslation("public.file.intro")), form);
    }

    private void file(org.onetrip.cases.application.NewCase request) {
        Outcome<PublicPortal.Filed> outcome;
        try {
            outcome = portal.file(request, clientAddress());
        } catch (RuntimeException e) {
            error(getTranslation("public.file.failed"));
            return;
        }
        if (outcome instanceof Outcome.Done<PublicPortal.Filed> done) {
            getUI().ifPresent(ui -> {
                ReceiptView.keepSignedReceipt(ui.getSession(), done.value());
                ui.navigate(ReceiptView.class, done.value().receiptCode());
            });
        } else if (outcome instanceof Outcome.RateLimited<PublicPortal.Filed>) {
            error(getTranslation("public.rate-limited.filing"));
        } else {
            error(getTranslation("public.file.failed"));
        }
    }

    static String clientAddress() {
        var request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }

    static void error(String message) {
        var notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.file.heading");
    }
}
