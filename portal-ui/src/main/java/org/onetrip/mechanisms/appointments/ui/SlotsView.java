package org.onetrip.mechanisms.appointments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.onetrip.appointments.api.SlotDays;
import org.onetrip.appointments.application.Appointments;
import org.onetrip.appointments.application.SlotPublication;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.layout.LocalDatePicker;
import org.onetrip.layout.MainLayout;
import org.onetrip.layout.Results;
import org.onetrip.layout.RowOpening;
import org.onetrip.projections.appointments.AppointmentSearch;
import org.onetrip.security.StaffPrincipal;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.application.Result;

/**
 * The centre publishes appointment slots for a hall zone: on the weekends and holidays the working-day
 * calendar knows (or working days, or every day), at the given times, with a capacity; and changes a
 * slot's capacity or closes an empty one.
 */
@Route(value = "appointments/slots", layout = MainLayout.class)
@RolesAllowed({"INTAKE", "ADMIN"})
public class SlotsView extends VerticalLayout implements HasDynamicTitle {

    private final Appointments appointments;
    private final AppointmentSearch search;
    private final AuthenticationContext authentication;
    private final Clock clock;
    final ComboBox<HallZone> zone = new ComboBox<>();
    final DatePicker from = new LocalDatePicker();
    final DatePicker to = new LocalDatePicker();
    final RadioButtonGroup<SlotDays> days = new RadioButtonGroup<>();
    final TextField windows = new TextField();
    final IntegerField capacity = new IntegerField();
    final Paragraph published = new Paragraph();
    final Grid<AppointmentSearch.Slot> slots = new Grid<>();
    final Div selected = new Div();

    public SlotsView(
            Appointments appointments, AppointmentSearch search, AuthenticationContext authentication, Clock clock) {
        this.appointments = appointments;
        this.search = search;
        this.authentication = authentication;
        this.clock = clock;
        setWidthFull();
        var today = LocalDate.now(clock.withZone(WorkingDays.ZONE));
        zone.setId("slots-zone");
        zone.setLabel(getTranslation("appointments.zone"));
        zone.setItems(HallZone.values());
        zone.setItemLabelGenerator(z -> getTranslation("appointments.zone." + z.name()));
        zone.setValue(HallZone.MINZHENG);
        zone.addValueChangeListener(change -> refresh());
        from.setId("slots-from");
        from.setLabel(getTranslation("appointments.slots.from"));
        from.setValue(today.plusDays(1));
        to.setId("slots-to");
        to.setLabel(getTranslation("appointments.slots.to"));
        to.setValue(today.plusDays(31));
        var latest = today.plusYears(SlotPublication.MAX_YEARS_AHEAD);
        from.setMin(today);
        from.setMax(latest);
        to.setMin(today);
        to.setMax(latest);
        days.setId("slots-days");
        days.setLabel(getTranslation("appointments.slots.days"));
        days.setItems(SlotDays.values());
        days.setItemLabelGenerator(d -> getTranslation("appointments.slots.days." + d.name()));
        days.setValue(SlotDays.NON_WORKING_DAYS);
        windows.setId("slots-windows");
        windows.setLabel(getTranslation("appointments.slots.windows"));
        windows.setValue("09:00-10:00, 10:00-11:00, 14:30-15:30");
        windows.setWidth("24em");
        capacity.setId("slots-capacity");
        capacity.setLabel(getTranslation("appointments.slots.capacity"));
        capacity.setMin(1);
        capacity.setMax(50);
        capacity.setValue(4);
        capacity.setStepButtonsVisible(true);
        var publish = new Button(getTranslation("appointments.slots.publish"), click -> publish());
        publish.setId("slots-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        published.setId("slots-published");
        var form = new HorizontalLayout(zone, from, to, windows, capacity);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        slots.setId("slots-list");
        slots.addColumn(s -> AppointmentTexts.day(this, s.date(), s.workingDay()))
                .setHeader(getTranslation("appointments.slot.date"))
                .setAutoWidth(true);
        slots.addColumn(s -> s.start() + "–" + s.end())
                .setHeader(getTranslation("appointments.slot.time"))
                .setAutoWidth(true);
        slots.addColumn(s -> s.booked() + " / " + s.capacity())
                .setHeader(getTranslation("appointments.slots.booked"))
                .setAutoWidth(true);
        slots.addColumn(s -> s.closed() ? getTranslation("appointments.slots.closed") : "")
                .setAutoWidth(true);
        slots.addThemeVariants(GridVariant.LUMO_COMPACT);
        slots.setAllRowsVisible(true);
        RowOpening.byClickOrKey(slots, this::select);
        selected.setId("slots-selected");

        add(
                new H1(getTranslation("appointments.slots.heading")),
                new Paragraph(getTranslation("appointments.slots.intro")),
                form,
                days,
                publish,
                published,
                new H2(getTranslation("appointments.slots.list")),
                selected,
                slots);
        refresh();
    }

    void publish() {
        var parsed = parseWindows(windows.getValue());
        if (parsed == null) {
            windows.setInvalid(true);
            windows.setErrorMessage(getTranslation("appointments.slots.windows-invalid"));
            return;
        }
        windows.setInvalid(false);
        var result = appointments.publishSlots(
                new SlotPublication(
                        zone.getValue(),
                        from.getValue(),
                        to.getValue(),
                        days.getValue(),
                        parsed,
                        capacity.getValue() == null ? 0 : capacity.getValue()),
                actor());
        if (Results.show(this, result, null) && result instanceof Result.Done<SlotPublication.Published> done) {
            published.setText(getTranslation(
                    "appointments.slots.published",
                    done.value().opened(),
                    done.value().days().size(),
                    done.value().alreadyOpen()));
            refresh();
        }
    }

    /** "09:00-10:00, 14:30-15:30" as windows; null when any part is not a time range. */
    static List<SlotPublication.Window> parseWindows(String text) {
        var windows = new ArrayList<SlotPublication.Window>();
        for (var part : text.split("[,，;；\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            var ends = part.split("[-–~]");
            if (ends.length != 2) {
                return null;
            }
            try {
                windows.add(new SlotPublication.Window(LocalTime.parse(pad(ends[0])), LocalTime.parse(pad(ends[1]))));
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
        return windows.isEmpty() ? null : windows;
    }

    private static String pad(String time) {
        var t = time.strip();
        return t.length() == 4 ? "0" + t : t;
    }

    void refresh() {
        var today = LocalDate.now(clock.withZone(WorkingDays.ZONE));
        slots.setItems(search.slots(zone.getValue(), today, today.plusDays(AppointmentSearch.MAX_DAYS), false));
    }

    private void select(AppointmentSearch.Slot slot) {
        selected.removeAll();
        var newCapacity = new IntegerField(getTranslation("appointments.slots.capacity"));
        newCapacity.setValue(slot.capacity());
        newCapacity.setMin(1);
        newCapacity.setMax(50);
        var change = new Button(getTranslation("appointments.slots.change"), click -> {
            if (Results.show(
                    this,
                    appointments.changeCapacity(
                            slot.slotId(), newCapacity.getValue() == null ? 0 : newCapacity.getValue(), actor()),
                    "appointments.slots.changed")) {
                refresh();
            }
        });
        var reason = new TextField(getTranslation("appointments.slots.close-reason"));
        reason.setMaxLength(500);
        var close = new Button(getTranslation("appointments.slots.close"), click -> {
            if (Results.show(
                    this,
                    appointments.closeSlot(slot.slotId(), reason.getValue(), actor()),
                    "appointments.slots.closed-done")) {
                refresh();
                selected.removeAll();
            }
        });
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var row = new HorizontalLayout(newCapacity, change, reason, close);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        selected.add(
                new Paragraph(AppointmentTexts.day(this, slot.date(), slot.workingDay()) + " " + slot.start() + "–"
                        + slot.end()),
                row);
    }

    private Actor actor() {
        return authentication
                .getAuthenticatedUser(StaffPrincipal.class)
                .map(StaffPrincipal::actor)
                .orElseThrow();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointments.slots.heading");
    }
}
