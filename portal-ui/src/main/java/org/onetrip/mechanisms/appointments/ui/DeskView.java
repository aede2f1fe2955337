package org.onetrip.mechanisms.appointments.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.onetrip.appointments.api.BookingResponse;
import org.onetrip.appointments.api.BookingStatus;
import org.onetrip.appointments.api.ExtraTripReason;
import org.onetrip.appointments.api.RecordServiceOutcomeCommand;
import org.onetrip.appointments.api.ServiceOutcome;
import org.onetrip.appointments.application.Appointments;
import org.onetrip.appointments.application.BookingRequest;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.casework.CaseHistoryList;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.disclosure.api.ServiceItemListResponse;
import org.onetrip.layout.LocalDatePicker;
import org.onetrip.layout.MainLayout;
import org.onetrip.layout.Results;
import org.onetrip.layout.RowOpening;
import org.onetrip.mechanisms.ServiceHistory;
import org.onetrip.projections.appointments.AppointmentSearch;
import org.onetrip.projections.appointments.BookingDocument;
import org.onetrip.security.StaffPrincipal;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.application.Result;

/**
 * The desk's day (预约办事): the day's bookings by time and number, a booking found by the code the
 * applicant shows, arrival, no-show and how it went (one trip, or 跑多次 with its reason); and, for the
 * centre, registering a caller's booking.
 */
@Route(value = "appointments/desk", layout = MainLayout.class)
@RolesAllowed({"INTAKE", "HANDLER"})
public class DeskView extends VerticalLayout implements HasDynamicTitle {

    private final Appointments appointments;
    private final AppointmentSearch search;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private final ServiceHistory history;
    final DatePicker day = new LocalDatePicker();
    final ComboBox<HallZone> zone = new ComboBox<>();
    final TextField code = new TextField();
    final Grid<BookingDocument> list = new Grid<>();
    final Div selected = new Div();
    private final Map<String, BookingResponse> answered = new HashMap<>();

    public DeskView(
            Appointments appointments,
            AppointmentSearch search,
            AuthenticationContext authentication,
            Clock clock,
            ServiceHistory history) {
        this.appointments = appointments;
        this.history = history;
        this.search = search;
        this.authentication = authentication;
        this.clock = clock;
        setWidthFull();

        day.setId("desk-day");
        day.setLabel(getTranslation("appointments.desk.day"));
        day.setValue(LocalDate.now(clock.withZone(WorkingDays.ZONE)));
        day.addValueChangeListener(change -> refresh());
        zone.setId("desk-zone");
        zone.setLabel(getTranslation("appointments.zone"));
        zone.setItems(HallZone.values());
        zone.setItemLabelGenerator(z -> getTranslation("appointments.zone." + z.name()));
        zone.setClearButtonVisible(true);
        zone.addValueChangeListener(change -> refresh());
        code.setId("desk-code");
        code.setLabel(getTranslation("appointments.desk.code"));
        code.setPlaceholder("XXXX-XXXX-XXXX-XXXXX");
        code.setMaxLength(40);
        var find = new Button(getTranslation("appointments.booking.find"), click -> lookUp());
        find.setId("desk-find");
        // Enter in the code field finds the booking; Enter on a row of the list opens that row
        find.addClickShortcut(Key.ENTER).listenOn(code);
        var reload = new Button(getTranslation("appointments.desk.refresh"), click -> refresh());
        reload.setId("desk-refresh");
        var filters = new HorizontalLayout(day, zone, code, find, reload);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        list.setId("desk-list");

        list.setEmptyStateText(getTranslation("grid.empty.filtered"));
        list.addColumn(b -> b.start)
                .setHeader(getTranslation("appointments.slot.time"))
                .setAutoWidth(true);
        list.addColumn(b -> b.seat)
                .setHeader(getTranslation("appointments.desk.seat"))
                .setAutoWidth(true);
        list.addColumn(b -> b.itemCode + " " + b.itemName)
                .setHeader(getTranslation("appointments.item"))
                .setFlexGrow(1);
        list.addColumn(b -> getTranslation("appointments.zone." + b.zone))
                .setHeader(getTranslation("appointments.zone"))
                .setAutoWidth(true);
        list.addColumn(b -> getTranslation("appointments.channel." + b.channel))
                .setHeader(getTranslation("appointments.desk.channel"))
                .setAutoWidth(true);
        list.addComponentColumn(b -> AppointmentTexts.status(this, BookingStatus.valueOf(b.status)))
                .setHeader(getTranslation("appointments.desk.status"))
                .setAutoWidth(true);
        list.addColumn(b -> b.outcome == null
                        ? ""
                        : getTranslation("appointments.outcome." + b.outcome)
                                + (b.extraTripReason == null
                                        ? ""
                                        : " · " + getTranslation("appointments.reason." + b.extraTripReason)))
                .setHeader(getTranslation("appointments.desk.outcome"))
                .setAutoWidth(true);
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.setAllRowsVisible(true);
        RowOpening.byClickOrKey(list, row -> open(appointments.booking(row.bookingId)));

        selected.setId("desk-selected");
        selected.setWidthFull();
        add(new H1(getTranslation("appointments.desk.heading")), filters, list, selected);
        if (actor().role() == Role.INTAKE) {
            add(phoneBooking());
        }
        refresh();
    }

    void refresh() {
        if (day.getValue() != null) {
            var rows = search.day(day.getValue(), zone.getValue());
            rows.forEach(this::showAnswered);
            list.setItems(rows);
        }
    }

    /**
     * The day list is a search projection that may lag what this desk just recorded: until the index shows the
     * status the command answered, the row shows the answer.
     */
    private void showAnswered(BookingDocument row) {
        var booking = answered.get(row.bookingId);
        if (booking == null) {
            return;
        }
        if (booking.status().name().equals(row.status)) {
            answered.remove(row.bookingId);
            return;
        }
        row.status = booking.status().name();
        row.outcome = booking.outcome() == null ? null : booking.outcome().name();
        row.extraTripReason = booking.extraTripReason() == null
                ? null
                : booking.extraTripReason().name();
    }

    private void lookUp() {
        open(appointments.deskLookup(code.getValue(), actor()));
    }

    void open(Result<BookingResponse> found) {
        selected.removeAll();
        if (!(found instanceof Result.Done<BookingResponse> done)) {
            selected.add(new Paragraph(Results.message(this, found)));
            return;
        }
        var booking = done.value();
        var heading = new H2(getTranslation(
                "appointments.desk.booking",
                booking.date() + " " + booking.start(),
                booking.seat(),
                booking.item().name()));
        heading.setId("desk-booking-heading");
        selected.add(heading, AppointmentTexts.status(this, booking.status()));
        var id = booking.bookingId();
        if (booking.status() == BookingStatus.BOOKED) {
            var arrived = new Button(
                    getTranslation("appointments.desk.arrived"),
                    click -> act(id, appointments.recordArrival(id, actor()), "appointments.desk.arrived-done"));
            arrived.setId("desk-arrived");
            arrived.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var noShow = new Button(
                    getTranslation("appointments.desk.no-show"),
                    click -> act(id, appointments.recordNoShow(id, actor()), "appointments.desk.no-show-done"));
            noShow.setId("desk-no-show");
            var reason = new TextField(getTranslation("appointments.desk.cancel-reason"));
            reason.setMaxLength(500);
            var cancel = new Button(
                    getTranslation("appointments.booking.cancel"),
                    click -> act(
                            id, appointments.cancel(id, reason.getValue(), actor()), "appointments.booking.cancelled"));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            var row = new HorizontalLayout(arrived, noShow, reason, cancel);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            selected.add(row);
        } else if (booking.status() == BookingStatus.ARRIVED) {
            selected.add(outcomeForm(id));
        } else if (booking.outcome() != null) {
            var outcome = new Paragraph(
                    getTranslation("appointments.outcome." + booking.outcome().name())
                            + (booking.extraTripReason() == null
                                    ? ""
                                    : " · "
                                            + getTranslation("appointments.reason."
                                                    + booking.extraTripReason().name())));
            outcome.setId("desk-booking-outcome");
            selected.add(outcome);
        }
        appointments.timeline(id).ifPresent(timeline -> {
            var sentences = new CaseHistoryList();
            sentences.setId("desk-history");
            sentences.show(history.narrate(timeline, getLocale()));
            selected.add(new H3(getTranslation("services.history.heading")), sentences);
        });
    }

    private Div outcomeForm(String id) {
        var outcome = new RadioButtonGroup<ServiceOutcome>();
        outcome.setId("desk-outcome");
        outcome.setLabel(getTranslation("appointments.desk.outcome-question"));
        outcome.setItems(ServiceOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("appointments.outcome." + o.name()));
        outcome.setValue(ServiceOutcome.ONE_TRIP);
        var reason = new Select<ExtraTripReason>();
        reason.setId("desk-extra-reason");
        reason.setLabel(getTranslation("appointments.desk.reason"));
        reason.setItems(Arrays.asList(ExtraTripReason.values()));
        reason.setItemLabelGenerator(r -> getTranslation("appointments.reason." + r.name()));
        var note = new TextArea(getTranslation("appointments.desk.note"));
        note.setId("desk-note");
        note.setMaxLength(RecordServiceOutcomeCommand.MAX_NOTE);
        note.setWidthFull();
        reason.setVisible(false);
        note.setVisible(false);
        outcome.addValueChangeListener(change -> {
            boolean more = change.getValue() == ServiceOutcome.MORE_THAN_ONE_TRIP;
            reason.setVisible(more);
            note.setVisible(more);
        });
        var record = new Button(getTranslation("appointments.desk.record-outcome"), click -> {
            if (outcome.getValue() == ServiceOutcome.MORE_THAN_ONE_TRIP
                    && (reason.getValue() == null || note.getValue().isBlank())) {
                reason.setInvalid(reason.getValue() == null);
                note.setInvalid(note.getValue().isBlank());
                note.setErrorMessage(getTranslation("appointments.desk.reason-required"));
                return;
            }
            act(
                    id,
                    appointments.recordOutcome(id, outcome.getValue(), reason.getValue(), note.getValue(), actor()),
                    "appointments.desk.outcome-done");
        });
        record.setId("desk-record-outcome");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(outcome, reason, note, record);
        form.setWidthFull();
        return form;
    }

    private void act(String id, Result<BookingResponse> result, String doneKey) {
        if (Results.show(this, result, doneKey)) {
            if (result instanceof Result.Done<BookingResponse> done) {
                answered.put(id, done.value());
            }
            refresh();
            open(result);
        }
    }

    private Details phoneBooking() {
        var item = new ComboBox<ServiceItemListResponse.Entry>(getTranslation("appointments.item"));
        item.setId("desk-phone-item");
        item.setItems(appointments.bookableItems());
        item.setItemLabelGenerator(entry -> entry.code() + " " + entry.name());
        item.setWidth("22em");
        var slot = new ComboBox<AppointmentSearch.Slot>(getTranslation("appointments.desk.slot"));
        slot.setId("desk-phone-slot");
        slot.setWidth("22em");
        slot.setItemLabelGenerator(s -> AppointmentTexts.day(this, s.date(), s.workingDay()) + " " + s.start() + "–"
                + s.end() + " · " + getTranslation("appointments.slot.free", s.free()));
        item.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                var today = LocalDate.now(clock.withZone(WorkingDays.ZONE));
                slot.setItems(search.slots(
                        change.getValue().hallZone(), today, today.plusDays(AppointmentsView.DAYS_AHEAD), true));
            }
        });
        var channel = new Select<Channel>();
        channel.setLabel(getTranslation("appointments.desk.channel"));
        channel.setItems(Channel.HOTLINE, Channel.WINDOW, Channel.WECHAT);
        channel.setItemLabelGenerator(c -> getTranslation("appointments.channel." + c.name()));
        channel.setValue(Channel.HOTLINE);
        var form = new BookingForm();
        var answer = new Div();
        answer.setId("desk-phone-answer");
        form.addBookListener(event -> {
            answer.removeAll();
            if (item.getValue() == null || slot.getValue() == null) {
                answer.add(new Paragraph(getTranslation("appointments.desk.choose-slot")));
                return;
            }
            var result = appointments.book(
                    new BookingRequest(
                            slot.getValue().slotId(),
                            item.getValue().code(),
                            event.name(),
                            event.phone(),
                            event.email(),
                            null),
                    actor(),
                    channel.getValue(),
                    AppointmentTexts.client());
            if (Results.show(this, result, null)
                    && result instanceof Result.Done<org.onetrip.appointments.application.Booked> done) {
                var read = new Span(getTranslation(
                        "appointments.desk.read-out", done.value().bookingCode()));
                read.setId("desk-phone-code");
                read.getStyle().set("font-weight", "bold");
                answer.add(read);
                refresh();
            }
        });
        var layout = new VerticalLayout(new HorizontalLayout(item, slot, channel), form, answer);
        layout.setPadding(false);
        var details = new Details(getTranslation("appointments.desk.phone-heading"), layout);
        details.setId("desk-phone");
        return details;
    }

    private Actor actor() {
        return authentication
                .getAuthenticatedUser(StaffPrincipal.class)
                .map(StaffPrincipal::actor)
                .orElseThrow();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointments.desk.heading");
    }
}
