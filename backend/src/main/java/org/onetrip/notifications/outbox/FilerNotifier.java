package org.onetrip.notifications.outbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.onetrip.agency.api.AgencyRequestRegisteredEvent;
import org.onetrip.agency.api.AgencyResultHandedBackEvent;
import org.onetrip.agency.api.AgentAssignedEvent;
import org.onetrip.agency.api.RecordRequesterNotifiedCommand;
import org.onetrip.agency.api.RequesterNotifiedEvent;
import org.onetrip.appointments.api.ApplicantNotifiedEvent;
import org.onetrip.appointments.api.AppointmentBookedEvent;
import org.onetrip.appointments.api.AppointmentCancelledEvent;
import org.onetrip.appointments.api.AppointmentMovedEvent;
import org.onetrip.appointments.api.AppointmentReminderDueEvent;
import org.onetrip.appointments.api.RecordApplicantNotifiedCommand;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.CaseAcceptedEvent;
import org.onetrip.cases.api.CaseAnsweredEvent;
import org.onetrip.cases.api.CaseAssignedEvent;
import org.onetrip.cases.api.CaseClosedEvent;
import org.onetrip.cases.api.CaseDeclinedEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseReopenedEvent;
import org.onetrip.cases.api.ComplainantContactErasedEvent;
import org.onetrip.cases.api.ExtensionApprovedEvent;
import org.onetrip.cases.api.FilerNotifiedEvent;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.cases.api.RecordFilerNotifiedCommand;
import org.onetrip.disclosure.api.FindServiceItemQuery;
import org.onetrip.disclosure.api.ServiceItemResponse;
import org.onetrip.notifications.api.NotificationTopic;
import org.onetrip.notifications.api.OutgoingNotification;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.privacy.api.EncryptedContact;
import org.onetrip.privacy.command.ContactVault;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transactional outbox that tells filers what happened (docs/notifications.md). The event store is
 * the outbox: this tracking processor reads the events a filer cares about in order, opens the contact
 * sealed in the case, booking or request (only here, in memory), hands one message per channel the
 * filer gave to its gateway, and records on the subject's own timeline that it went out (never the
 * address or the text). That record commits with the processor's token, and a message already
 * recorded for the same event and channel is not sent again, so a replay or redelivery sends nothing
 * twice; a crash between handing over and committing can send one message twice (at least once).
 * A gateway failure stops the processor and it retries with back-off, in order.
 */
@ProcessingGroup(FilerNotifier.PROCESSING_GROUP)
public class FilerNotifier {

    public static final String PROCESSING_GROUP = "filer-notifications";

    private static final Logger log = LoggerFactory.getLogger(FilerNotifier.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final EventStore eventStore;
    private final ContactVault vault;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final NotificationGateways gateways;
    private final NotificationTexts texts;
    private final NotificationProperties properties;
    private final DepartmentDirectory departments;
    private final Clock clock;

    public FilerNotifier(
            EventStore eventStore,
            ContactVault vault,
            CommandGateway commands,
            QueryGateway queries,
            NotificationGateways gateways,
            NotificationTexts texts,
            NotificationProperties properties,
            DepartmentDirectory departments,
            Clock clock) {
        this.eventStore = eventStore;
        this.vault = vault;
        this.commands = commands;
        this.queries = queries;
        this.gateways = gateways;
        this.texts = texts;
        this.properties = properties;
        this.departments = departments;
        this.clock = clock;
    }

    @EventHandler
    void on(CaseAcceptedEvent event) {
        tellCaseFiler(event.caseId(), event.context(), NotificationTopic.CASE_ACCEPTED, Map.of());
    }

    @EventHandler
    void on(CaseDeclinedEvent event) {
        tellCaseFiler(
                event.caseId(), event.context(), NotificationTopic.CASE_DECLINED, Map.of("reason", event.reason()));
    }

    @EventHandler
    void on(CaseAssignedEvent event) {
        tellCaseFiler(
                event.caseId(),
                event.context(),
                NotificationTopic.CASE_ASSIGNED,
                Map.of("department", department(event.departmentCode()), "dueDate", date(event.dueDate())));
    }

    @EventHandler
    void on(ExtensionApprovedEvent event) {
        tellCaseFiler(
                event.caseId(),
                event.context(),
                NotificationTopic.CASE_EXTENDED,
                Map.of("dueDate", date(event.newDueDate())));
    }

    @EventHandler
    void on(CaseAnsweredEvent event) {
        tellCaseFiler(
                event.caseId(),
                event.context(),
                NotificationTopic.CASE_ANSWERED,
                Map.of("department", department(event.departmentCode())));
    }

    @EventHandler
    void on(CaseReopenedEvent event) {
        tellCaseFiler(
                event.caseId(),
                event.context(),
                NotificationTopic.CASE_REOPENED,
                Map.of("department", department(event.departmentCode()), "dueDate", date(event.dueDate())));
    }

    @EventHandler
    void on(CaseClosedEvent event) {
        tellCaseFiler(event.caseId(), event.context(), NotificationTopic.CASE_CLOSED, Map.of());
    }

    @EventHandler
    void on(AppointmentBookedEvent event) {
        var notice = queries.query(
                        new FindServiceItemQuery(
                                event.item().code(), event.item().version(), false),
                        ResponseTypes.optionalInstanceOf(ServiceItemResponse.class))
                .join();
        var materials = notice.map(item -> "· " + String.join("\n· ", item.materialsDescribed()))
                .orElse("");
        var window =
                notice.map(item -> item.content().howToApply().windowLocation()).orElse("");
        tellApplicant(
                event.bookingId(),
                event.context(),
                NotificationTopic.BOOKING_CONFIRMED,
                Map.of("materials", materials, "window", window == null ? "" : window));
    }

    @EventHandler
    void on(AppointmentMovedEvent event) {
        tellApplicant(event.bookingId(), event.context(), NotificationTopic.BOOKING_MOVED, Map.of());
    }

    @EventHandler
    void on(AppointmentCancelledEvent event) {
        tellApplicant(event.bookingId(), event.context(), NotificationTopic.BOOKING_CANCELLED, Map.of());
    }

    @EventHandler
    void on(AppointmentReminderDueEvent event) {
        tellApplicant(event.bookingId(), event.context(), NotificationTopic.BOOKING_REMINDER, Map.of());
    }

    @EventHandler
    void on(AgencyRequestRegisteredEvent event) {
        tellRequester(event.requestId(), event.context(), NotificationTopic.AGENCY_REGISTERED, Map.of());
    }

    @EventHandler
    void on(AgentAssignedEvent event) {
        tellRequester(
                event.requestId(),
                event.context(),
                NotificationTopic.AGENCY_AGENT_ASSIGNED,
                Map.of("department", department(event.agentDepartmentCode())));
    }

    @EventHandler
    void on(AgencyResultHandedBackEvent event) {
        tellRequester(event.requestId(), event.context(), NotificationTopic.AGENCY_RESULT_HANDED_BACK, Map.of());
    }

    private void tellCaseFiler(String caseId, EventContext source, NotificationTopic topic, Map<String, String> extra) {
        if (skip(source)) {
            return;
        }
        var events = payloads(caseId);
        if (events.isEmpty() || !(events.get(0) instanceof CaseFiledEvent filed)) {
            return;
        }
        if (events.stream().anyMatch(ComplainantContactErasedEvent.class::isInstance)) {
            return;
        }
        Optional<ContactDetails> contact = filed.complainant().contact() != null
                ? vault.open(caseId, filed.complainant().contact())
                : Optional.ofNullable(filed.complainant().legacyPlaintext());
        var done = new HashSet<String>();
        events.stream()
                .filter(FilerNotifiedEvent.class::isInstance)
                .map(FilerNotifiedEvent.class::cast)
                .forEach(e -> done.add(e.sourceEventId() + "|" + e.channel()));
        var parameters = new LinkedHashMap<String, String>(extra);
        parameters.put("kind", KINDS.getOrDefault(filed.kind().name(), "诉求"));
        parameters.put("title", filed.title());
        parameters.put(
                "filedOn",
                date(filed.context().occurredAt().atZone(WorkingDays.ZONE).toLocalDate()));
        parameters.put(
                "trackUrl", properties.publicBaseUrl() + "/track/" + new ReceiptCode(filed.receiptCode()).grouped());
        deliver(
                caseId,
                source,
                topic,
                contact,
                done,
                parameters,
                channel -> commands.sendAndWait(
                        new RecordFilerNotifiedCommand(caseId, Actor.SYSTEM, source.eventId(), topic.name(), channel)));
    }

    private void tellApplicant(
            String bookingId, EventContext source, NotificationTopic topic, Map<String, String> extra) {
        if (skip(source)) {
            return;
        }
        var events = payloads(bookingId);
        if (events.isEmpty() || !(events.get(0) instanceof AppointmentBookedEvent booked)) {
            return;
        }
        var done = new HashSet<String>();
        var parameters = new LinkedHashMap<String, String>(extra);
        var date = booked.date();
        var start = booked.start();
        var end = booked.end();
        var seat = booked.seat();
        for (var event : events) {
            if (event instanceof AppointmentMovedEvent moved) {
                date = moved.date();
                start = moved.start();
                end = moved.end();
                seat = moved.seat();
            } else if (event instanceof ApplicantNotifiedEvent notified) {
                done.add(notified.sourceEventId() + "|" + notified.channel());
            }
        }
        var code = new ReceiptCode(booked.bookingCode()).grouped();
        parameters.put("item", booked.item().name());
        parameters.put("zone", booked.item().hallZone().label());
        parameters.put("date", date(date));
        parameters.put("start", start.toString());
        parameters.put("end", end.toString());
        parameters.put("seat", String.valueOf(seat));
        parameters.put("bookingCode", code);
        parameters.put("bookingUrl", properties.publicBaseUrl() + "/appointments/booking/" + code);
        deliver(
                bookingId,
                source,
                topic,
                open(bookingId, booked.applicant()),
                done,
                parameters,
                channel -> commands.sendAndWait(new RecordApplicantNotifiedCommand(
                        bookingId, Actor.SYSTEM, source.eventId(), topic.name(), channel)));
    }

    private void tellRequester(
            String requestId, EventContext source, NotificationTopic topic, Map<String, String> extra) {
        if (skip(source)) {
            return;
        }
        var events = payloads(requestId);
        if (events.isEmpty() || !(events.get(0) instanceof AgencyRequestRegisteredEvent registered)) {
            return;
        }
        var done = new HashSet<String>();
        events.stream()
                .filter(RequesterNotifiedEvent.class::isInstance)
                .map(RequesterNotifiedEvent.class::cast)
                .forEach(e -> done.add(e.sourceEventId() + "|" + e.channel()));
        var code = new ReceiptCode(registered.trackingCode()).grouped();
        var parameters = new LinkedHashMap<String, String>(extra);
        parameters.put("item", registered.item().name());
        parameters.put("dueDate", date(registered.deadline().dueDate()));
        parameters.put("trackingCode", code);
        parameters.put("agencyUrl", properties.publicBaseUrl() + "/agency/track/" + code);
        deliver(
                requestId,
                source,
                topic,
                open(requestId, registered.requester()),
                done,
                parameters,
                channel -> commands.sendAndWait(new RecordRequesterNotifiedCommand(
                        requestId, Actor.SYSTEM, source.eventId(), topic.name(), channel)));
    }

    private void deliver(
            String subjectId,
            EventContext source,
            NotificationTopic topic,
            Optional<ContactDetails> contact,
            Set<String> done,
            Map<String, String> parameters,
            java.util.function.Consumer<NotificationChannel> record) {
        if (contact.isEmpty()) {
            return;
        }
        for (var address : addresses(contact.get())) {
            if (done.contains(source.eventId() + "|" + address.channel())) {
                continue;
            }
            var text = address.channel() == NotificationChannel.SMS
                    ? texts.sms(topic, parameters)
                    : texts.text(topic, parameters);
            var notification = new OutgoingNotification(
                    address.channel(),
                    address.value(),
                    topic,
                    subjectId,
                    parameters,
                    texts.subject(topic, parameters),
                    text);
            try {
                gateways.forChannel(address.channel()).send(notification);
            } catch (NotificationGateway.UndeliverableException undeliverable) {
                log.warn("{} cannot be delivered and is skipped: {}", notification, undeliverable.getMessage());
                continue;
            }
            record.accept(address.channel());
        }
    }

    private record Address(NotificationChannel channel, String value) {}

    private static List<Address> addresses(ContactDetails contact) {
        var addresses = new ArrayList<Address>();
        if (contact.email() != null && !contact.email().isBlank()) {
            addresses.add(new Address(NotificationChannel.EMAIL, contact.email().strip()));
        }
        if (contact.phone() != null && !contact.phone().isBlank()) {
            addresses.add(new Address(NotificationChannel.SMS, contact.phone().strip()));
        }
        if (contact.wechatOpenId() != null && !contact.wechatOpenId().isBlank()) {
            addresses.add(new Address(
                    NotificationChannel.WECHAT, contact.wechatOpenId().strip()));
        }
        return addresses;
    }

    private Optional<ContactDetails> open(String subjectId, EncryptedContact sealed) {
        return sealed == null ? Optional.empty() : vault.open(subjectId, sealed);
    }

    /** Old news is not sent: after a long outage, or when the outbox first meets an existing store. */
    private boolean skip(EventContext source) {
        return !properties.enabled()
                || source.occurredAt().plus(properties.maxAge()).isBefore(clock.instant());
    }

    private List<Object> payloads(String aggregateId) {
        return eventStore
                .readEvents(aggregateId)
                .asStream()
                .map(Message::getPayload)
                .map(Object.class::cast)
                .toList();
    }

    private String department(String code) {
        return code == null ? "" : departments.name(code, Locale.SIMPLIFIED_CHINESE);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static final Map<String, String> KINDS = Map.of(
            "COMPLAINT", "投诉",
            "REPORT", "举报",
            "ENQUIRY", "咨询",
            "SUGGESTION", "建议",
            "ENTERPRISE_REQUEST", "企业诉求",
            "GRID_VISIT_ISSUE", "网格走访问题");
}
