package org.onetrip.editorial.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.onetrip.calendar.api.WorkingDayCalendar;

/** Plain tables that scroll inside their own box (a 390 px phone never scrolls sideways), and dates in Beijing time. */
public final class Tables {

    public static final ZoneId ZONE = WorkingDayCalendar.ZONE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Tables() {}

    static String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(ZONE));
    }

    static NativeTable table(String id, List<String> headers) {
        var table = new NativeTable();
        table.setId(id);
        table.getStyle()
                .set("border-collapse", "collapse")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("width", "100%");
        var head = new NativeTableRow();
        for (int i = 0; i < headers.size(); i++) {
            var cell = new NativeTableHeaderCell();
            cell.setText(headers.get(i));
            border(cell.getStyle(), i == 0 ? "left" : "right");
            cell.getStyle().set("white-space", "nowrap");
            head.add(cell);
        }
        table.getHead().addRows(head);
        table.addBody();
        return table;
    }

    static NativeTableRow row(NativeTable table, List<String> cells) {
        var row = new NativeTableRow();
        for (int i = 0; i < cells.size(); i++) {
            var cell = new NativeTableCell();
            cell.setText(cells.get(i));
            border(cell.getStyle(), i == 0 ? "left" : "right");
            row.add(cell);
        }
        table.getBody().addRows(row);
        return row;
    }

    /** A left-aligned cell that wraps, for sentences. */
    static void sentenceCell(NativeTableRow row, String text) {
        var cell = new NativeTableCell();
        cell.setText(text);
        border(cell.getStyle(), "left");
        cell.getStyle().set("min-width", "16em");
        row.add(cell);
    }

    static Component scrolling(Component table) {
        var box = new Div(table);
        box.setWidthFull();
        box.getStyle().set("overflow-x", "auto");
        return box;
    }

    private static void border(com.vaadin.flow.dom.Style style, String align) {
        style.set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("padding", "0.25em 0.4em")
                .set("text-align", align);
    }
}
