package org.onetrip.mechanisms.agency.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.onetrip.agency.api.AgencyRequestResponse;
import org.onetrip.agency.application.AgencyService;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.layout.LiveRegion;
import org.onetrip.layout.MainLayout;
import org.onetrip.layout.Results;
import org.onetrip.shared.application.Result;

/** 帮代办 progress for the citizen (or a relative) by the tracking code on their slip. */
@Route(value = "agency/track", layout = MainLayout.class)
@AnonymousAllowed
public class AgencyTrackView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final AgencyService agency;
    private final org.onetrip.organisation.query.DepartmentDirectory departments;
    final TextField code = new TextField();
    final Div result = new Div();

    public AgencyTrackView(AgencyService agency, org.onetrip.organisation.query.DepartmentDirectory departments) {
        this.agency = agency;
        this.departments = departments;
        setMaxWidth("960px");
        getStyle().set("margin", "0 auto");
        code.setId("agency-code-field");
        code.setLabel(getTranslation("agency.track.code-field"));
        code.setPlaceholder("XXXX-XXXX-XXXX-XXXXX");
        code.setMaxLength(40);
        var find = new Button(getTranslation("agency.track.find"), click -> find());
        find.setId("agency-find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER);
        var form = new HorizontalLayout(code, find);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        result.setId("agency-result");
        LiveRegion.polite(result);
        add(
                new H1(getTranslation("agency.track.heading")),
                new Paragraph(getTranslation("agency.track.intro")),
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
        var parsed = ReceiptCode.parse(code.getValue());
        if (parsed.isPresent()) {
            getUI().ifPresent(ui ->
                    ui.navigate(AgencyTrackView.class, parsed.get().grouped()));
        } else {
            show(code.getValue());
        }
    }

    void show(String typed) {
        result.removeAll();
        var request = VaadinRequest.getCurrent();
        var found = agency.byTrackingCode(typed, request == null ? "unknown" : request.getRemoteAddr());
        if (!(found instanceof Result.Done<AgencyRequestResponse> done)) {
            var message = new Paragraph(Results.message(this, found));
            message.setId("agency-not-found");
            result.add(message);
            return;
        }
        var r = done.value();
        var status = new Paragraph(getTranslation("agency.status." + r.status().name()));
        status.setId("agency-status");
        result.add(
                new H2(r.item().name()),
                status,
                new Paragraph(getTranslation("agency.track.due", r.dueDate())),
                AgencyTexts.history(this, r, code -> departments.name(code, getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agency.track.heading");
    }

    static UnorderedList list(Iterable<String> lines) {
        var list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }
}
