package org.onetrip.appointments.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.onetrip.appointments.api.Applicant;
import org.onetrip.appointments.api.AppointmentOutcome;
import org.onetrip.appointments.api.AppointmentRefusalReason;
import org.onetrip.appointments.api.AppointmentRefusedException;
import org.onetrip.appointments.api.AppointmentSlotIds;
import org.onetrip.appointments.api.BookAppointmentCommand;
import org.onetrip.appointments.api.BookedItem;
import org.onetrip.appointments.api.BookingIds;
import org.onetrip.appointments.api.BookingResponse;
import org.onetrip.appointments.api.CancelAppointmentCommand;
import org.onetrip.appointments.api.ChangeSlotCapacityCommand;
import org.onetrip.appointments.api.CloseAppointmentSlotCommand;
import org.onetrip.appointments.api.ExtraTripReason;
import org.onetrip.appointments.api.FindBookingTimelineQuery;
import org.onetrip.appointments.api.MoveAppointmentCommand;
import org.onetrip.appointments.api.OpenAppointmentSlotCommand;
import org.onetrip.appointments.api.RecordArrivalCommand;
import org.onetrip.appointments.api.RecordNoShowCommand;
import org.onetrip.appointments.api.RecordServiceOutcomeCommand;
import org.onetrip.appointments.api.ServiceOutcome;
import org.onetrip.appointments.api.SlotDays;
import org.onetrip.appointments.command.SlotRules;
import org.onetrip.appointments.query.BookingQueries;
import org.onetrip.appointments.query.SlotQueries;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.disclosure.api.FindServiceItemQuery;
import org.onetrip.disclosure.api.ServiceItemResponse;
import org.onetrip.disclosure.api.ServiceItemStatus;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.application.CommandResults;
import org.onetrip.shared.application.Result;
import org.onetrip.shared.ratelimit.RateLimits;
import org.springframework.stereotype.Service;

/**
 * 节假日"预约办事" in domain terms, for the REST API and the portal alike: publishing slots from the
 * calendar, booking (the public online, the desk for callers), the one-time notice of materials,
 * cancelling and moving by booking code, and the desk's arrival, no-show and outcome. The public's
 * bookings and code lookups count against the same allowances as filing and tracking a case.
 */
@Service
public class Appointments {

    public static final int MAX_NAME = 50;
    public static final int MAX_CONTACT = 100;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final BookingQueries bookings;
    private final SlotQueries slots;
    private final WorkingDays workingDays;
    private final DepartmentDirectory departments;
    private final RateLimits rateLimits;
    private final Clock clock;

    public Appointments(
            CommandGateway commands,
            QueryGateway queries,
            BookingQueries bookings,
            SlotQueries slots,
            WorkingDays workingDays,
            DepartmentDirectory departments,
            RateLimits rateLimits,
            Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.bookings = bookings;
        this.slots = slots;
        this.workingDays = workingDays;
        this.departments = departments;
        this.rateLimits = rateLimits;
        this.clock = clock;
    }

    /** The published catalogue items that are handled at a window of a hall zone, by code. */
    public java.util.List<org.onetrip.disclosure.api.ServiceItemListResponse.Entry> bookableItems() {
        return queries
                .query(
                        new org.onetrip.disclosure.api.FindServiceItemsQuery(false, null, null, null),
                        ResponseTypes.instanceOf(org.onetrip.disclosure.api.ServiceItemListResponse.class))
                .join()
                .items()
                .stream()
                .filter(item -> item.status() == ServiceItemStatus.PUBLISHED && item.hallZone() != null)
                .sorted(java.util.Comparator.comparing(org.onetrip.disclosure.api.ServiceItemListResponse.Entry::code))
                .toList();
    }

    /**
     * Opens a slot per selected day and window; slots already open are left as they are. The whole
     * publication is checked against the slot's rules before any slot is opened, so a bad window or a
     * window that has begun opens nothing.
     */
    public Result<SlotPublication.Published> publishSlots(SlotPublication publication, Actor actor) {
        Result<SlotPublication.Published> invalid = checkPublication(publication);
        if (invalid != null) {
            return invalid;
        }
        var days = publication.days() == null ? SlotDays.NON_WORKING_DAYS : publication.days();
        var chosen = new LinkedHashMap<LocalDate, Boolean>();
        for (var day = publication.from(); !day.isAfter(publication.to()); day = day.plusDays(1)) {
            boolean working = workingDays.isWorkingDay(day);
            if ((days == SlotDays.NON_WORKING_DAYS && working) || (days == SlotDays.WORKING_DAYS && !working)) {
                continue;
            }
            chosen.put(day, working);
        }
        var now = clock.instant();
        try {
            SlotRules.checkPublisher(actor);
        } catch (AppointmentRefusedException e) {
            return new Result.Refused<>(e.reasonCode(), e.getMessage());
        }
        for (var day : chosen.keySet()) {
            for (var window : publication.windows()) {
                try {
                    SlotRules.checkStartsAfter(day, window.start(), now);
                } catch (AppointmentRefusedException e) {
                    return new Result.Refused<>(e.reasonCode(), day + " " + window.start() + ": " + e.getMessage());
                }
            }
        }
        int opened = 0;
        int existing = 0;
        for (var entry : chosen.entrySet()) {
            var date = entry.getKey();
            for (var window : publication.windows()) {
                var slotId = AppointmentSlotIds.of(date, publication.zone(), window.start());
                if (slots.exists(slotId)) {
                    existing++;
                    continue;
                }
                Result<Object> sent = send(() -> commands.sendAndWait(new OpenAppointmentSlotCommand(
                        slotId,
                        actor,
                        Channel.WORKBENCH,
                        date,
                        publication.zone(),
                        window.start(),
                        window.end(),
                        publication.capacity(),
                        entry.getValue())));
                if (sent instanceof Result.Refused<Object> refused && "SLOT_EXISTS".equals(refused.reason())) {
                    existing++;
                } else if (sent.isDone()) {
                    opened++;
                } else {
                    return Appointments.recast(sent);
                }
            }
        }
        return new Result.Done<>(new SlotPublication.Published(opened, existing, List.copyOf(chosen.keySet())));
    }

    /** What is wrong with the publication as a whole, before a single slot is opened; null when nothing. */
    private Result<SlotPublication.Published> checkPublication(SlotPublication publication) {
        if (publication.zone() == null || publication.from() == null || publication.to() == null) {
            return new Result.Invalid<>("zone", "zone, from and to are required");
        }
        if (publication.to().isBefore(publication.from())
                || ChronoUnit.DAYS.between(publication.from(), publication.to()) >= SlotPublication.MAX_DAYS) {
            return new Result.Invalid<>(
                    "to", "the range must run forwards, at most " + SlotPublication.MAX_DAYS + " days");
        }
        var today = LocalDate.now(clock.withZone(WorkingDays.ZONE));
        if (publication.to().isAfter(today.plusYears(SlotPublication.MAX_YEARS_AHEAD))) {
            return new Result.Invalid<>(
                    "to", "slots are published at most " + SlotPublication.MAX_YEARS_AHEAD + " year ahead");
        }
        var windows = publication.windows();
        if (windows == null || windows.isEmpty() || windows.size() > SlotPublication.MAX_WINDOWS) {
            return new Result.Invalid<>("windows", "between 1 and " + SlotPublication.MAX_WINDOWS + " time windows");
        }
        var starts = new HashSet<LocalTime>();
        for (var window : windows) {
            if (window == null) {
                return new Result.Invalid<>("windows", "every window needs a start and an end");
            }
            try {
                SlotRules.checkTimes(window.start(), window.end());
            } catch (InvalidCommandException e) {
                return new Result.Invalid<>("windows", window.start() + "-" + window.end() + ": " + e.getMessage());
            }
            if (!starts.add(window.start())) {
                return new Result.Invalid<>("windows", "two windows start at " + window.start());
            }
        }
        try {
            SlotRules.checkCapacity(publication.capacity());
        } catch (InvalidCommandException e) {
            return new Result.Invalid<>(e.field(), e.getMessage());
        }
        return null;
    }

    public boolean slotExists(String slotId) {
        return slots.exists(slotId);
    }

    public Result<Void> changeCapacity(String slotId, int capacity, Actor actor) {
        return outcome(
                () -> commands.sendAndWait(new ChangeSlotCapacityCommand(slotId, actor, Channel.WORKBENCH, capacity)));
    }

    public Result<Void> closeSlot(String slotId, String reason, Actor actor) {
        return outcome(
                () -> commands.sendAndWait(new CloseAppointmentSlotCommand(slotId, actor, Channel.WORKBENCH, reason)));
    }

    /**
     * Books as the public ({@code Role.PUBLIC}, portal or WeChat; counted against {@code client}'s filing
     * allowance) or as the desk registering a caller (hotline or window).
     */
    public Result<Booked> book(BookingRequest request, Actor actor, Channel channel, String client) {
        if (actor.role() != Role.PUBLIC) {
            return bookNow(request, actor, channel);
        }
        // only a booking made counts against the allowance: a refused or invalid one costs nothing
        return rateLimits
                .ifAllowed(RateLimits.Kind.FILING, client, () -> bookNow(request, actor, channel), Result::isDone)
                .orElseGet(Result.RateLimited::new);
    }

    private Result<Booked> bookNow(BookingRequest request, Actor actor, Channel channel) {
        Result<Booked> invalid = checkForm(request);
        if (invalid != null) {
            return invalid;
        }
        var item = bookableItem(request.serviceItemCode());
        if (item.isEmpty()) {
            return new Result.Invalid<>("serviceItemCode", "no published service item " + request.serviceItemCode());
        }
        var content = item.get().content();
        var code = ReceiptCode.generate();
        var command = new BookAppointmentCommand(
                actor,
                channel,
                code,
                request.slotId(),
                new BookedItem(
                        item.get().code(),
                        content.name(),
                        content.departmentCode(),
                        content.hallZone(),
                        item.get().version()),
                new Applicant(request.name(), request.phone(), request.email(), request.wechatOpenId()));
        Result<Object> sent = send(() -> commands.sendAndWait(command));
        if (!sent.isDone()) {
            return Appointments.recast(sent);
        }
        var booking = bookings.byId(BookingIds.of(code)).orElseThrow();
        return new Result.Done<>(new Booked(code.grouped(), booking, notice(item.get())));
    }

    /** The booking its holder asks for by code; a malformed and an unknown code answer the same. */
    public Result<BookingResponse> byCode(String typedCode, String client) {
        if (!rateLimits.tryAcquire(RateLimits.Kind.LOOKUP, client)) {
            return new Result.RateLimited<>();
        }
        return found(ReceiptCode.parse(typedCode).flatMap(code -> bookings.byId(BookingIds.of(code))))
                .map(booking -> withCode(booking, typedCode));
    }

    /** The notice of materials for the catalogue version a booking was made on. */
    public Optional<OneTimeNotice> notice(BookingResponse booking) {
        return queries.query(
                        new FindServiceItemQuery(
                                booking.item().code(), booking.item().version(), false),
                        ResponseTypes.optionalInstanceOf(ServiceItemResponse.class))
                .join()
                .map(this::notice);
    }

    public Result<BookingResponse> cancelByCode(String typedCode, String reason, String client) {
        return byHolder(
                typedCode, client, id -> new CancelAppointmentCommand(id, Actor.PUBLIC, Channel.PORTAL, reason));
    }

    public Result<BookingResponse> moveByCode(String typedCode, String toSlotId, String client) {
        return byHolder(
                typedCode, client, id -> new MoveAppointmentCommand(id, Actor.PUBLIC, Channel.PORTAL, toSlotId));
    }

    /** The desk finds a booking by the code the applicant shows or reads out. */
    public Result<BookingResponse> deskLookup(String typedCode, Actor actor) {
        return found(ReceiptCode.parse(typedCode).flatMap(code -> bookings.byId(BookingIds.of(code))));
    }

    public Result<BookingResponse> booking(String bookingId) {
        return found(bookings.byId(bookingId));
    }

    public Optional<CaseTimelineResponse> timeline(String bookingId) {
        return bookings.handle(new FindBookingTimelineQuery(bookingId));
    }

    public Result<BookingResponse> cancel(String bookingId, String reason, Actor actor) {
        return staff(bookingId, new CancelAppointmentCommand(bookingId, actor, Channel.WORKBENCH, reason));
    }

    public Result<BookingResponse> move(String bookingId, String toSlotId, Actor actor) {
        return staff(bookingId, new MoveAppointmentCommand(bookingId, actor, Channel.WORKBENCH, toSlotId));
    }

    public Result<BookingResponse> recordArrival(String bookingId, Actor actor) {
        return staff(bookingId, new RecordArrivalCommand(bookingId, actor, Channel.WINDOW));
    }

    public Result<BookingResponse> recordNoShow(String bookingId, Actor actor) {
        return staff(bookingId, new RecordNoShowCommand(bookingId, actor, Channel.WINDOW));
    }

    public Result<BookingResponse> recordOutcome(
            String bookingId, ServiceOutcome outcome, ExtraTripReason reason, String note, Actor actor) {
        return staff(
                bookingId, new RecordServiceOutcomeCommand(bookingId, actor, Channel.WINDOW, outcome, reason, note));
    }

    private Result<BookingResponse> staff(String bookingId, Object command) {
        if (bookings.byId(bookingId).isEmpty()) {
            return new Result.NotFound<>();
        }
        Result<Void> sent = outcome(() -> commands.sendAndWait(command));
        return sent.isDone() ? found(bookings.byId(bookingId)) : recast(sent);
    }

    private Result<BookingResponse> byHolder(
            String typedCode, String client, java.util.function.Function<String, Object> command) {
        if (!rateLimits.tryAcquire(RateLimits.Kind.LOOKUP, client)) {
            return new Result.RateLimited<>();
        }
        var code = ReceiptCode.parse(typedCode);
        if (code.isEmpty() || bookings.byId(BookingIds.of(code.get())).isEmpty()) {
            return new Result.NotFound<>();
        }
        var id = BookingIds.of(code.get());
        Result<Void> sent = outcome(() -> commands.sendAndWait(command.apply(id)));
        return sent.isDone() ? found(bookings.byId(id)).map(b -> withCode(b, typedCode)) : recast(sent);
    }

    private Optional<ServiceItemResponse> bookableItem(String code) {
        if (code == null || code.isBlank() || code.length() > 64) {
            return Optional.empty();
        }
        return queries.query(
                        new FindServiceItemQuery(code.strip(), null, false),
                        ResponseTypes.optionalInstanceOf(ServiceItemResponse.class))
                .join()
                .filter(item -> item.status() == ServiceItemStatus.PUBLISHED)
                .filter(item -> item.content().hallZone() != null);
    }

    private OneTimeNotice notice(ServiceItemResponse item) {
        var content = item.content();
        return new OneTimeNotice(
                item.code(),
                content.name(),
                item.version(),
                departments.find(content.departmentCode()).map(d -> d.nameZh()).orElse(content.departmentCode()),
                content.conditions(),
                item.materialsDescribed(),
                content.fees(),
                content.howToApply().windowLocation(),
                content.promisedTimeLimitDays());
    }

    private static <T> Result<T> checkForm(BookingRequest request) {
        if (request == null
                || request.slotId() == null
                || request.slotId().isBlank()
                || request.slotId().length() > 64) {
            return new Result.Invalid<>("slotId", "choose a slot");
        }
        if (request.name() == null || request.name().isBlank() || request.name().length() > MAX_NAME) {
            return new Result.Invalid<>("name", "a name of at most " + MAX_NAME + " characters is required");
        }
        for (var value : new String[] {request.phone(), request.email(), request.wechatOpenId()}) {
            if (value != null && value.length() > MAX_CONTACT) {
                return new Result.Invalid<>("phone", "contact details are at most " + MAX_CONTACT + " characters");
            }
        }
        if (request.phone() != null
                && !request.phone().isBlank()
                && !request.phone().strip().matches("[0-9+\\- ]{5,20}")) {
            return new Result.Invalid<>("phone", "not a phone number");
        }
        if (request.email() != null
                && !request.email().isBlank()
                && !request.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return new Result.Invalid<>("email", "not an e-mail address");
        }
        return null;
    }

    private static BookingResponse withCode(BookingResponse booking, String typedCode) {
        var code = ReceiptCode.parse(typedCode).map(ReceiptCode::grouped).orElse(null);
        return new BookingResponse(
                booking.bookingId(),
                code,
                booking.status(),
                booking.slotId(),
                booking.date(),
                booking.start(),
                booking.end(),
                booking.zone(),
                booking.seat(),
                booking.item(),
                booking.bookedThrough(),
                booking.bookedAt(),
                booking.outcome(),
                booking.extraTripReason(),
                booking.version(),
                booking.history());
    }

    private static <T> Result<T> found(Optional<T> value) {
        return value.<Result<T>>map(Result.Done::new).orElseGet(Result.NotFound::new);
    }

    private static Result<Void> outcome(Supplier<Object> send) {
        Result<Object> sent = send(send);
        if (sent instanceof Result.Done<Object> done && done.value() instanceof AppointmentOutcome.Refused refused) {
            return new Result.Refused<>(refused.reason().name(), refused.detail());
        }
        return sent.isDone() ? new Result.Done<>(null) : recast(sent);
    }

    /** Runs a command, every kind of failure turned into a result; a slot created twice is that rule's refusal. */
    private static Result<Object> send(Supplier<Object> send) {
        return CommandResults.send(
                send,
                cause -> cause instanceof AggregateStreamCreationException
                        ? Optional.of(
                                new Result.Refused<>(AppointmentRefusalReason.SLOT_EXISTS.name(), "it exists already"))
                        : Optional.empty());
    }

    @SuppressWarnings("unchecked")
    private static <T> Result<T> recast(Result<?> other) {
        return (Result<T>) other;
    }
}
