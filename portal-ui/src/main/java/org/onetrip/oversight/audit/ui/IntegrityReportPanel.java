package org.onetrip.oversight.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.onetrip.i18n.TownshipTime;
import org.onetrip.integrity.api.AggregateIntegrity;
import org.onetrip.integrity.api.CheckpointCheck;
import org.onetrip.integrity.api.IntegrityFinding;
import org.onetrip.integrity.api.IntegrityReport;

/**
 * A verification report as the auditor reads it: the verdict, each damaged aggregate with where and
 * how its chain breaks (field, expected vs found), and every published checkpoint with its check.
 */
public class IntegrityReportPanel extends Div {

    private static final DateTimeFormatter SHOWN = TownshipTime.SECONDS;

    public IntegrityReportPanel() {
        setId("integrity-report");
        setWidthFull();
    }

    public void show(IntegrityReport report) {
        removeAll();
        var verdict = new Paragraph(
                getTranslation(report.intact() ? "oversight.integrity.intact" : "oversight.integrity.damaged"));
        verdict.setId("integrity-verdict");
        verdict.getStyle()
                .set("font-weight", "bold")
                .set("color", report.intact() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        var counts = new Paragraph(getTranslation(
                "oversight.integrity.counts",
                time(report.checkedAt()),
                report.events(),
                report.aggregates(),
                report.intactAggregates(),
                report.legacyAggregates(),
                report.damaged().size()));
        counts.setId("integrity-counts");
        add(verdict, counts);
        for (var problem : report.problems()) {
            add(new Paragraph(getTranslation("oversight.integrity.problem", problem)));
        }
        add(new H2(getTranslation("oversight.integrity.damaged-aggregates")));
        if (report.damaged().isEmpty()) {
            add(new Paragraph(getTranslation("oversight.integrity.none-damaged")));
        }
        report.damaged().forEach(aggregate -> add(aggregate(aggregate)));
        add(new H2(getTranslation("oversight.integrity.checkpoints")));
        add(checkpoints(report.checkpoints()));
    }

    /** One aggregate's verdict, intact or not. */
    public void show(AggregateIntegrity aggregate) {
        removeAll();
        add(aggregate(aggregate));
    }

    private Div aggregate(AggregateIntegrity aggregate) {
        var box = new Div();
        box.addClassName("integrity-aggregate");
        var status = getTranslation(
                "oversight.integrity.status." + aggregate.status().name());
        if (aggregate.brokenAtSequence() != null) {
            status += " — " + getTranslation("oversight.integrity.broken-at", aggregate.brokenAtSequence());
        }
        var heading = new H3(getTranslation(
                "oversight.integrity.aggregate", aggregate.aggregateType(), aggregate.aggregateId(), status));
        heading.addClassName("integrity-aggregate-status");
        box.add(
                heading,
                new Paragraph(getTranslation(
                        "oversight.integrity.chain",
                        aggregate.events(),
                        aggregate.legacyEvents(),
                        aggregate.head() == null ? "–" : aggregate.head())));
        if (!aggregate.findings().isEmpty()) {
            box.add(findings(aggregate.findings()));
        }
        return box;
    }

    private Grid<IntegrityFinding> findings(List<IntegrityFinding> findings) {
        var grid = new Grid<IntegrityFinding>();
        grid.addClassName("integrity-findings");
        grid.addColumn(IntegrityFinding::sequenceNumber)
                .setHeader(getTranslation("oversight.integrity.finding.event"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(f ->
                        getTranslation("oversight.integrity.kind." + f.kind().name()))
                .setHeader(getTranslation("oversight.integrity.finding.kind"))
                .setAutoWidth(true);
        grid.addColumn(f -> dash(f.field()))
                .setHeader(getTranslation("oversight.integrity.finding.field"))
                .setAutoWidth(true);
        grid.addColumn(f -> dash(f.expected())).setHeader(getTranslation("oversight.integrity.finding.expected"));
        grid.addColumn(f -> dash(f.found())).setHeader(getTranslation("oversight.integrity.finding.found"));
        grid.addColumn(f -> dash(f.detail())).setHeader(getTranslation("oversight.integrity.finding.detail"));
        grid.setItems(findings);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div checkpoints(List<CheckpointCheck> checkpoints) {
        var box = new Div();
        if (checkpoints.isEmpty()) {
            box.add(new Paragraph(getTranslation("oversight.integrity.no-checkpoints")));
            return box;
        }
        var grid = new Grid<CheckpointCheck>();
        grid.setId("integrity-checkpoints");
        grid.addColumn(CheckpointCheck::number)
                .setHeader(getTranslation("oversight.integrity.checkpoint.number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> time(c.periodStart()) + " – " + time(c.periodEnd()))
                .setHeader(getTranslation("oversight.integrity.checkpoint.period"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.publishedEventCount() + " / " + c.foundEventCount())
                .setHeader(getTranslation("oversight.integrity.checkpoint.events"))
                .setAutoWidth(true);
        grid.addColumn(CheckpointCheck::publishedRoot)
                .setHeader(getTranslation("oversight.integrity.checkpoint.published-root"));
        grid.addColumn(CheckpointCheck::recomputedRoot)
                .setHeader(getTranslation("oversight.integrity.checkpoint.recomputed-root"));
        grid.addComponentColumn(c -> {
                    var result = new Span(getTranslation(
                            c.matches()
                                    ? "oversight.integrity.checkpoint.matches"
                                    : "oversight.integrity.checkpoint.mismatch"));
                    result.getElement().getThemeList().add(c.matches() ? "badge success" : "badge error");
                    return result;
                })
                .setHeader(getTranslation("oversight.integrity.checkpoint.result"))
                .setAutoWidth(true);
        grid.setItems(checkpoints);
        grid.setAllRowsVisible(true);
        box.add(grid);
        return box;
    }

    static String time(Instant instant) {
        return instant == null ? "–" : SHOWN.format(instant);
    }

    private static String dash(String value) {
        return value == null ? "–" : value;
    }
}
