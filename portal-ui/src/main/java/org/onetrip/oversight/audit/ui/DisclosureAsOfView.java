package org.onetrip.oversight.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.layout.LocalDateTimePicker;
import org.onetrip.layout.MainLayout;
import org.onetrip.publicportal.ui.NoticeCard;

/**
 * The public page of a service item or notice as it was at a chosen moment (township time), replayed
 * from its events; {@code ?item=MZ-001&at=2026-03-02T10:15:00} or {@code ?notice=…&at=…} is a link an
 * auditor can share. Same roles as {@code /api/audit/…/as-of}.
 */
@Route(value = "audit/disclosures", layout = MainLayout.class)
@RolesAllowed({"AUDITOR", "DISCIPLINE", "ADMIN"})
public class DisclosureAsOfView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ITEM = "item";
    static final String NOTICE = "notice";
    static final int MAX_ID_LENGTH = 64;

    private final Clock clock;
    private final DisclosureHistory history;
    private final RadioButtonGroup<String> kind = new RadioButtonGroup<>();
    private final TextField id = new TextField();
    private final DateTimePicker at = new LocalDateTimePicker();
    private final Button show = new Button();
    private final Anchor link = new Anchor();
    private final Div page = new Div();

    public DisclosureAsOfView(DisclosureHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
        kind.setLabel(getTranslation("oversight.disclosure-as-of.kind"));
        kind.setItems(ITEM, NOTICE);
        kind.setItemLabelGenerator(k -> getTranslation("oversight.disclosure-as-of.kind." + k));
        kind.setValue(ITEM);
        kind.setId("as-of-kind");
        id.setLabel(getTranslation("oversight.disclosure-as-of.id"));
        id.setHelperText(getTranslation("oversight.disclosure-as-of.id.help"));
        id.setMaxLength(MAX_ID_LENGTH);
        id.setWidth("24em");
        id.setId("as-of-id");
        at.setLabel(getTranslation("oversight.audit.as-of"));
        at.setHelperText(getTranslation("oversight.audit.as-of.help"));
        at.setStep(java.time.Duration.ofSeconds(1));
        at.setValue(LocalDateTime.now(clock.withZone(WorkingDays.ZONE)).withNano(0));
        at.setId("as-of-at");
        show.setText(getTranslation("oversight.audit.replay"));
        show.setId("as-of-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickListener(click -> replay());
        link.setId("as-of-link");
        link.setVisible(false);
        page.setId("as-of-page");
        page.setWidthFull();
        var form = new HorizontalLayout(kind, id, at, show);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(
                new H1(getTranslation("oversight.disclosure-as-of.title")),
                new Paragraph(getTranslation("oversight.disclosure-as-of.explanation")),
                form,
                link,
                page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var requested = first(parameters, NOTICE) != null ? NOTICE : first(parameters, ITEM) != null ? ITEM : null;
        if (requested == null) {
            return;
        }
        kind.setValue(requested);
        id.setValue(first(parameters, requested));
        var instant = first(parameters, "at");
        if (instant != null) {
            try {
                at.setValue(LocalDateTime.parse(instant).withNano(0));
            } catch (DateTimeParseException malformed) {
                at.setInvalid(true);
                at.setErrorMessage(getTranslation("oversight.audit.bad-instant"));
                return;
            }
        }
        replay();
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        var values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.get(0);
    }

    private void replay() {
        id.setInvalid(false);
        at.setInvalid(false);
        page.removeAll();
        link.setVisible(false);
        var which = id.getValue() == null ? "" : id.getValue().strip();
        if (which.isEmpty() || which.length() > MAX_ID_LENGTH) {
            id.setInvalid(true);
            id.setErrorMessage(getTranslation("oversight.disclosure-as-of.id.required"));
            return;
        }
        if (at.getValue() == null) {
            at.setInvalid(true);
            at.setErrorMessage(getTranslation("oversight.audit.bad-instant"));
            return;
        }
        var instant = at.getValue().atZone(WorkingDays.ZONE).toInstant();
        var when = at.getValue().withNano(0).toString();
        boolean found;
        if (NOTICE.equals(kind.getValue())) {
            found = history.notice(which, instant)
                    .map(asOf -> {
                        page.add(asOf.published() ? new NoticeCard(asOf.publicPage()) : notYetPublic(when));
                        return true;
                    })
                    .orElse(false);
        } else {
            found = history.serviceItem(which, instant)
                    .map(asOf -> {
                        page.add(asOf.published() ? history.itemPage(asOf.publicPage()) : notYetPublic(when));
                        return true;
                    })
                    .orElse(false);
        }
        if (!found) {
            page.add(new Paragraph(getTranslation("oversight.disclosure-as-of.not-found")));
            return;
        }
        page.addComponentAsFirst(new Paragraph(getTranslation("oversight.disclosure-as-of.as-of", when)));
        var url = "/" + DisclosureAsOfView.class.getAnnotation(Route.class).value() + "?"
                + QueryParameters.simple(Map.of(kind.getValue(), which, "at", when))
                        .getQueryString();
        link.setHref(url);
        link.setText(getTranslation("oversight.disclosure-as-of.link"));
        link.setVisible(true);
    }

    private Paragraph notYetPublic(String when) {
        var paragraph = new Paragraph(getTranslation("oversight.disclosure-as-of.not-public", when));
        paragraph.setId("as-of-not-public");
        return paragraph;
    }

    public TextField id() {
        return id;
    }

    public RadioButtonGroup<String> kind() {
        return kind;
    }

    public DateTimePicker at() {
        return at;
    }

    public Button show() {
        return show;
    }

    public Anchor link() {
        return link;
    }

    public Div page() {
        return page;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("oversight.disclosure-as-of.title");
    }
}
