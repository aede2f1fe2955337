package org.onetrip.mechanisms.appointments.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.onetrip.appointments.api.BookingResponse;
import org.onetrip.appointments.api.BookingStatus;
import org.onetrip.appointments.application.Appointments;
import org.onetrip.appointments.application.OneTimeNotice;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.i18n.TownshipTime;
import org.onetrip.layout.LiveRegion;
import org.onetrip.layout.MainLayout;
import org.onetrip.layout.Results;
import org.onetrip.layout.TrackingQrCode;
import org.onetrip.projections.appointments.AppointmentSearch;
import org.onetrip.shared.application.Result;
import org.springframework.beans.factory.annotation.Value;

/**
 * A booking by its code: the code and a QR code of this page, when and where, the seat number, the
 * one-time notice of materials, its history, and while it is still to come, cancel or move it.
 */
@Route(value = "appointments/booking", layout = MainLayout.class)
@AnonymousAllowed
public class BookingView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = TownshipTime.MINUTES;

    private final Appointments appointments;
    private final AppointmentSearch search;
    private final Clock clock;
    private final String publicBaseUrl;
    final TextField code = new TextField();
    final Div result = new Div();

    public BookingView(
            Appointments appointments,
            AppointmentSearch search,
            Clock clock,
            @Value("${onetrip.notifications.public-base-url:}") String publicBaseUrl) {
        this.appointments = appointments;
        this.search = search;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl;
        setMaxWidth("960px");
        getStyle().set("margin", "0 auto");
        code.setId("booking-code-field");
        code.setLabel(getTranslation("appointments.booking.code-field"));
        code.setPlaceholder("XXXX-XXXX-XXXX-XXXXX");
        code.setMaxLength(40);
        var find = new Button(getTranslation("appointments.booking.find"), click -> find());
        find.setId("booking-find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER);
        var form = new HorizontalLayout(code, find);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        result.setId("booking-result");
        LiveRegion.polite(result);
        result.setWidthFull();
        add(new H1(getTranslation("appointments.booking.heading")), form, result);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        if (parameter != null && !parameter.isBlank()) {
            code.setValue(parameter.length() > 40 ? parameter.substring(0, 40) : parameter);
            show(parameter);
        }
    }

    private void find() {
        var parsed = ReceiptCode.parse(code.getValue());
        if (parsed.isPresent()) {
            getUI().ifPresent(ui -> ui.navigate(BookingView.class, parsed.get().grouped()));
        } else {
            show(code.getValue());
        }
    }

    void show(String typed) {
        result.removeAll();
        var found = appointments.byCode(typed, AppointmentTexts.client());
        if (found instanceof Result.Done<BookingResponse> done) {
            render(done.value());
        } else {
            var message = new Paragraph(Results.message(this, found));
            message.setId("booking-not-found");
            result.add(message);
        }
    }

    private void render(BookingResponse booking) {
        var codeText = new Span(booking.bookingCode());
        codeText.setId("booking-code");
        codeText.getStyle()
                .set("font-size", "1.8em")
                .set("font-family", "monospace")
                .set("font-weight", "bold")
                .set("letter-spacing", "0.05em")
                .set("overflow-wrap", "anywhere");
        var url = TrackingQrCode.baseUrl(publicBaseUrl) + "/appointments/booking/" + booking.bookingCode();
        var qr = new TrackingQrCode(url, getTranslation("appointments.booking.qr"));
        var keep = new Paragraph(getTranslation("appointments.booking.keep"));
        var top = new HorizontalLayout(
                new VerticalLayout(codeText, keep, AppointmentTexts.status(this, booking.status())), qr);
        top.setWrap(true);
        top.setWidthFull();

        var when = new Paragraph(getTranslation(
                "appointments.booking.when",
                AppointmentTexts.day(this, booking.date(), true),
                booking.start() + "–" + booking.end(),
                getTranslation("appointments.zone." + booking.zone().name()),
                booking.seat()));
        when.setId("booking-when");
        var item = new Paragraph(booking.item().code() + " " + booking.item().name());
        item.setId("booking-item");
        result.add(top, when, item);

        appointments.notice(booking).ifPresent(notice -> result.add(notice(notice)));
        if (booking.status() == BookingStatus.BOOKED) {
            result.add(changes(booking));
        }
        result.add(history(booking));
    }

    private Div notice(OneTimeNotice notice) {
        var box = new Div();
        box.setId("one-time-notice");
        box.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-m)");
        var materials = new UnorderedList();
        notice.materials().forEach(material -> materials.add(new ListItem(material)));
        materials.setId("notice-materials");
        var conditions = new UnorderedList();
        notice.conditions().forEach(condition -> conditions.add(new ListItem(condition)));
        box.add(
                new H2(getTranslation("appointments.notice.heading")),
                new Paragraph(getTranslation("appointments.notice.intro", notice.itemVersion())),
                new Span(getTranslation("appointments.notice.materials")),
                materials,
                new Span(getTranslation("appointments.notice.conditions")),
                conditions);
        if (!nonNull(notice.fees()).isBlank()) {
            box.add(new Paragraph(getTranslation("appointments.notice.fees", notice.fees())));
        }
        if (!nonNull(notice.windowLocation()).isBlank()) {
            box.add(new Paragraph(getTranslation("appointments.notice.where", notice.windowLocation())));
        }
        if (notice.promisedTimeLimitDays() != null) {
            box.add(new Paragraph(getTranslation("appointments.notice.promised", notice.promisedTimeLimitDays())));
        }
        return box;
    }

    private Div changes(BookingResponse booking) {
        var box = new Div();
        box.setId("booking-changes");
        var move = new ComboBox<AppointmentSearch.Slot>(getTranslation("appointments.booking.move-to"));
        move.setId("booking-move-slot");
        var today = LocalDate.now(clock.withZone(WorkingDays.ZONE));
        move.setItems(search.slots(booking.zone(), today, today.plusDays(AppointmentsView.DAYS_AHEAD), true).stream()
                .filter(slot -> !slot.slotId().equals(booking.slotId()))
                .toList());
        move.setItemLabelGenerator(slot -> AppointmentTexts.day(this, slot.date(), slot.workingDay()) + " "
                + slot.start() + "–" + slot.end() + " · " + getTranslation("appointments.slot.free", slot.free()));
        move.setWidth("22em");
        var moveButton = new Button(getTranslation("appointments.booking.move"), click -> {
            if (move.getValue() != null
                    && Results.show(
                            this,
                            appointments.moveByCode(
                                    booking.bookingCode(), move.getValue().slotId(), AppointmentTexts.client()),
                            "appointments.booking.moved")) {
                show(booking.bookingCode());
            }
        });
        moveButton.setId("booking-move");
        var cancel = new Button(getTranslation("appointments.booking.cancel"), click -> {
            if (Results.show(
                    this,
                    appointments.cancelByCode(booking.bookingCode(), null, AppointmentTexts.client()),
                    "appointments.booking.cancelled")) {
                show(booking.bookingCode());
            }
        });
        cancel.setId("booking-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var row = new HorizontalLayout(move, moveButton, cancel);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        box.add(new H2(getTranslation("appointments.booking.change-heading")), row);
        return box;
    }

    private Div history(BookingResponse booking) {
        var box = new Div();
        box.setId("booking-history");
        var list = new UnorderedList();
        for (var step : booking.history()) {
            var text = getTranslation("appointments.history." + step.type());
            if (text.startsWith("!")) {
                continue;
            }
            var detail = step.detail() == null ? "" : " · " + detailText(step);
            list.add(new ListItem(WHEN.format(step.at()) + " " + text + detail));
        }
        box.add(new H2(getTranslation("appointments.booking.history")), list);
        return box;
    }

    /** Outcomes and channels are names to translate; a moved booking's new time is shown as it is. */
    private String detailText(BookingResponse.Step step) {
        return step.detail().matches("[A-Z_]+")
                ? getTranslation("appointments.detail." + step.detail())
                : step.detail();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointments.booking.heading");
    }
}
