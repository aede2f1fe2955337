package org.onetrip.mechanisms;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.casework.HistoryNarrator;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;
import org.springframework.stereotype.Component;

/**
 * The history of a booking (节假日预约) or an agency request (帮代办) as sentences for the staff screens:
 * when, who (department and person), what, in the reader's language; never a field name, an enum key, an
 * id or JSON. The stored events are read from the staff timeline the services already withhold codes and
 * contact from.
 */
@Component
public class ServiceHistory {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final I18NProvider texts;
    private final HistoryNarrator narrator;

    public ServiceHistory(I18NProvider texts, HistoryNarrator narrator) {
        this.texts = texts;
        this.narrator = narrator;
    }

    public List<HistoryNarrator.Line> narrate(CaseTimelineResponse timeline, Locale locale) {
        var lines = new ArrayList<HistoryNarrator.Line>();
        var when = DateTimeFormatter.ofPattern(t(locale, "history.date-pattern"), locale)
                .withZone(WorkingDayCalendar.ZONE);
        for (var entry : timeline.events()) {
            var payload = entry.payload();
            var refusal = entry.type().endsWith("RefusedEvent");
            lines.add(new HistoryNarrator.Line(
                    entry.sequence(),
                    entry.occurredAt(),
                    when.format(entry.occurredAt()),
                    who(actor(payload), locale),
                    what(entry.type(), payload, locale),
                    refusal));
        }
        return lines;
    }

    String what(String type, JsonNode payload, Locale locale) {
        var key = "services.history." + type;
        return switch (type) {
            case "AppointmentBookedEvent" ->
                t(locale, key, text(payload.path("item").path("name")), day(payload, locale), time(payload));
            case "AppointmentMovedEvent" -> t(locale, key, day(payload, locale), time(payload));
            case "AppointmentReminderDueEvent" ->
                t(locale, key, day(payload, locale), clock(text(payload.path("start"))));
            case "AppointmentCancelledEvent", "AgencyRequestCancelledEvent", "RequesterContactViewedEvent" ->
                withText(locale, key, text(payload.path("reason")));
            case "ApplicantNotifiedEvent", "RequesterNotifiedEvent" ->
                t(locale, key, t(locale, "services.history.channel." + text(payload.path("channel"))));
            case "AppointmentServedEvent" -> {
                var what = t(locale, key, t(locale, "appointments.outcome." + text(payload.path("outcome"))));
                var reason = text(payload.path("reason"));
                if (!reason.isEmpty()) {
                    what += t(locale, "services.history.because", t(locale, "appointments.reason." + reason));
                }
                var note = text(payload.path("note"));
                yield note.isEmpty() ? what : what + t(locale, "history.note", note);
            }
            case "AgencyRequestRegisteredEvent" -> {
                var what = t(locale, key, text(payload.path("item").path("name")));
                var note = text(payload.path("note"));
                yield note.isEmpty() ? what : what + t(locale, "history.note", note);
            }
            case "AgentAssignedEvent" ->
                t(
                        locale,
                        key,
                        narrator.who(
                                new Actor(
                                        text(payload.path("agentPersonId")),
                                        Role.HANDLER,
                                        emptyToNull(text(payload.path("agentDepartmentCode")))),
                                locale));
            case "MaterialsHandedOverEvent" ->
                t(
                        locale,
                        key,
                        joined(payload.path("materials"), locale),
                        t(locale, "agency.consent." + text(payload.path("consent"))));
            case "AgencyStepRecordedEvent" -> t(locale, key, text(payload.path("step")));
            case "AgencyResultHandedBackEvent" -> {
                var what = t(locale, key, t(locale, "agency.detail." + text(payload.path("result"))));
                var note = text(payload.path("note"));
                yield note.isEmpty() ? what : what + t(locale, "history.note", note);
            }
            case "ApplicantArrivedEvent", "ApplicantNoShowEvent" -> t(locale, key);
            case "BookingCommandRefusedEvent", "AgencyCommandRefusedEvent" -> t(locale, "services.history.refused");
            default -> t(locale, "services.history.other");
        };
    }

    /** Staff by department and name; the public side of a booking or request is the applicant, not a complainant. */
    private String who(Actor actor, Locale locale) {
        return actor.role() == Role.PUBLIC ? t(locale, "services.history.actor.public") : narrator.who(actor, locale);
    }

    private static Actor actor(JsonNode payload) {
        var actor = payload == null ? null : payload.path("context").path("actor");
        if (actor == null || actor.isMissingNode() || actor.isNull()) {
            return Actor.SYSTEM;
        }
        Role role;
        try {
            role = Role.valueOf(actor.path("role").asText("SYSTEM"));
        } catch (IllegalArgumentException unknown) {
            role = Role.SYSTEM;
        }
        return new Actor(
                actor.path("personId").asText(""),
                role,
                emptyToNull(actor.path("departmentCode").asText("")));
    }

    private String day(JsonNode payload, Locale locale) {
        var date = text(payload.path("date"));
        return date.isEmpty() ? "" : narrator.date(LocalDate.parse(date), locale);
    }

    private static String time(JsonNode payload) {
        var start = clock(text(payload.path("start")));
        var end = clock(text(payload.path("end")));
        return end.isEmpty() ? start : start + "–" + end;
    }

    /** 09:00 from 09:00, 09:00:00 or [9,0] as Jackson may have stored it. */
    private static String clock(String time) {
        try {
            return time.isEmpty() ? "" : LocalTime.parse(time).format(HOURS_MINUTES);
        } catch (java.time.format.DateTimeParseException unexpected) {
            return time;
        }
    }

    private String joined(JsonNode list, Locale locale) {
        var items = new ArrayList<String>();
        list.forEach(item -> items.add(item.asText()));
        return String.join(t(locale, "list.separator"), items);
    }

    private String withText(Locale locale, String key, String text) {
        return text.isEmpty() ? t(locale, key + ".plain") : t(locale, key, text);
    }

    private static String text(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() || node.isContainerNode() ? "" : node.asText();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private String t(Locale locale, String key, Object... parameters) {
        return texts.getTranslation(key, locale, parameters);
    }
}
