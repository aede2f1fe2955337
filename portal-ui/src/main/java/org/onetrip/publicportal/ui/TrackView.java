package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.onetrip.cases.api.PublicCaseResponse;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.layout.LiveRegion;
import org.onetrip.layout.MainLayout;
import org.onetrip.publicportal.PublicPortal;
import org.onetrip.publicportal.PublicPortal.Outcome;

/** 办件查询: the public timeline by receipt code, and the rating form once answered. */
@Route(value = "track", layout = MainLayout.class)
@AnonymousAllowed
public class TrackView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final PublicPortal portal;
    final TextField code = new TextField();
    final Div result = new Div();

    public TrackView(PublicPortal portal) {
        this.portal = portal;
        setMaxWidth("960px");
        getStyle().set("margin", "0 auto");
        code.setId("track-code");
        code.setLabel(getTranslation("public.track.code-field"));
        code.setPlaceholder("XXXX-XXXX-XXXX-XXXXX");
        code.setMaxLength(40);
        code.setWidth("22em");
        code.setMaxWidth("100%");
        var find = new Button(getTranslation("public.track.find"), click -> find());
        find.setId("track-find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER);
        var form = new HorizontalLayout(code, find);
        form.setAlignItems(Alignment.BASELINE);
        result.setId("track-result");
        LiveRegion.polite(result);
        result.setWidthFull();
        add(
                new H1(getTranslation("public.track.heading")),
                new Paragraph(getTranslation("public.track.intro")),
                form,
                result);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        if (parameter != null && !parameter.isBlank()) {
            code.setValue(parameter.length() > 40 ? parameter.substring(0, 40) : parameter);
            show(parameter);
        }
    }

    private void find() {
        var typed = code.getValue();
        var parsed = ReceiptCode.parse(typed);
        if (parsed.isPresent()) {
            getUI().ifPresent(ui -> ui.navigate(TrackView.class, parsed.get().grouped()));
        } else {
            show(typed);
        }
    }

    void show(String typed) {
        result.removeAll();
        var outcome = portal.track(typed, FileView.clientAddress());
        if (outcome instanceof Outcome.Done<PublicCaseResponse> done) {
            var details = new PublicCaseDetails(
                    done.value(),
                    departmentCode -> portal.department(departmentCode)
                            .map(d -> d.name(getLocale()))
                            .orElse(departmentCode));
            details.addRateListener(rate -> {
                var rated = portal.rate(
                        done.value().receiptCode(), rate.rating(), rate.comment(), FileView.clientAddress());
                if (rated instanceof Outcome.Done<?>) {
                    var note = Notification.show(
                            getTranslation("public.rating.thanks"), 5000, Notification.Position.MIDDLE);
                    note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    show(done.value().receiptCode());
                } else if (rated instanceof Outcome.RateLimited<?>) {
                    FileView.error(getTranslation("public.rate-limited.lookup"));
                } else {
                    FileView.error(getTranslation("public.rating.failed"));
                }
            });
            result.add(details);
        } else if (outcome instanceof Outcome.RateLimited<PublicCaseResponse>) {
            result.add(message(getTranslation("public.rate-limited.lookup")));
        } else {
            result.add(notFound(getTranslation("public.track.not-found")));
        }
    }

    /** The same words for an unknown and a malformed code: nothing to learn by trying. */
    static Component notFound(String text) {
        var message = message(text);
        message.setId("not-found");
        return message;
    }

    static Paragraph message(String text) {
        var paragraph = new Paragraph();
        if (text != null) {
            paragraph.setText(text);
        }
        paragraph
                .getStyle()
                .set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-contrast-5pct)");
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.track.heading");
    }
}
