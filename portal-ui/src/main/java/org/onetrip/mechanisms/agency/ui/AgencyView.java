package org.onetrip.mechanisms.agency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import org.onetrip.agency.api.AgencyAgents;
import org.onetrip.agency.api.AgencyRequestResponse;
import org.onetrip.agency.api.AgencyResult;
import org.onetrip.agency.api.AgencyStatus;
import org.onetrip.agency.api.BeneficiaryGroup;
import org.onetrip.agency.api.ConsentMethod;
import org.onetrip.agency.application.AgencyRegistration;
import org.onetrip.agency.application.AgencyService;
import org.onetrip.agency.application.Registered;
import org.onetrip.appointments.application.Appointments;
import org.onetrip.casework.CaseHistoryList;
import org.onetrip.disclosure.api.ServiceItemListResponse;
import org.onetrip.layout.MainLayout;
import org.onetrip.layout.Phrases;
import org.onetrip.layout.Results;
import org.onetrip.layout.RowOpening;
import org.onetrip.mechanisms.ServiceHistory;
import org.onetrip.organisation.api.Department;
import org.onetrip.organisation.api.StaffMember;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.organisation.query.StaffDirectory;
import org.onetrip.projections.agency.AgencySearch;
import org.onetrip.security.StaffPrincipal;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.application.Result;
import org.onetrip.workbench.ui.DeadlineBadge;

/**
 * 帮代办 for the centre and the agents: the list (open first, by due date, flagged like cases), a new
 * request, and for one request the agent, the hand-over of materials with consent, steps, the result
 * handed back, and the citizen's contact (each view recorded with its reason).
 */
@Route(value = "agency", layout = MainLayout.class)
@RolesAllowed({"INTAKE", "HANDLER", "DISCIPLINE", "ADMIN"})
public class AgencyView extends VerticalLayout implements HasDynamicTitle {

    private final AgencyService agency;
    private final AgencySearch search;
    private final DepartmentDirectory departments;
    private final Appointments catalogue;
    private final AuthenticationContext authentication;
    private final ServiceHistory history;
    private final StaffDirectory staff;
    final Checkbox openOnly = new Checkbox();
    final Checkbox overdueOnly = new Checkbox();
    final Grid<AgencySearch.Entry> list = new Grid<>();
    final Div selected = new Div();

    public AgencyView(
            AgencyService agency,
            AgencySearch search,
            DepartmentDirectory departments,
            Appointments catalogue,
            AuthenticationContext authentication,
            ServiceHistory history,
            StaffDirectory staff) {
        this.agency = agency;
        this.staff = staff;
        this.history = history;
        this.search = search;
        this.departments = departments;
        this.catalogue = catalogue;
        this.authentication = authentication;
        setWidthFull();
        openOnly.setId("agency-open-only");
        openOnly.setLabel(getTranslation("agency.list.open-only"));
        openOnly.setValue(true);
        openOnly.addValueChangeListener(change -> refresh());
        overdueOnly.setId("agency-overdue-only");
        overdueOnly.setLabel(getTranslation("agency.list.overdue-only"));
        overdueOnly.addValueChangeListener(change -> refresh());

        list.setId("agency-list");

        list.setEmptyStateText(getTranslation("grid.empty.filtered"));
        list.addComponentColumn(e -> new DeadlineBadge(e.deadline()))
                .setHeader(getTranslation("agency.list.deadline"))
                .setAutoWidth(true);
        list.addColumn(e -> e.request().dueDate)
                .setHeader(getTranslation("agency.list.due"))
                .setAutoWidth(true);
        list.addColumn(e -> e.request().itemName)
                .setHeader(getTranslation("agency.list.item"))
                .setFlexGrow(1);
        list.addColumn(e -> getTranslation("agency.beneficiary." + e.request().beneficiary))
                .setHeader(getTranslation("agency.list.for"))
                .setAutoWidth(true);
        list.addColumn(e -> name(e.request().villageCode))
                .setHeader(getTranslation("agency.list.village"))
                .setAutoWidth(true);
        list.addColumn(e -> e.request().agentDepartmentCode == null ? "" : name(e.request().agentDepartmentCode))
                .setHeader(getTranslation("agency.list.agent"))
                .setAutoWidth(true);
        list.addColumn(e -> getTranslation("agency.status." + e.request().status))
                .setHeader(getTranslation("agency.list.status"))
                .setAutoWidth(true);
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.setAllRowsVisible(true);
        RowOpening.byClickOrKey(list, row -> open(row.request().requestId));
        selected.setId("agency-selected");
        selected.setWidthFull();

        var filters = new HorizontalLayout(openOnly, overdueOnly);
        add(
                new H1(getTranslation("agency.heading")),
                new Paragraph(getTranslation("agency.intro")),
                filters,
                list,
                selected);
        if (actor().role() == Role.INTAKE || actor().role() == Role.HANDLER) {
            add(registration());
        }
        refresh();
    }

    void refresh() {
        var actor = actor();
        list.setItems(search.list(new AgencySearch.Filter(
                openOnly.getValue(),
                overdueOnly.getValue(),
                actor.role() == Role.HANDLER ? actor.departmentCode() : null,
                null)));
    }

    void open(String requestId) {
        selected.removeAll();
        var found = agency.request(requestId);
        if (!(found instanceof Result.Done<AgencyRequestResponse> done)) {
            selected.add(new Paragraph(Results.message(this, found)));
            return;
        }
        var r = done.value();
        var heading = new H2(r.item().name() + " · "
                + getTranslation("agency.status." + r.status().name()));
        heading.setId("agency-selected-heading");
        var beneficiary = getTranslation("agency.beneficiary." + r.beneficiary().name());
        var summary = new Paragraph(
                r.villageCode() == null
                        ? getTranslation(
                                "agency.detail.summary.no-village",
                                beneficiary,
                                r.dueDate(),
                                r.item().promisedTimeLimitDays())
                        : getTranslation(
                                "agency.detail.summary",
                                beneficiary,
                                name(r.villageCode()),
                                r.dueDate(),
                                r.item().promisedTimeLimitDays()));
        summary.setId("agency-selected-summary");
        selected.add(heading, summary);
        if (!r.materialsHeld().isEmpty()) {
            selected.add(new Paragraph(getTranslation("agency.detail.held", Phrases.listed(this, r.materialsHeld()))));
        }
        if (!r.status().isFinal()) {
            selected.add(actions(r));
        }
        selected.add(contactPanel(r));
        // every stored step as a sentence (who did what), the codes and contact withheld by the service
        agency.timeline(r.requestId()).ifPresent(timeline -> {
            var sentences = new CaseHistoryList();
            sentences.setId("agency-history");
            sentences.show(history.narrate(timeline, getLocale()));
            selected.add(new H2(getTranslation("services.history.heading")), sentences);
        });
    }

    private Div actions(AgencyRequestResponse r) {
        var box = new Div();
        box.setId("agency-actions");
        var id = r.requestId();
        var me = actor();
        if (r.status() == AgencyStatus.REGISTERED || r.status() == AgencyStatus.AGENT_ASSIGNED) {
            // a department's staff take a request of their own unit or village that no one holds (AgencyRequest)
            if (me.role() == Role.HANDLER
                    && r.agentPersonId() == null
                    && (me.actsFor(r.item().departmentCode())
                            || (r.villageCode() != null && me.actsFor(r.villageCode())))) {
                var take = new Button(
                        getTranslation("agency.action.take"),
                        click -> act(id, agency.assignAgent(id, me.personId(), me.departmentCode(), me)));
                take.setId("agency-take");
                box.add(take);
            } else if (me.role() == Role.INTAKE) {
                var person = new ComboBox<StaffMember>(getTranslation("agency.action.agent"));
                person.setId("agency-agent-person");
                person.setItems(
                        staff.fieldStaff().stream().filter(AgencyAgents::mayAct).toList());
                person.setItemLabelGenerator(m ->
                        Phrases.qualified(this, m.displayName(), departments.name(m.departmentCode(), getLocale())));
                var assign = new Button(
                        getTranslation("agency.action.assign"),
                        click -> act(
                                id,
                                agency.assignAgent(
                                        id,
                                        person.isEmpty()
                                                ? null
                                                : person.getValue().personId(),
                                        person.isEmpty()
                                                ? null
                                                : person.getValue().departmentCode(),
                                        me)));
                assign.setId("agency-assign");
                var row = new HorizontalLayout(person, assign);
                row.setAlignItems(FlexComponent.Alignment.BASELINE);
                row.setWrap(true);
                box.add(row);
            }
        }
        if (r.status() == AgencyStatus.AGENT_ASSIGNED && me.personId().equals(r.agentPersonId())) {
            var materials = new TextArea(getTranslation("agency.action.materials"));
            materials.setId("agency-materials");
            materials.setHelperText(getTranslation("agency.action.materials-help"));
            materials.setWidthFull();
            var consent = new Select<ConsentMethod>();
            consent.setId("agency-consent");
            consent.setLabel(getTranslation("agency.action.consent"));
            consent.setItems(Arrays.asList(ConsentMethod.values()));
            consent.setItemLabelGenerator(c -> getTranslation("agency.consent." + c.name()));
            var consentNote = new TextField(getTranslation("agency.action.consent-note"));
            consentNote.setMaxLength(500);
            var handOver = new Button(
                    getTranslation("agency.action.hand-over"),
                    click -> act(
                            id,
                            agency.handOver(
                                    id, lines(materials.getValue()), consent.getValue(), consentNote.getValue(), me)));
            handOver.setId("agency-hand-over");
            handOver.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var row = new HorizontalLayout(consent, consentNote, handOver);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            box.add(materials, row);
        }
        if (r.status() == AgencyStatus.IN_PROGRESS && me.personId().equals(r.agentPersonId())) {
            var step = new TextField(getTranslation("agency.action.step"));
            step.setId("agency-step");
            step.setWidth("24em");
            step.setMaxLength(2000);
            var record = new Button(
                    getTranslation("agency.action.record-step"),
                    click -> act(id, agency.recordStep(id, step.getValue(), me)));
            record.setId("agency-record-step");
            var result = new Select<AgencyResult>();
            result.setId("agency-result-select");
            result.setLabel(getTranslation("agency.action.result"));
            result.setItems(Arrays.asList(AgencyResult.values()));
            result.setItemLabelGenerator(x -> getTranslation("agency.detail." + x.name()));
            result.setValue(AgencyResult.COMPLETED);
            var note = new TextField(getTranslation("agency.action.result-note"));
            note.setMaxLength(2000);
            var handBack = new Button(
                    getTranslation("agency.action.hand-back"),
                    click -> act(id, agency.handBack(id, result.getValue(), note.getValue(), r.materialsHeld(), me)));
            handBack.setId("agency-hand-back");
            handBack.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var stepRow = new HorizontalLayout(step, record);
            stepRow.setAlignItems(FlexComponent.Alignment.BASELINE);
            var backRow = new HorizontalLayout(result, note, handBack);
            backRow.setAlignItems(FlexComponent.Alignment.BASELINE);
            backRow.setWrap(true);
            box.add(stepRow, backRow);
        }
        if (r.status() != AgencyStatus.IN_PROGRESS
                && (me.role() == Role.INTAKE || me.personId().equals(r.agentPersonId()))) {
            var reason = new TextField(getTranslation("agency.action.cancel-reason"));
            reason.setMaxLength(500);
            var cancel = new Button(
                    getTranslation("agency.action.cancel"), click -> act(id, agency.cancel(id, reason.getValue(), me)));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            var row = new HorizontalLayout(reason, cancel);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            box.add(row);
        }
        return box;
    }

    private Div contactPanel(AgencyRequestResponse r) {
        var box = new Div();
        var me = actor();
        if (me.role() != Role.INTAKE && !me.personId().equals(r.agentPersonId())) {
            return box;
        }
        var reason = new TextField(getTranslation("agency.contact.reason"));
        reason.setId("agency-contact-reason");
        reason.setMaxLength(200);
        var shown = new Span();
        shown.setId("agency-contact");
        var show = new Button(getTranslation("agency.contact.show"), click -> {
            var result = agency.contact(r.requestId(), reason.getValue(), me);
            if (Results.show(this, result, null)
                    && result instanceof Result.Done<org.onetrip.privacy.api.ContactDetails> done) {
                shown.setText(
                        done.value() == null
                                ? getTranslation("agency.contact.none")
                                : done.value().name() + " · " + done.value().phone());
            }
        });
        show.setId("agency-contact-show");
        var row = new HorizontalLayout(reason, show, shown);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        box.add(new Paragraph(getTranslation("agency.contact.intro")), row);
        return box;
    }

    private void act(String id, Result<AgencyRequestResponse> result) {
        if (Results.show(this, result, "agency.done")) {
            refresh();
            open(id);
        }
    }

    private Details registration() {
        var item = new ComboBox<ServiceItemListResponse.Entry>(getTranslation("agency.register.item"));
        item.setId("agency-register-item");
        item.setItems(catalogue.bookableItems().stream()
                .filter(e -> e.promisedTimeLimitDays() != null)
                .toList());
        item.setItemLabelGenerator(e -> e.code() + " " + e.name() + " · "
                + getTranslation("agency.register.promised", e.promisedTimeLimitDays()));
        var beneficiary = new Select<BeneficiaryGroup>();
        beneficiary.setId("agency-register-beneficiary");
        beneficiary.setLabel(getTranslation("agency.register.beneficiary"));
        beneficiary.setItems(Arrays.asList(BeneficiaryGroup.values()));
        beneficiary.setItemLabelGenerator(b -> getTranslation("agency.beneficiary." + b.name()));
        beneficiary.setValue(BeneficiaryGroup.ELDERLY);
        var village = departmentPicker("agency-register-village", getTranslation("agency.register.village"));
        if (actor().role() == Role.HANDLER) {
            // a village's 代办员 registers for their own village unless they say otherwise
            departments.find(actor().departmentCode()).ifPresent(village::setValue);
        }
        var name = new TextField(getTranslation("agency.register.name"));
        name.setId("agency-register-name");
        name.setMaxLength(50);
        var phone = new TextField(getTranslation("agency.register.phone"));
        phone.setId("agency-register-phone");
        phone.setMaxLength(20);
        var channel = new Select<Channel>();
        channel.setId("agency-register-channel");
        channel.setLabel(getTranslation("agency.register.channel"));
        channel.setItems(Channel.HOTLINE, Channel.WINDOW, Channel.VISIT);
        channel.setItemLabelGenerator(c -> getTranslation("agency.channel." + c.name()));
        channel.setValue(actor().role() == Role.HANDLER ? Channel.VISIT : Channel.HOTLINE);
        var note = new TextArea(getTranslation("agency.register.note"));
        note.setMaxLength(2000);
        var answer = new Div();
        answer.setId("agency-register-answer");
        var register = new Button(getTranslation("agency.register.submit"), click -> {
            answer.removeAll();
            var result = agency.register(
                    new AgencyRegistration(
                            item.getValue() == null ? null : item.getValue().code(),
                            beneficiary.getValue(),
                            village.getValue() == null
                                    ? null
                                    : village.getValue().code(),
                            name.getValue(),
                            phone.getValue(),
                            note.getValue(),
                            channel.getValue()),
                    actor());
            if (Results.show(this, result, null) && result instanceof Result.Done<Registered> done) {
                var code = new Span(getTranslation(
                        "agency.register.code",
                        done.value().trackingCode(),
                        done.value().request().dueDate()));
                code.setId("agency-register-code");
                code.getStyle().set("font-weight", "bold");
                answer.add(code);
                refresh();
                open(done.value().request().requestId());
            }
        });
        register.setId("agency-register-submit");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(item, beneficiary, village, channel, name, phone, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        var details =
                new Details(getTranslation("agency.register.heading"), new VerticalLayout(form, register, answer));
        details.setId("agency-register");
        return details;
    }

    private ComboBox<Department> departmentPicker(String id, String label) {
        var picker = new ComboBox<Department>(label);
        picker.setId(id);
        picker.setItems(departments.all());
        picker.setItemLabelGenerator(d -> d.name(getLocale()));
        picker.setClearButtonVisible(true);
        return picker;
    }

    private String name(String code) {
        return code == null ? "" : departments.name(code, getLocale());
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[\\n、,，]+"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private Actor actor() {
        return authentication
                .getAuthenticatedUser(StaffPrincipal.class)
                .map(StaffPrincipal::actor)
                .orElseThrow();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agency.heading");
    }
}
