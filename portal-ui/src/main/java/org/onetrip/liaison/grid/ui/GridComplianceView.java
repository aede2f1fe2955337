package org.onetrip.liaison.grid.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.grid.api.GridCompliance;
import org.onetrip.grid.application.GridVisits;
import org.onetrip.layout.MainLayout;
import org.onetrip.layout.Phrases;
import org.onetrip.liaison.ui.Attempts;
import org.onetrip.liaison.ui.Texts;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.projections.liaison.GridSearch;

/**
 * 走访达标: per grid and month, the visits done against the visits required by the norm in force
 * ("每个网格每名干部一个月至少走访一次"), and per cadre who owed what and made how many.
 */
@Route(value = "grid-compliance", layout = MainLayout.class)
@RolesAllowed({"INTAKE", "HANDLER", "DISCIPLINE", "AUDITOR", "ADMIN"})
public class GridComplianceView extends VerticalLayout implements HasDynamicTitle {

    private final GridVisits visits;
    private final GridSearch search;
    private final DepartmentDirectory departments;
    final Select<YearMonth> month = new Select<>();
    final Paragraph totals = new Paragraph();
    final Grid<GridCompliance.GridRow> rows = new Grid<>();

    public GridComplianceView(GridVisits visits, GridSearch search, DepartmentDirectory departments, Clock clock) {
        this.visits = visits;
        this.search = search;
        this.departments = departments;
        var now = YearMonth.now(clock.withZone(WorkingDays.ZONE));
        month.setLabel(getTranslation("liaison.month"));
        month.setItems(Texts.monthsBack(now, 12));
        month.setValue(now);
        month.setId("compliance-month");
        month.addValueChangeListener(change -> refresh());
        totals.setId("compliance-totals");
        rows.setId("compliance-grids");
        rows.addColumn(row -> Phrases.qualified(this, row.name(), row.gridId()))
                .setHeader(getTranslation("liaison.grid.name"))
                .setAutoWidth(true);
        rows.addColumn(row -> departments.name(row.villageDepartmentCode(), getLocale()))
                .setHeader(getTranslation("liaison.grid.village"))
                .setAutoWidth(true);
        rows.addColumn(GridCompliance.GridRow::required).setHeader(getTranslation("liaison.compliance.required"));
        rows.addColumn(GridCompliance.GridRow::done).setHeader(getTranslation("liaison.compliance.done"));
        rows.addColumn(GridCompliance.GridRow::visits).setHeader(getTranslation("liaison.compliance.visits"));
        rows.addColumn(row -> Texts.rate(row.rate())).setHeader(getTranslation("liaison.compliance.rate"));
        rows.addComponentColumn(this::badge).setHeader(getTranslation("liaison.compliance.state"));
        rows.setItemDetailsRenderer(new ComponentRenderer<>(this::cadres));
        rows.setDetailsVisibleOnClick(true);
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        rows.setAllRowsVisible(true);
        add(
                new H1(getTranslation("liaison.compliance.heading")),
                new Paragraph(getTranslation("liaison.compliance.explanation")),
                month,
                totals,
                rows);
        refresh();
    }

    void refresh() {
        var norms = visits.norms().rule();
        Attempts.run(this, () -> search.compliance(month.getValue(), norms)).ifPresent(compliance -> {
            var t = compliance.totals();
            totals.setText(getTranslation(
                    "liaison.compliance.totals",
                    compliance.visitsPerCadre(),
                    t.grids(),
                    t.gridsComplete(),
                    t.required(),
                    t.done(),
                    Texts.rate(t.rate())));
            rows.setItems(compliance.grids());
        });
    }

    private Component badge(GridCompliance.GridRow row) {
        var badge =
                new Span(getTranslation(row.complete() ? "liaison.compliance.complete" : "liaison.compliance.short"));
        badge.getElement().getThemeList().add(row.complete() ? "badge success" : "badge error");
        return badge;
    }

    private Component cadres(GridCompliance.GridRow row) {
        var box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        if (row.cadres().isEmpty()) {
            box.add(new Span(getTranslation("liaison.compliance.no-cadres")));
        }
        for (var cadre : row.cadres()) {
            var who = Phrases.qualified(
                    this,
                    cadre.cadre().name(),
                    Phrases.listed(
                            this,
                            List.of(
                                    getTranslation("liaison.grid.role."
                                            + cadre.cadre().role().name()),
                                    departments.name(cadre.cadre().departmentCode(), getLocale()))));
            var line = new Span(
                    cadre.owes()
                            ? getTranslation("liaison.compliance.cadre-owes", who, cadre.visits(), cadre.counted())
                            : getTranslation("liaison.compliance.cadre-left", who, cadre.visits()));
            line.addClassName("compliance-cadre");
            box.add(line);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("liaison.compliance.heading");
    }
}
