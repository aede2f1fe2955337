package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;
import org.onetrip.disclosure.api.BulletinFigures;
import org.onetrip.disclosure.api.DepartmentFigures;
import org.onetrip.disclosure.query.BulletinDocuments;

/**
 * A bulletin's figures as the public bulletin page shows them, and the editor's preview before
 * publication shows them too: bar charts drawn by the printable page's own SVG code (departments with
 * activity only) and the table of every department with the township total.
 */
public class BulletinFiguresPanel extends Div {

    /** The table's columns: translation key and how to read the cell from a department's figures. */
    private static final List<Column> COLUMNS = List.of(
            new Column("public.bulletin.received", f -> String.valueOf(f.received())),
            new Column("public.bulletin.answered", f -> String.valueOf(f.answered())),
            new Column("public.bulletin.answered-on-time", f -> String.valueOf(f.answeredOnTime())),
            new Column("public.bulletin.on-time-rate", f -> percent(f.onTimeRate())),
            new Column("public.bulletin.average-days", f -> BulletinFigures.number(f.averageWorkingDaysToAnswer())),
            new Column("public.bulletin.returns", f -> String.valueOf(f.returns())),
            new Column("public.bulletin.transfers", f -> String.valueOf(f.transfers())),
            new Column("public.bulletin.ping-pongs", f -> String.valueOf(f.pingPongs())),
            new Column("public.bulletin.rated", f -> String.valueOf(f.rated())),
            new Column("public.bulletin.satisfaction-rate", f -> percent(f.satisfactionRate())),
            new Column("public.bulletin.supervisions", f -> String.valueOf(f.supervisions())),
            new Column("public.bulletin.accountabilities", f -> String.valueOf(f.accountabilities())),
            new Column("public.bulletin.overdue-open", f -> String.valueOf(f.overdueOpen())),
            new Column("public.bulletin.appointments-served", f -> String.valueOf(f.appointmentsServed())),
            new Column(
                    "public.bulletin.appointments-more-than-one-trip",
                    f -> String.valueOf(f.appointmentsMoreThanOneTrip())),
            new Column("public.bulletin.agency-handed-back", f -> String.valueOf(f.agencyHandedBack())),
            new Column("public.bulletin.agency-overdue-open", f -> String.valueOf(f.agencyOverdueOpen())));

    private record Column(String key, Function<DepartmentFigures, String> cell) {}

    private final BulletinFigures figures;
    private final Function<DepartmentFigures, String> names;

    /** {@code names} names a department in the visitor's language. */
    public BulletinFiguresPanel(BulletinFigures figures, Function<DepartmentFigures, String> names) {
        this.figures = figures;
        this.names = names;
    }

    /** The bar charts, or a sentence when no department had anything to report. */
    public Component charts() {
        var active = figures.departments().stream()
                .filter(DepartmentFigures::hasActivity)
                .toList();
        if (active.isEmpty()) {
            return new Paragraph(getTranslation("public.bulletin.no-cases"));
        } else {
            var charts = new Div(
                    chart("public.bulletin.chart.received", active, f -> (double) f.received(), this::cases, false),
                    chart(
                            "public.bulletin.chart.on-time",
                            active,
                            DepartmentFigures::onTimeRate,
                            BulletinDocuments::percent,
                            true),
                    chart(
                            "public.bulletin.chart.satisfaction",
                            active,
                            DepartmentFigures::satisfactionRate,
                            BulletinDocuments::percent,
                            true));
            if (active.stream().anyMatch(f -> f.appointmentsServed() + f.appointmentsMoreThanOneTrip() > 0)) {
                charts.add(chart(
                        "public.bulletin.chart.more-than-one-trip",
                        active,
                        f -> (double) f.appointmentsMoreThanOneTrip(),
                        this::cases,
                        false));
            }
            charts.setId("bulletin-charts");
            charts.setWidthFull();
            charts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
            return charts;
        }
    }

    /** The table inside a box of id {@code id-box} that scrolls on its own, so a 390 px phone screen never scrolls sideways. */
    public Component table(String id) {
        var tableBox = new Div(nativeTable(id));
        tableBox.setId(id + "-box");
        tableBox.setWidthFull();
        tableBox.getStyle().set("overflow-x", "auto");
        return tableBox;
    }

    private Component chart(
            String titleKey,
            List<DepartmentFigures> rows,
            Function<DepartmentFigures, Double> value,
            Function<Double, String> valueText,
            boolean percent) {
        var label = getTranslation(titleKey);
        var heading = new Span(label);
        heading.getStyle().set("font-weight", "bold").set("display", "block");
        var svg = new Svg(BulletinDocuments.barChart(label, rows, names::apply, value, valueText, percent));
        svg.getElement().getStyle().set("width", "100%");
        var box = new Div(heading, svg);
        box.addClassName("bulletin-chart");
        box.getStyle().set("flex", "1 1 300px").set("max-width", "640px").set("min-width", "0");
        return box;
    }

    private NativeTable nativeTable(String id) {
        var table = new NativeTable();
        table.setId(id);
        table.getStyle()
                .set("border-collapse", "collapse")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("width", "100%");
        var head = new NativeTableRow();
        head.add(headerCell(getTranslation("public.bulletin.department"), "left"));
        COLUMNS.forEach(column -> head.add(headerCell(getTranslation(column.key()), "right")));
        table.getHead().addRows(head);
        var body = table.addBody();
        figures.departments().forEach(f -> body.addRows(row(names.apply(f), f, false)));
        body.addRows(row(getTranslation("public.bulletin.total"), figures.totals(), true));
        return table;
    }

    private NativeTableRow row(String name, DepartmentFigures figures, boolean total) {
        var row = new NativeTableRow();
        row.add(cell(name, "left"));
        COLUMNS.forEach(column -> row.add(cell(column.cell().apply(figures), "right")));
        if (total) {
            row.getStyle().set("font-weight", "bold").set("background", "var(--lumo-contrast-5pct)");
        }
        return row;
    }

    private static NativeTableHeaderCell headerCell(String text, String align) {
        var cell = new NativeTableHeaderCell();
        cell.setText(text);
        border(cell.getStyle(), align);
        return cell;
    }

    private static NativeTableCell cell(String text, String align) {
        var cell = new NativeTableCell();
        cell.setText(text);
        border(cell.getStyle(), align);
        return cell;
    }

    private static void border(com.vaadin.flow.dom.Style style, String align) {
        style.set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("padding", "0.25em 0.4em")
                .set("text-align", align);
    }

    private String cases(Double count) {
        return getTranslation("public.bulletin.unit.cases", Math.round(count));
    }

    static String percent(Double rate) {
        return rate == null ? "—" : BulletinDocuments.percent(rate);
    }
}
