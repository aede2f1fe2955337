package org.onetrip.mechanisms.appointments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.onetrip.appointments.application.Appointments;
import org.onetrip.appointments.application.BookingRequest;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.disclosure.api.ServiceItemListResponse;
import org.onetrip.layout.MainLayout;
import org.onetrip.layout.Results;
import org.onetrip.layout.Scrolling;
import org.onetrip.projections.appointments.AppointmentSearch;
import org.onetrip.publicportal.ui.HallZoneNames;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.application.Result;

/**
 * 节假日"预约办事": choose the matter, see the slots its hall zone offers (weekends and holidays marked),
 * take one, say who is coming; the booking page then shows the code and the one-time notice.
 */
@Route(value = "appointments", layout = MainLayout.class)
@AnonymousAllowed
public class AppointmentsView extends VerticalLayout implements HasDynamicTitle {

    static final int DAYS_AHEAD = 45;

    private final Appointments appointments;
    private final AppointmentSearch search;
    private final Clock clock;
    final ComboBox<ServiceItemListResponse.Entry> item = new ComboBox<>();
    final Grid<AppointmentSearch.Slot> slots = new Grid<>();
    final Div chosen = new Div();
    final BookingForm form = new BookingForm();
    private AppointmentSearch.Slot slot;

    public AppointmentsView(Appointments appointments, AppointmentSearch search, Clock clock) {
        this.appointments = appointments;
        this.search = search;
        this.clock = clock;
        setMaxWidth("960px");
        getStyle().set("margin", "0 auto");

        item.setId("appointment-item");
        item.setLabel(getTranslation("appointments.item"));
        item.setItems(appointments.bookableItems());
        item.setItemLabelGenerator(
                entry -> entry.code() + " " + entry.name() + " · " + HallZoneNames.of(this, entry.hallZone()));
        item.setWidthFull();
        item.addValueChangeListener(change -> showSlots());

        slots.setId("appointment-slots");

        slots.setEmptyStateText(getTranslation("grid.empty.filtered"));
        // first, so a phone shows the button without scrolling the grid sideways
        slots.addComponentColumn(s -> {
                    var take = new Button(getTranslation("appointments.slot.take"), click -> choose(s));
                    take.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    take.addClassName("take-slot");
                    // every row's button reads the same; its name says which slot it takes
                    take.setAriaLabel(getTranslation(
                            "appointments.slot.take-this",
                            AppointmentTexts.day(this, s.date(), s.workingDay()),
                            s.start() + "–" + s.end()));
                    return take;
                })
                .setHeader(getTranslation("appointments.slot.booking"))
                .setAutoWidth(true);
        slots.addColumn(s -> AppointmentTexts.day(this, s.date(), s.workingDay()))
                .setHeader(getTranslation("appointments.slot.date"))
                .setAutoWidth(true);
        slots.addColumn(s -> s.start() + "–" + s.end())
                .setHeader(getTranslation("appointments.slot.time"))
                .setAutoWidth(true);
        slots.addColumn(s -> getTranslation("appointments.slot.free", s.free()))
                .setHeader(getTranslation("appointments.slot.seats"))
                .setAutoWidth(true);
        slots.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        slots.setAllRowsVisible(true);
        slots.setVisible(false);

        chosen.setId("appointment-chosen");
        form.setVisible(false);
        form.addBookListener(event -> book(event));

        var lookup = new RouterLink(getTranslation("appointments.have-code"), BookingView.class);
        lookup.setId("appointment-lookup-link");
        add(
                new H1(getTranslation("appointments.heading")),
                new Paragraph(getTranslation("appointments.intro")),
                lookup,
                item,
                slots,
                chosen,
                form);
    }

    void showSlots() {
        slot = null;
        chosen.removeAll();
        form.setVisible(false);
        var selected = item.getValue();
        if (selected == null) {
            slots.setVisible(false);
            return;
        }
        var today = LocalDate.now(clock.withZone(WorkingDays.ZONE));
        var open = search.slots(selected.hallZone(), today, today.plusDays(DAYS_AHEAD), true);
        slots.setItems(open);
        slots.setVisible(!open.isEmpty());
        if (open.isEmpty()) {
            chosen.add(new Paragraph(
                    getTranslation("appointments.no-slots", HallZoneNames.of(this, selected.hallZone()))));
        }
    }

    void choose(AppointmentSearch.Slot chosenSlot) {
        slot = chosenSlot;
        chosen.removeAll();
        var summary = new Span(getTranslation(
                "appointments.chosen",
                AppointmentTexts.day(this, chosenSlot.date(), chosenSlot.workingDay()),
                chosenSlot.start() + "–" + chosenSlot.end(),
                item.getValue().name()));
        summary.setId("appointment-chosen-text");
        chosen.add(new H2(getTranslation("appointments.who")), summary);
        form.setVisible(true);
        Scrolling.intoViewIfBelow(chosen);
    }

    private void book(BookingForm.BookEvent event) {
        if (slot == null || item.getValue() == null) {
            return;
        }
        var result = appointments.book(
                new BookingRequest(
                        slot.slotId(), item.getValue().code(), event.name(), event.phone(), event.email(), null),
                Actor.PUBLIC,
                Channel.PORTAL,
                AppointmentTexts.client());
        if (result instanceof Result.Done<org.onetrip.appointments.application.Booked> done) {
            getUI().ifPresent(ui -> ui.navigate(BookingView.class, done.value().bookingCode()));
        } else {
            Results.show(this, result, null);
            showSlots();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointments.heading");
    }
}
