package org.onetrip.liaison.enterprise.ui;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.enterprise.api.EnterpriseOutcome;
import org.onetrip.enterprise.application.EnterpriseLiaison;
import org.onetrip.layout.Freshness;
import org.onetrip.layout.MainLayout;
import org.onetrip.layout.Phrases;
import org.onetrip.liaison.ui.Attempts;
import org.onetrip.liaison.ui.StaffSession;
import org.onetrip.liaison.ui.Texts;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.projections.liaison.EnterpriseSearch;
import org.onetrip.projections.liaison.EnterpriseSearch.LedgerEntryView;

/**
 * 工作台账: the liaison cadre enters each visit to an enterprise (每月深入企业调研1次以上) with the problems
 * it raised; each becomes an enterprise request for the desk in the same step. The month's ledger lists
 * every entry with the progress of its requests, and which enterprises had no visit yet this month.
 */
@Route(value = "enterprise-ledger", layout = MainLayout.class)
@RolesAllowed({"INTAKE", "HANDLER", "DISCIPLINE", "AUDITOR", "ADMIN"})
public class EnterpriseLedgerView extends VerticalLayout implements HasDynamicTitle {

    private final EnterpriseSearch search;
    private final DepartmentDirectory departments;
    final Select<YearMonth> month = new Select<>();
    final Paragraph coverage = new Paragraph();
    final Grid<LedgerEntryView> ledger = new Grid<>();
    final Div result = new Div();

    public EnterpriseLedgerView(
            EnterpriseLiaison liaison,
            EnterpriseSearch search,
            StaffSession session,
            DepartmentDirectory departments,
            Clock clock) {
        this.search = search;
        this.departments = departments;
        var today = LocalDate.now(clock.withZone(WorkingDays.ZONE));
        add(
                new H1(getTranslation("liaison.ledger.heading")),
                new Paragraph(getTranslation("liaison.ledger.explanation")));
        var mine = Attempts.run(
                        this, () -> search.enterprises(null, session.actor().personId()))
                .orElse(List.of());
        result.setId("ledger-result");
        if (mine.isEmpty()) {
            var none = new Paragraph(getTranslation("liaison.ledger.no-enterprise"));
            none.setId("ledger-no-enterprise");
            add(none);
        } else {
            add(
                    new H2(getTranslation("liaison.ledger.log-heading")),
                    new LedgerEntryForm(mine, today, (enterprise, entry) -> {
                        var outcome = Attempts.enterprise(
                                this,
                                () -> liaison.logVisit(session.actor(), enterprise.enterpriseId(), entry),
                                "liaison.ledger.logged");
                        outcome.ifPresent(done -> {
                            var logged = (EnterpriseOutcome.VisitLogged) done;
                            result.removeAll();
                            var said = new Paragraph(getTranslation(
                                    "liaison.ledger.requests-raised",
                                    logged.requests().size()));
                            said.setId("ledger-requests-raised");
                            result.add(said);
                            // the entry is indexed before the requests its issues became: wait for both
                            Freshness.await(() -> search.ledger(null, null, null, 0, 200).entries().stream()
                                    .anyMatch(e -> e.visit().visitId.equals(logged.visitId())
                                            && e.visit().caseIds.size()
                                                    >= logged.requests().size()));
                            refresh();
                        });
                        return outcome.isPresent();
                    }),
                    result);
        }
        month.setLabel(getTranslation("liaison.month"));
        month.setItems(Texts.monthsBack(YearMonth.from(today), 12));
        month.setValue(YearMonth.from(today));
        month.setId("ledger-month");
        month.addValueChangeListener(change -> refresh());
        coverage.setId("ledger-coverage");
        ledger.setId("ledger-entries");
        ledger.addColumn(e -> Texts.day(e.visit().visitedOn))
                .setHeader(getTranslation("liaison.visit.date"))
                .setAutoWidth(true);
        ledger.addColumn(e -> e.visit().enterpriseName)
                .setHeader(getTranslation("liaison.enterprise.name"))
                .setAutoWidth(true);
        ledger.addColumn(e -> e.visit().liaisonName)
                .setHeader(getTranslation("liaison.enterprise.liaison"))
                .setAutoWidth(true);
        ledger.addColumn(e -> e.visit().participants == null ? "" : e.visit().participants)
                .setHeader(getTranslation("liaison.ledger.participants"));
        ledger.addColumn(e -> e.visit().situation)
                .setHeader(getTranslation("liaison.ledger.situation"))
                .setFlexGrow(1);
        ledger.addColumn(e -> getTranslation(
                        "liaison.visit.issue-count",
                        e.issues().size(),
                        e.visit().caseIds.size()))
                .setHeader(getTranslation("liaison.ledger.issues"))
                .setAutoWidth(true);
        ledger.setItemDetailsRenderer(new ComponentRenderer<>(this::issues));
        ledger.setDetailsVisibleOnClick(true);
        ledger.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        ledger.setAllRowsVisible(true);
        var filters = new HorizontalLayout(month);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("liaison.ledger.list-heading")), filters, coverage, ledger);
        refresh();
    }

    void refresh() {
        Attempts.run(this, () -> search.coverage(month.getValue()))
                .ifPresent(c -> coverage.setText(getTranslation(
                        "liaison.ledger.coverage",
                        c.month().toString(),
                        c.visited(),
                        c.registered(),
                        c.notVisited().isEmpty()
                                ? getTranslation("liaison.ledger.all-visited")
                                : Phrases.listed(
                                        this,
                                        c.notVisited().stream()
                                                .map(e -> e.name())
                                                .toList()))));
        Attempts.run(this, () -> search.ledger(null, null, month.getValue(), 0, 200))
                .ifPresent(page -> ledger.setItems(page.entries()));
    }

    private Component issues(LedgerEntryView entry) {
        var box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        if (entry.issues().isEmpty()) {
            box.add(new Span(getTranslation("liaison.issue.none")));
        }
        for (var issue : entry.issues()) {
            var found = issue.issue();
            String state;
            if (found.caseId() == null) {
                state = getTranslation("liaison.issue.settled", found.resolution() == null ? "" : found.resolution());
            } else if (issue.progress() == null || issue.progress().status() == null) {
                state = getTranslation("liaison.issue.case-pending");
            } else if (issue.progress().departmentCode() == null) {
                state = getTranslation(
                        "liaison.issue.case",
                        getTranslation("status." + issue.progress().status().name()));
            } else {
                state = getTranslation(
                        "liaison.issue.case-at",
                        getTranslation("status." + issue.progress().status().name()),
                        departments.name(issue.progress().departmentCode(), getLocale()),
                        Texts.day(issue.progress().dueDate()));
            }
            var line = new Span(found.number() + ". ["
                    + getTranslation("liaison.issue-type." + found.type().name()) + "] " + found.summary() + " — "
                    + state);
            line.addClassName("ledger-issue");
            box.add(line);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("liaison.ledger.heading");
    }
}
