package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.onetrip.disclosure.api.BulletinFigures;
import org.onetrip.disclosure.api.BulletinResponse;
import org.onetrip.disclosure.api.DepartmentFigures;
import org.onetrip.disclosure.query.BulletinDocuments;
import org.onetrip.layout.MainLayout;
import org.onetrip.liaison.bulletin.LiaisonBulletinSections;
import org.onetrip.publicportal.PublicPortal;

/**
 * One published bulletin: the per-department table, bar charts drawn by the same SVG code as the
 * printable page, links to the CSV, the printable page and the recomputation, and the inputs
 * (cut-off, event position, calendar version) that make the figures reproducible. Figures only, no person.
 */
@Route(value = "bulletins/:id", layout = MainLayout.class)
@AnonymousAllowed
public class BulletinView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String API = "/api/public/disclosures/bulletins/";

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

    private final PublicPortal portal;
    private String title = "";

    public BulletinView(PublicPortal portal) {
        this.portal = portal;
        setId("bulletin");
        setMaxWidth("1200px");
        getStyle().set("margin", "0 auto");
    }

    static RouteParameters of(String bulletinId) {
        return new RouteParameters("id", bulletinId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("id").orElse("");
        removeAll();
        add(new RouterLink(getTranslation("public.bulletin.back"), BulletinsView.class));
        portal.bulletin(id)
                .ifPresentOrElse(
                        this::show, () -> add(TrackView.notFound(getTranslation("public.bulletin.not-found"))));
    }

    void show(BulletinResponse bulletin) {
        title = bulletin.title();
        var heading = new H1();
        heading.setText(title);
        add(heading);

        var reproducible = new Paragraph(getTranslation(
                "public.bulletin.period-line",
                String.valueOf(bulletin.period()),
                Formats.dateTime(bulletin.periodStart()),
                Formats.dateTime(bulletin.cutOff()),
                Formats.dateTime(bulletin.publishedAt())));
        reproducible.setId("bulletin-period");
        var inputs = new Paragraph(getTranslation(
                "public.bulletin.inputs",
                Formats.dateTime(bulletin.cutOff()),
                String.valueOf(bulletin.eventCount()),
                String.valueOf(bulletin.lastEventPosition()),
                String.valueOf(bulletin.calendarVersion())));
        inputs.setId("bulletin-inputs");
        inputs.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(reproducible, inputs, links(bulletin.bulletinId()));

        var active = bulletin.figures().departments().stream()
                .filter(DepartmentFigures::hasActivity)
                .toList();
        if (active.isEmpty()) {
            add(new Paragraph(getTranslation("public.bulletin.no-cases")));
        } else {
            var charts = new Div(
                    chart(
                            "public.bulletin.chart.received",
                            active,
                            f -> (double) f.received(),
                            getTranslation("public.bulletin.unit.cases"),
                            false),
                    chart("public.bulletin.chart.on-time", active, DepartmentFigures::onTimeRate, "%", true),
                    chart(
                            "public.bulletin.chart.satisfaction",
                            active,
                            DepartmentFigures::satisfactionRate,
                            "%",
                            true));
            if (active.stream().anyMatch(f -> f.appointmentsServed() + f.appointmentsMoreThanOneTrip() > 0)) {
                charts.add(chart(
                        "public.bulletin.chart.more-than-one-trip",
                        active,
                        f -> (double) f.appointmentsMoreThanOneTrip(),
                        getTranslation("public.bulletin.unit.cases"),
                        false));
            }
            charts.setId("bulletin-charts");
            charts.setWidthFull();
            charts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
            add(charts);
        }
        // the table scrolls inside its own box, so a 390 px phone screen never scrolls sideways
        var tableBox = new Div(table(bulletin));
        tableBox.setId("bulletin-table-box");
        tableBox.setWidthFull();
        tableBox.getStyle().set("overflow-x", "auto");
        add(
                new H2(getTranslation("public.bulletin.table")),
                tableBox,
                new Paragraph(getTranslation("public.bulletin.notes")),
                new Paragraph(getTranslation("public.bulletin.service-notes")));
        add(new LiaisonBulletinSections(
                bulletin.figures(),
                code -> portal.department(code).map(d -> d.name(getLocale())).orElse(code)));
    }

    private Component links(String bulletinId) {
        var encoded = URLEncoder.encode(bulletinId, StandardCharsets.UTF_8);
        var csv = new Anchor(API + encoded + "/csv", getTranslation("public.bulletin.csv"));
        csv.setId("bulletin-csv");
        csv.getElement().setAttribute("download", true);
        var print = new Anchor(API + encoded + "/print", getTranslation("public.bulletin.print"), AnchorTarget.BLANK);
        print.setId("bulletin-print");
        var verify = new Anchor(
                API + encoded + "/verification", getTranslation("public.bulletin.verify"), AnchorTarget.BLANK);
        verify.setId("bulletin-verify");
        for (var anchor : List.of(csv, print, verify)) {
            anchor.setRouterIgnore(true);
        }
        return new HorizontalLayout(csv, print, verify);
    }

    private Component chart(
            String titleKey,
            List<DepartmentFigures> rows,
            Function<DepartmentFigures, Double> value,
            String unit,
            boolean percent) {
        var label = getTranslation(titleKey);
        var heading = new Span(label);
        heading.getStyle().set("font-weight", "bold").set("display", "block");
        var svg = new Svg(BulletinDocuments.barChart(label, rows, this::departmentName, value, unit, percent));
        svg.getElement().getStyle().set("width", "100%");
        var box = new Div(heading, svg);
        box.addClassName("bulletin-chart");
        box.getStyle().set("flex", "1 1 300px").set("max-width", "640px").set("min-width", "0");
        return box;
    }

    private NativeTable table(BulletinResponse bulletin) {
        var table = new NativeTable();
        table.setId("bulletin-table");
        table.getStyle()
                .set("border-collapse", "collapse")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("width", "100%");
        var head = new NativeTableRow();
        head.add(headerCell(getTranslation("public.bulletin.department"), "left"));
        COLUMNS.forEach(column -> head.add(headerCell(getTranslation(column.key()), "right")));
        table.getHead().addRows(head);
        var body = table.addBody();
        bulletin.figures().departments().forEach(figures -> body.addRows(row(departmentName(figures), figures, false)));
        body.addRows(
                row(getTranslation("public.bulletin.total"), bulletin.figures().totals(), true));
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

    private String departmentName(DepartmentFigures figures) {
        return portal.department(figures.departmentCode())
                .map(d -> d.name(getLocale()))
                .orElse(figures.departmentName());
    }

    static String percent(Double rate) {
        return rate == null ? "—" : BulletinFigures.number(rate) + "%";
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("public.bulletins.heading") : title;
    }
}
