package org.onetrip.casework;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.cases.api.AccountabilityRecordedEvent;
import org.onetrip.cases.api.AllegationReviewedEvent;
import org.onetrip.cases.api.CaseAcceptedEvent;
import org.onetrip.cases.api.CaseAnsweredEvent;
import org.onetrip.cases.api.CaseAssignedEvent;
import org.onetrip.cases.api.CaseClosedEvent;
import org.onetrip.cases.api.CaseCommandRefusedEvent;
import org.onetrip.cases.api.CaseDeclinedEvent;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseMergedIntoEvent;
import org.onetrip.cases.api.CaseRatedEvent;
import org.onetrip.cases.api.CaseReopenedEvent;
import org.onetrip.cases.api.CaseReturnedEvent;
import org.onetrip.cases.api.CaseSignedForEvent;
import org.onetrip.cases.api.CaseStory;
import org.onetrip.cases.api.CaseTransferredEvent;
import org.onetrip.cases.api.ComplainantContactErasedEvent;
import org.onetrip.cases.api.ComplainantContactViewedEvent;
import org.onetrip.cases.api.ConflictOfInterestDecidedEvent;
import org.onetrip.cases.api.ConflictOfInterestDecisionRequestedEvent;
import org.onetrip.cases.api.DeadlineBasis;
import org.onetrip.cases.api.DuplicateCaseMergedEvent;
import org.onetrip.cases.api.ExtensionApprovedEvent;
import org.onetrip.cases.api.ExtensionDeniedEvent;
import org.onetrip.cases.api.ExtensionRequestedEvent;
import org.onetrip.cases.api.FilerNotifiedEvent;
import org.onetrip.cases.api.ProgressNoteAddedEvent;
import org.onetrip.cases.api.ResultRepublishedEvent;
import org.onetrip.cases.api.ResultWithheldEvent;
import org.onetrip.cases.api.SupervisionConcludedEvent;
import org.onetrip.cases.api.SupervisionOpenedEvent;
import org.onetrip.cases.api.TransferProposedEvent;
import org.onetrip.cases.api.TransferRejectedEvent;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.security.StaffAccounts;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Words a case's history as sentences in the reader's language — "6月3日 09:12 民政所 张三 退回：此事属村委会职责" —
 * for every staff page that shows one: department and person names instead of codes and account ids,
 * every event type, enum value and refusal reason through the text bundles ({@code history.*}), never
 * stored JSON. The auditor's raw view is the only place stored events are shown as stored.
 */
@Component
public class HistoryNarrator {

    /** One sentence: when, who (department and person), what happened. */
    public record Line(long sequence, Instant occurredAt, String when, String who, String what, boolean refusal) {

        public String sentence() {
            return (when + " " + who + " " + what).strip();
        }
    }

    private final I18NProvider texts;
    private final DepartmentDirectory departments;
    private final Function<String, Optional<String>> personName;

    @Autowired
    public HistoryNarrator(I18NProvider texts, DepartmentDirectory departments, StaffAccounts accounts) {
        this(texts, departments, accounts::displayName);
    }

    HistoryNarrator(
            I18NProvider texts, DepartmentDirectory departments, Function<String, Optional<String>> personName) {
        this.texts = texts;
        this.departments = departments;
        this.personName = personName;
    }

    public List<Line> narrate(CaseStory story, Locale locale) {
        var lines = new ArrayList<Line>();
        for (var entry : story.entries()) {
            lines.add(line(entry.sequence(), entry.occurredAt(), entry.event(), locale));
        }
        return lines;
    }

    public Line line(long sequence, Instant occurredAt, CaseEvent event, Locale locale) {
        var when = DateTimeFormatter.ofPattern(t(locale, "history.date-pattern"), locale)
                .withZone(WorkingDayCalendar.ZONE)
                .format(occurredAt);
        return new Line(
                sequence,
                occurredAt,
                when,
                who(event.context().actor(), locale),
                what(event, locale),
                event instanceof CaseCommandRefusedEvent);
    }

    /** The department's name and the person's name; the filer is "the filer", never identified. */
    public String who(Actor actor, Locale locale) {
        if (actor.role() == Role.PUBLIC) {
            return t(locale, "history.actor.public");
        }
        if (actor.role() == Role.SYSTEM) {
            return t(locale, "history.actor.system");
        }
        var person = personName.apply(actor.personId()).orElse("");
        if (person.isEmpty()) {
            person = t(locale, "history.actor.role." + actor.role().name());
        }
        if (actor.departmentCode() == null) {
            return person;
        }
        var department = department(actor.departmentCode(), locale);
        // an account named after its department ("民政所承办人") needs no department before it
        return person.startsWith(department) ? person : department + " " + person;
    }

    public String department(String code, Locale locale) {
        return code == null ? t(locale, "history.no-department") : departments.name(code, locale);
    }

    public String date(LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofPattern(t(locale, "history.day-pattern"), locale)
                        .format(date);
    }

    String what(CaseEvent event, Locale locale) {
        var key = "history.event." + event.getClass().getSimpleName();
        if (event instanceof CaseFiledEvent e) {
            return t(
                    locale,
                    key,
                    t(locale, "workbench.channel." + e.context().channel().name()),
                    t(locale, "workbench.kind." + e.kind().name()),
                    e.title());
        }
        if (event instanceof CaseAcceptedEvent e) {
            return withText(locale, key, e.note());
        }
        if (event instanceof CaseDeclinedEvent e) {
            return withText(locale, key, e.reason());
        }
        if (event instanceof CaseAssignedEvent e) {
            var basis = e.deadlineBasis() == null ? DeadlineBasis.FIRST_ASSIGNMENT : e.deadlineBasis();
            var text = t(
                    locale,
                    key + "." + basis.name(),
                    department(e.departmentCode(), locale),
                    e.workingDays(),
                    date(e.dueDate(), locale),
                    e.deadlineResetReason() == null ? "" : e.deadlineResetReason());
            return hasText(e.instructions()) ? text + t(locale, "history.instructions", e.instructions()) : text;
        }
        if (event instanceof CaseSignedForEvent) {
            return t(locale, key);
        }
        if (event instanceof ProgressNoteAddedEvent e) {
            return withText(locale, key, e.note());
        }
        if (event instanceof ExtensionRequestedEvent e) {
            return t(locale, key, e.workingDays(), e.reason());
        }
        if (event instanceof ExtensionApprovedEvent e) {
            return t(locale, key, e.workingDays(), date(e.previousDueDate(), locale), date(e.newDueDate(), locale))
                    + (hasText(e.note()) ? t(locale, "history.note", e.note()) : "");
        }
        if (event instanceof ExtensionDeniedEvent e) {
            return t(locale, key, e.workingDays(), e.reason());
        }
        if (event instanceof CaseReturnedEvent e) {
            return withText(locale, key, e.reason());
        }
        if (event instanceof CaseTransferredEvent e) {
            return t(
                    locale,
                    key,
                    department(e.fromDepartmentCode(), locale),
                    department(e.toDepartmentCode(), locale),
                    e.reason(),
                    date(e.dueDate(), locale));
        }
        if (event instanceof TransferProposedEvent e) {
            return t(locale, key, department(e.toDepartmentCode(), locale), e.reason());
        }
        if (event instanceof ConflictOfInterestDecisionRequestedEvent e) {
            return t(locale, key, department(e.departmentCode(), locale), e.reason());
        }
        if (event instanceof ConflictOfInterestDecidedEvent e) {
            return t(
                    locale,
                    key + (e.permitted() ? ".permitted" : ".refused"),
                    department(e.departmentCode(), locale),
                    e.reason());
        }
        if (event instanceof AllegationReviewedEvent e) {
            return withText(locale, key, e.finding());
        }
        if (event instanceof TransferRejectedEvent e) {
            return t(
                    locale,
                    key,
                    department(e.fromDepartmentCode(), locale),
                    department(e.toDepartmentCode(), locale),
                    e.reason());
        }
        if (event instanceof CaseAnsweredEvent e) {
            return withText(locale, key, e.answer());
        }
        if (event instanceof CaseRatedEvent e) {
            var text = t(locale, key, t(locale, "public.rating." + e.rating().name()));
            return hasText(e.comment()) ? text + t(locale, "history.comment", e.comment()) : text;
        }
        if (event instanceof CaseReopenedEvent e) {
            return t(
                    locale,
                    key,
                    department(e.departmentCode(), locale),
                    e.workingDays(),
                    date(e.dueDate(), locale),
                    e.reason());
        }
        if (event instanceof CaseClosedEvent e) {
            return withText(locale, key, e.remark());
        }
        if (event instanceof CaseMergedIntoEvent e) {
            return withText(locale, key, e.reason());
        }
        if (event instanceof DuplicateCaseMergedEvent e) {
            return withText(locale, key, e.reason());
        }
        if (event instanceof SupervisionOpenedEvent e) {
            return withText(locale, key, e.reason());
        }
        if (event instanceof SupervisionConcludedEvent e) {
            return withText(locale, key, e.conclusion());
        }
        if (event instanceof ResultWithheldEvent e) {
            return withText(locale, key, e.reason());
        }
        if (event instanceof ResultRepublishedEvent e) {
            return withText(locale, key, e.reason());
        }
        if (event instanceof AccountabilityRecordedEvent e && e.findings() == null) {
            // FindingsWithholding: the person and the findings are the discipline office's to read
            return t(
                    locale,
                    key + ".withheld",
                    department(e.departmentCode(), locale),
                    t(locale, "oversight.measure." + e.measure().name()));
        }
        if (event instanceof AccountabilityRecordedEvent e) {
            return t(
                    locale,
                    key,
                    department(e.departmentCode(), locale),
                    e.responsiblePerson(),
                    t(locale, "oversight.measure." + e.measure().name()),
                    e.findings());
        }
        if (event instanceof ComplainantContactViewedEvent e) {
            return t(locale, key, t(locale, "history.contact." + e.shown().name()), e.reason());
        }
        if (event instanceof ComplainantContactErasedEvent e) {
            return withText(locale, key, e.reason());
        }
        if (event instanceof FilerNotifiedEvent e) {
            return t(locale, key, t(locale, "history.notified." + e.channel().name()));
        }
        if (event instanceof CaseCommandRefusedEvent e) {
            return t(
                    locale,
                    key,
                    t(locale, "history.command." + e.command()),
                    t(locale, "oversight.refusal." + e.reason().name()));
        }
        // CaseEvent is sealed and HistoryNarratorTest words one of each: a new event type fails that test.
        return t(locale, "history.event.other");
    }

    private String withText(Locale locale, String key, String text) {
        return hasText(text) ? t(locale, key + ".text", text) : t(locale, key);
    }

    private String t(Locale locale, String key, Object... params) {
        return texts.getTranslation(key, locale, params);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
