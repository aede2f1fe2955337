package org.onetrip.liaison.bulletin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Function;
import org.onetrip.disclosure.api.BulletinFigures;
import org.onetrip.enterprise.api.EnterpriseLiaisonFigures;
import org.onetrip.grid.api.GridCompliance;
import org.onetrip.liaison.ui.Texts;

/**
 * The bulletin's sections on "网格走访，企业联点" (四.四): per grid, visits done against required, and the
 * enterprise liaison's visits and requests by kind. Public: grids and kinds, never a cadre's name.
 */
public class LiaisonBulletinSections extends Div {

    public LiaisonBulletinSections(BulletinFigures figures, Function<String, String> departmentName) {
        setId("bulletin-liaison");
        setWidthFull();
        if (figures.gridVisits() != null) {
            add(grids(figures.gridVisits(), departmentName));
        }
        if (figures.enterpriseLiaison() != null) {
            add(enterprises(figures.enterpriseLiaison()));
        }
    }

    private Component grids(GridCompliance compliance, Function<String, String> departmentName) {
        var box = new Div();
        box.setId("bulletin-grid-visits");
        var t = compliance.totals();
        box.add(
                new H2(getTranslation("liaison.bulletin.grids")),
                new Paragraph(getTranslation(
                        "liaison.bulletin.grids-line",
                        compliance.visitsPerCadre(),
                        t.grids(),
                        t.gridsComplete(),
                        t.required(),
                        t.done(),
                        Texts.rate(t.rate()),
                        t.visits())));
        if (!compliance.grids().isEmpty()) {
            var table = table(List.of(
                    getTranslation("liaison.grid.name"),
                    getTranslation("liaison.grid.village"),
                    getTranslation("liaison.compliance.required"),
                    getTranslation("liaison.compliance.done"),
                    getTranslation("liaison.compliance.visits"),
                    getTranslation("liaison.compliance.rate")));
            var body = table.addBody();
            for (var row : compliance.grids()) {
                body.addRows(row(List.of(
                        row.name(),
                        departmentName.apply(row.villageDepartmentCode()),
                        String.valueOf(row.required()),
                        String.valueOf(row.done()),
                        String.valueOf(row.visits()),
                        Texts.rate(row.rate()))));
            }
            table.setId("bulletin-grid-table");
            box.add(table);
        }
        return box;
    }

    private Component enterprises(EnterpriseLiaisonFigures figures) {
        var box = new Div();
        box.setId("bulletin-enterprises");
        box.add(
                new H2(getTranslation("liaison.bulletin.enterprises")),
                new Paragraph(getTranslation(
                        "liaison.bulletin.enterprises-line",
                        figures.registered(),
                        figures.visited(),
                        Texts.rate(figures.visitRate()))));
        if (!figures.types().isEmpty()) {
            var table = table(List.of(
                    getTranslation("liaison.public.type"),
                    getTranslation("liaison.bulletin.raised"),
                    getTranslation("liaison.bulletin.answered"),
                    getTranslation("liaison.bulletin.open"),
                    getTranslation("liaison.bulletin.overdue")));
            var body = table.addBody();
            for (var row : figures.types()) {
                body.addRows(cells(
                        row, getTranslation("liaison.issue-type." + row.type().name())));
            }
            var total = cells(figures.totals(), getTranslation("public.bulletin.total"));
            total.getStyle().set("font-weight", "bold");
            body.addRows(total);
            table.setId("bulletin-enterprise-table");
            box.add(table);
        }
        return box;
    }

    private NativeTableRow cells(EnterpriseLiaisonFigures.TypeRow row, String label) {
        return row(List.of(
                label,
                String.valueOf(row.raised()),
                String.valueOf(row.answered()),
                String.valueOf(row.open()),
                String.valueOf(row.overdueOpen())));
    }

    private static NativeTable table(List<String> headers) {
        var table = new NativeTable();
        table.getStyle()
                .set("border-collapse", "collapse")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("max-width", "100%")
                .set("margin-bottom", "var(--lumo-space-l)");
        var head = new NativeTableRow();
        for (var header : headers) {
            var cell = new NativeTableHeaderCell();
            cell.setText(header);
            style(cell.getStyle());
            head.add(cell);
        }
        table.getHead().addRows(head);
        return table;
    }

    private static NativeTableRow row(List<String> values) {
        var row = new NativeTableRow();
        for (var value : values) {
            var cell = new NativeTableCell();
            cell.setText(value);
            style(cell.getStyle());
            row.add(cell);
        }
        return row;
    }

    private static void style(com.vaadin.flow.dom.Style style) {
        style.set("border", "1px solid var(--lumo-contrast-20pct)").set("padding", "0.25em 0.4em");
    }
}
