package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.cases.api.ReceiptCode;

/** Dates as the township reads them (Beijing time), and text that is always text. */
final class Formats {

    static final ZoneId ZONE = WorkingDayCalendar.ZONE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {}

    static String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(ZONE));
    }

    static String date(Instant at) {
        return at == null ? "" : at.atZone(ZONE).toLocalDate().toString();
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** A receipt code in its grouped form, however it was stored or typed. */
    static String code(String receiptCode) {
        return ReceiptCode.shown(receiptCode);
    }

    /** User or published content, set as text so markup in it is shown, never interpreted. */
    static Span text(String value) {
        var span = new Span();
        span.setText(value == null ? "" : value);
        span.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        return span;
    }

    static Span badge(String label, String theme) {
        var badge = new Span(label);
        badge.getElement().getThemeList().add(theme == null ? "badge" : "badge " + theme);
        return badge;
    }
}
