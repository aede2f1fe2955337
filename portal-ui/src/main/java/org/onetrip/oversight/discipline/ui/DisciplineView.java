package org.onetrip.oversight.discipline.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.onetrip.layout.MainLayout;
import org.onetrip.projections.discipline.BuckPassingReport;
import org.onetrip.projections.discipline.DepartmentSummary;

/** The discipline office (纪委) workbench: buck-passing flags ranked with reasons, and departments compared. */
@Route(value = "discipline", layout = MainLayout.class)
@RolesAllowed("DISCIPLINE")
public class DisciplineView extends VerticalLayout implements HasDynamicTitle {

    static final int TREND_MONTHS = 6;

    public DisciplineView(DisciplineService service) {
        add(
                new H1(getTranslation("oversight.discipline.title")),
                new Paragraph(getTranslation("oversight.discipline.explanation")));
        Locale locale = getLocale();
        BuckPassingReport report;
        List<DepartmentSummary> summaries;
        try {
            report = service.report();
            summaries = service.departmentSummaries();
        } catch (RuntimeException e) {
            add(new Paragraph(getTranslation("oversight.discipline.search-unavailable")));
            return;
        }
        add(new H2(getTranslation("oversight.discipline.flagged", report.cases().size())));
        var flagged = new Div();
        flagged.setId("flagged-cases");
        flagged.setWidthFull();
        int rank = 1;
        for (var flaggedCase : report.cases()) {
            flagged.add(new FlaggedCaseCard(rank++, flaggedCase, code -> service.departmentName(code, locale)));
        }
        if (report.cases().isEmpty()) {
            flagged.add(new Paragraph(getTranslation("oversight.discipline.none-flagged")));
        }
        add(
                flagged,
                new H2(getTranslation("oversight.discipline.summary")),
                summaryWithTrend(summaries, service, locale));
    }

    /** The summary's chart (totals and the trend per month) beside its table; they stack on a phone. */
    private Div summaryWithTrend(List<DepartmentSummary> summaries, DisciplineService service, Locale locale) {
        var chart = new DepartmentTrendChart(
                getTranslation("oversight.trend.title", DisciplineView.TREND_MONTHS),
                summaries,
                service.monthlySummaries(TREND_MONTHS),
                DepartmentSummary::flagScore,
                code -> service.departmentName(code, locale),
                month -> month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, locale),
                getTranslation("oversight.trend.none"));
        var grid = summaryGrid(summaries, service, locale);
        var table = new Div(grid);
        table.getStyle().set("flex", "2 1 480px").set("min-width", "0");
        var both = new Div(chart, table);
        both.setId("department-summary-box");
        both.setWidthFull();
        both.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        return both;
    }

    private Grid<DepartmentSummary> summaryGrid(
            List<DepartmentSummary> summaries, DisciplineService service, Locale locale) {
        var grid = new Grid<DepartmentSummary>();
        grid.setId("department-summary");
        grid.addColumn(s -> service.departmentName(s.departmentCode(), locale))
                .setHeader(getTranslation("oversight.summary.department"))
                .setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(DepartmentSummary::flagScore)
                .setHeader(getTranslation("oversight.summary.flag-score"))
                .setSortable(true);
        grid.addColumn(DepartmentSummary::casesHandled).setHeader(getTranslation("oversight.summary.cases"));
        grid.addColumn(DepartmentSummary::returns).setHeader(getTranslation("oversight.summary.returns"));
        grid.addColumn(DepartmentSummary::transfersOut).setHeader(getTranslation("oversight.summary.transfers-out"));
        grid.addColumn(DepartmentSummary::pingPongs).setHeader(getTranslation("oversight.summary.ping-pongs"));
        grid.addColumn(DepartmentSummary::answeredLate).setHeader(getTranslation("oversight.summary.answered-late"));
        grid.addColumn(DepartmentSummary::overdueNow).setHeader(getTranslation("oversight.summary.overdue-now"));
        grid.addColumn(s -> decimal(s.averageWorkingDaysToSign()))
                .setHeader(getTranslation("oversight.summary.days-to-sign"));
        grid.addColumn(s -> percent(s.reopenRate())).setHeader(getTranslation("oversight.summary.reopen-rate"));
        grid.addColumn(s -> percent(s.dissatisfactionRate()))
                .setHeader(getTranslation("oversight.summary.dissatisfaction-rate"));
        grid.setItems(summaries);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String decimal(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String percent(Double rate) {
        return rate == null ? "–" : String.format(Locale.ROOT, "%.0f%%", rate * 100);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("oversight.discipline.title");
    }
}
