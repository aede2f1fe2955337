package org.onetrip.liaison.grid.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.grid.api.GridOutcome;
import org.onetrip.grid.application.GridVisits;
import org.onetrip.layout.Freshness;
import org.onetrip.layout.MainLayout;
import org.onetrip.layout.Phrases;
import org.onetrip.liaison.ui.Attempts;
import org.onetrip.liaison.ui.StaffSession;
import org.onetrip.liaison.ui.Texts;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.projections.cases.PublicResultId;
import org.onetrip.projections.liaison.GridSearch;
import org.onetrip.projections.liaison.GridSearch.IssueView;
import org.onetrip.projections.liaison.GridSearch.VisitView;
import org.onetrip.shared.api.Role;

/**
 * 网格走访: a cadre logs their visits to their grids and the issues found; issues to follow up become cases
 * for the desk in the same step (the receipt codes are shown once, to hand to the residents). The visit
 * log lists visits with the progress of each case; an issue settled on the spot that came back can be
 * turned into a case by its visitor or the desk.
 */
@Route(value = "grid-visits", layout = MainLayout.class)
@RolesAllowed({"INTAKE", "HANDLER", "DISCIPLINE", "AUDITOR", "ADMIN"})
public class GridVisitsView extends VerticalLayout implements HasDynamicTitle {

    private final GridVisits visits;
    private final GridSearch search;
    private final StaffSession session;
    private final DepartmentDirectory departments;
    final Div result = new Div();
    final Select<YearMonth> month = new Select<>();
    final Checkbox mine = new Checkbox();
    final Grid<VisitView> log = new Grid<>();

    public GridVisitsView(
            GridVisits visits, GridSearch search, StaffSession session, DepartmentDirectory departments, Clock clock) {
        this.visits = visits;
        this.search = search;
        this.session = session;
        this.departments = departments;
        var actor = session.actor();
        var today = LocalDate.now(clock.withZone(WorkingDays.ZONE));
        add(
                new H1(getTranslation("liaison.visits.heading")),
                new Paragraph(getTranslation("liaison.visits.explanation")));

        var myGrids = Attempts.run(this, () -> search.grids(actor.personId())).orElse(java.util.List.of());
        if (myGrids.isEmpty()) {
            var none = new Paragraph(getTranslation("liaison.visits.no-post"));
            none.setId("visits-no-post");
            add(none);
        } else {
            add(
                    new H2(getTranslation("liaison.visits.log-heading")),
                    new VisitForm(myGrids, today, departments.all(), (gridId, report) -> {
                        var outcome = Attempts.run(this, () -> visits.logVisit(session.actor(), gridId, report));
                        if (outcome.isEmpty()) {
                            return false;
                        }
                        if (outcome.get() instanceof GridOutcome.Refused refused) {
                            Attempts.refused(this, refused.reason().name(), refused.detail());
                            return false;
                        }
                        var raised = (GridOutcome.CasesRaised) outcome.get();
                        showResult(raised);
                        awaitListed(raised.visitId(), raised.cases().size());
                        refresh();
                        return true;
                    }));
        }
        result.setId("visit-result");
        add(result);

        month.setLabel(getTranslation("liaison.month"));
        month.setItems(Texts.monthsBack(YearMonth.from(today), 12));
        month.setValue(YearMonth.from(today));
        month.setId("visits-month");
        month.addValueChangeListener(change -> refresh());
        mine.setLabel(getTranslation("liaison.visits.mine"));
        mine.setValue(actor.role() != Role.INTAKE
                && actor.role() != Role.DISCIPLINE
                && actor.role() != Role.AUDITOR
                && actor.role() != Role.ADMIN);
        mine.setId("visits-mine");
        mine.addValueChangeListener(change -> refresh());
        var filters = new HorizontalLayout(month, mine);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        log.setId("visit-list");

        log.setEmptyStateText(getTranslation("grid.empty.filtered"));
        log.addColumn(v -> Texts.day(v.visit().visitedOn))
                .setHeader(getTranslation("liaison.visit.date"))
                .setAutoWidth(true);
        log.addColumn(v -> v.visit().gridName)
                .setHeader(getTranslation("liaison.visit.grid"))
                .setAutoWidth(true);
        log.addColumn(v -> Phrases.qualified(
                        this,
                        v.visit().cadreName,
                        getTranslation(
                                "liaison.grid.role." + v.visit().cadreRole.name())))
                .setHeader(getTranslation("liaison.visit.by"))
                .setAutoWidth(true);
        log.addColumn(v -> v.visit().place)
                .setHeader(getTranslation("liaison.visit.place"))
                .setFlexGrow(1);
        log.addColumn(v -> v.visit().households)
                .setHeader(getTranslation("liaison.visit.households"))
                .setAutoWidth(true);
        log.addColumn(v -> v.visit().enterprises)
                .setHeader(getTranslation("liaison.visit.enterprises"))
                .setAutoWidth(true);
        log.addColumn(v -> getTranslation(
                        "liaison.visit.issue-count",
                        v.issues().size(),
                        v.visit().caseIds.size()))
                .setHeader(getTranslation("liaison.issue.heading"))
                .setAutoWidth(true);
        log.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::issues));
        log.setDetailsVisibleOnClick(true);
        log.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        log.setAllRowsVisible(true);
        add(new H2(getTranslation("liaison.visits.list-heading")), filters, log);
        refresh();
    }

    void refresh() {
        Attempts.run(this, this::listed).ifPresent(log::setItems);
    }

    private java.util.List<VisitView> listed() {
        var personId = mine.getValue() ? session.actor().personId() : null;
        return search.visits(null, personId, month.getValue(), 0, 200).visits();
    }

    /** The list is a search, which sees a new visit, and the cases its issues became, once the index has refreshed. */
    private void awaitListed(String visitId, int cases) {
        Freshness.await(() -> search.visits(null, null, null, 0, 200).visits().stream()
                .anyMatch(v ->
                        v.visit().visitId.equals(visitId) && v.visit().caseIds.size() >= cases));
    }

    private void showResult(GridOutcome.CasesRaised raised) {
        result.removeAll();
        var done = new Paragraph(
                getTranslation("liaison.visit.logged", raised.cases().size()));
        done.setId("visit-logged");
        result.add(done);
        for (var raisedCase : raised.cases()) {
            var line = new Paragraph(getTranslation(
                    "liaison.visit.raised",
                    raisedCase.issueNumber(),
                    PublicResultId.of(raisedCase.caseId()),
                    ReceiptCode.shown(raisedCase.receiptCode())));
            line.addClassName("visit-raised-case");
            line.getStyle().set("font-weight", "bold");
            result.add(line);
        }
        if (!raised.cases().isEmpty()) {
            result.add(new Paragraph(getTranslation("liaison.visit.hand-over")));
        }
    }

    private Component issues(VisitView view) {
        var box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        if (view.visit().visitedWho != null) {
            box.add(new Span(Phrases.labelled(this, getTranslation("liaison.visit.who"), view.visit().visitedWho)));
        }
        if (view.visit().note != null) {
            box.add(new Span(Phrases.labelled(this, getTranslation("liaison.visit.note"), view.visit().note)));
        }
        if (view.issues().isEmpty()) {
            box.add(new Span(getTranslation("liaison.issue.none")));
        }
        for (var issue : view.issues()) {
            box.add(issueLine(view, issue));
        }
        return box;
    }

    private Component issueLine(VisitView view, IssueView issue) {
        var found = issue.issue();
        var text = new Span(found.number() + ". " + found.summary() + " — " + state(issue));
        var line = new HorizontalLayout(text);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.addClassName("visit-issue");
        var actor = session.actor();
        boolean mayRaise = actor.role() == Role.INTAKE || actor.personId().equals(view.visit().cadrePersonId);
        if (found.caseId() == null && mayRaise) {
            var raise = new Button(
                    getTranslation("liaison.raise.button"),
                    click -> new RaiseIssueDialog(found.summary(), departments.all(), request -> {
                                var outcome = Attempts.run(
                                        this,
                                        () -> visits.raiseIssue(
                                                session.actor(),
                                                view.visit().gridId,
                                                view.visit().visitId,
                                                found.number(),
                                                request.reason(),
                                                request.category(),
                                                request.concernedDepartmentCode(),
                                                request.resident()));
                                if (outcome.isEmpty()) {
                                    return false;
                                }
                                if (outcome.get() instanceof GridOutcome.Refused refused) {
                                    Attempts.refused(this, refused.reason().name(), refused.detail());
                                    return false;
                                }
                                showResult((GridOutcome.CasesRaised) outcome.get());
                                Freshness.await(() -> listed().stream()
                                        .anyMatch(v -> v.visit().visitId.equals(view.visit().visitId)
                                                && v.visit().caseIds.size()
                                                        > view.visit().caseIds.size()));
                                refresh();
                                return true;
                            })
                            .open());
            raise.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            raise.addClassName("visit-issue-raise");
            line.add(raise);
        }
        return line;
    }

    private String state(IssueView issue) {
        var found = issue.issue();
        if (found.caseId() == null) {
            return getTranslation("liaison.issue.settled", found.resolution() == null ? "" : found.resolution());
        }
        var progress = issue.progress();
        if (progress == null || progress.status() == null) {
            return getTranslation("liaison.issue.case-pending");
        }
        var status = getTranslation("status." + progress.status().name());
        return progress.departmentCode() == null
                ? getTranslation("liaison.issue.case", status)
                : getTranslation(
                        "liaison.issue.case-at",
                        status,
                        departments.name(progress.departmentCode(), getLocale()),
                        Texts.day(progress.dueDate()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("liaison.visits.heading");
    }
}
