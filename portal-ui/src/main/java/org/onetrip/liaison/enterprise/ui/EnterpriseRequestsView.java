package org.onetrip.liaison.enterprise.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.enterprise.application.EnterpriseRequests;
import org.onetrip.layout.Freshness;
import org.onetrip.layout.MainLayout;
import org.onetrip.liaison.ui.Attempts;
import org.onetrip.liaison.ui.StaffSession;
import org.onetrip.liaison.ui.Texts;
import org.onetrip.organisation.api.Department;
import org.onetrip.organisation.api.DepartmentType;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.projections.liaison.EnterpriseSearch;
import org.onetrip.projections.liaison.EnterpriseSearch.Request;
import org.onetrip.projections.liaison.EnterpriseSearch.TypeGroup;
import org.onetrip.shared.api.Role;

/**
 * 分类集中解决: the enterprise requests raised on liaison visits, grouped by kind (用地, 审批, 征拆, 资金,
 * 水电气…) so a problem several enterprises share shows as one pile; the desk assigns (交办) a pile's
 * waiting requests to one department in one step, each with its own deadline.
 */
@Route(value = "enterprise-requests", layout = MainLayout.class)
@RolesAllowed({"INTAKE", "HANDLER", "DISCIPLINE", "AUDITOR", "ADMIN"})
public class EnterpriseRequestsView extends VerticalLayout implements HasDynamicTitle {

    static final EnumSet<CaseStatus> WAITING_FOR_THE_DESK =
            EnumSet.of(CaseStatus.FILED, CaseStatus.ACCEPTED, CaseStatus.RETURNED);

    private final EnterpriseSearch search;
    private final EnterpriseRequests requests;
    private final StaffSession session;
    private final DepartmentDirectory departments;
    private final Clock clock;
    final Select<Integer> span = new Select<>();
    final Div groups = new Div();

    public EnterpriseRequestsView(
            EnterpriseSearch search,
            EnterpriseRequests requests,
            StaffSession session,
            DepartmentDirectory departments,
            Clock clock) {
        this.search = search;
        this.requests = requests;
        this.session = session;
        this.departments = departments;
        this.clock = clock;
        span.setLabel(getTranslation("liaison.requests.span"));
        span.setItems(1, 3, 6, 12);
        span.setItemLabelGenerator(months -> getTranslation("liaison.requests.months", months));
        span.setValue(12);
        span.setId("requests-span");
        span.addValueChangeListener(change -> refresh());
        groups.setId("request-groups");
        groups.setWidthFull();
        add(
                new H1(getTranslation("liaison.requests.heading")),
                new Paragraph(getTranslation("liaison.requests.explanation")),
                span,
                groups);
        refresh();
    }

    void refresh() {
        var today = LocalDate.now(clock.withZone(WorkingDays.ZONE));
        var to = YearMonth.from(today);
        groups.removeAll();
        Attempts.run(this, () -> search.requestsByType(to.minusMonths(span.getValue() - 1L), to, today))
                .ifPresent(found -> {
                    if (found.types().isEmpty()) {
                        groups.add(new Paragraph(getTranslation("liaison.requests.none")));
                    }
                    found.types().forEach(group -> groups.add(group(group)));
                });
    }

    private Component group(TypeGroup group) {
        var list = new Grid<Request>();
        list.setEmptyStateText(getTranslation("grid.empty"));
        list.addClassName("request-list");
        list.addColumn(Request::enterpriseName)
                .setHeader(getTranslation("liaison.enterprise.name"))
                .setAutoWidth(true);
        list.addColumn(Request::summary)
                .setHeader(getTranslation("liaison.ledger.summary"))
                .setFlexGrow(1);
        list.addColumn(r -> Texts.day(r.visitedOn()))
                .setHeader(getTranslation("liaison.requests.raised-on"))
                .setAutoWidth(true);
        list.addColumn(r -> r.progress() == null || r.progress().status() == null
                        ? getTranslation("liaison.issue.case-pending")
                        : getTranslation("status." + r.progress().status().name()))
                .setHeader(getTranslation("liaison.requests.status"))
                .setAutoWidth(true);
        list.addColumn(r -> r.progress() == null
                        ? ""
                        : departments.name(r.progress().departmentCode(), getLocale()))
                .setHeader(getTranslation("liaison.department"))
                .setAutoWidth(true);
        list.addColumn(r -> r.progress() == null ? "" : Texts.day(r.progress().dueDate()))
                .setHeader(getTranslation("liaison.requests.due"))
                .setAutoWidth(true);
        list.setItems(group.requests());
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        list.setAllRowsVisible(true);
        var body = new VerticalLayout(list);
        body.setPadding(false);
        var waiting = group.requests().stream()
                .filter(r -> r.progress() != null
                        && WAITING_FOR_THE_DESK.contains(r.progress().status()))
                .toList();
        if (session.actor().role() == Role.INTAKE && !waiting.isEmpty()) {
            body.add(assignTogether(group, waiting));
        }
        var summary = getTranslation(
                "liaison.requests.group",
                getTranslation("liaison.issue-type." + group.type().name()),
                group.raised(),
                group.open(),
                group.overdue(),
                group.enterprises());
        var details = new Details(summary, body);
        details.setOpened(true);
        details.setWidthFull();
        details.setId("request-group-" + group.type().name());
        return details;
    }

    private Component assignTogether(TypeGroup group, java.util.List<Request> waiting) {
        var department = new ComboBox<Department>(getTranslation("liaison.requests.to"));
        department.setItems(departments.all().stream()
                .filter(d -> d.type() == DepartmentType.OFFICE || d.type() == DepartmentType.VILLAGE)
                .toList());
        department.setItemLabelGenerator(d -> d.name(getLocale()));
        department.setId("assign-together-department-" + group.type().name());
        var instructions = new TextField(getTranslation("liaison.requests.instructions"));
        instructions.setMaxLength(2000);
        instructions.setWidth("24em");
        var assign = new Button(getTranslation("liaison.requests.assign", waiting.size()), click -> {
            if (department.isEmpty()) {
                department.setInvalid(true);
                return;
            }
            var ids = waiting.stream().map(Request::caseId).toList();
            Attempts.run(
                            this,
                            () -> requests.assignTogether(
                                    session.actor(),
                                    ids,
                                    department.getValue().code(),
                                    Texts.blankToNull(instructions.getValue())))
                    .ifPresent(results -> {
                        long done = results.stream()
                                .filter(EnterpriseRequests.Assigned::done)
                                .count();
                        Attempts.done(this, "liaison.requests.assigned", done, results.size());
                        results.stream()
                                .filter(r -> !r.done())
                                .findFirst()
                                .ifPresent(r -> Attempts.failed(this, r.outcome()));
                        var today = LocalDate.now(clock.withZone(WorkingDays.ZONE));
                        var to = YearMonth.from(today);
                        Freshness.await(() ->
                                search.requestsByType(to.minusMonths(span.getValue() - 1L), to, today).types().stream()
                                        .flatMap(g -> g.requests().stream())
                                        .filter(r -> ids.contains(r.caseId()))
                                        .noneMatch(r -> r.progress() == null
                                                || WAITING_FOR_THE_DESK.contains(
                                                        r.progress().status())));
                        refresh();
                    });
        });
        assign.setId("assign-together-" + group.type().name());
        var row = new HorizontalLayout(department, instructions, assign);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("liaison.requests.heading");
    }
}
