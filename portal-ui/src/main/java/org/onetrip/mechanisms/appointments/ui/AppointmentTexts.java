package org.onetrip.mechanisms.appointments.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinRequest;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.onetrip.appointments.api.BookingStatus;

/** Dates, weekdays and statuses of appointments as people read them. */
final class AppointmentTexts {

    private AppointmentTexts() {}

    static String day(Component source, LocalDate date, boolean workingDay) {
        if (date == null) {
            return "";
        }
        var ui = com.vaadin.flow.component.UI.getCurrent();
        var locale = ui == null || ui.getLocale() == null ? Locale.CHINA : ui.getLocale();
        var weekday = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale);
        return date + " " + weekday + (workingDay ? "" : " · " + source.getTranslation("appointments.holiday"));
    }

    static Span status(Component source, BookingStatus status) {
        var badge = new Span(source.getTranslation("appointments.status." + status.name()));
        badge.getElement().getThemeList().add("badge");
        switch (status) {
            case BOOKED -> badge.getElement().getThemeList().add("contrast");
            case ARRIVED -> {}
            case SERVED -> badge.getElement().getThemeList().add("success");
            case NO_SHOW, CANCELLED -> badge.getElement().getThemeList().add("error");
        }
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }

    static String client() {
        var request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }
}
