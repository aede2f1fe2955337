package org.onetrip.oversight.admin.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.onetrip.calendar.api.CalendarIds;
import org.onetrip.calendar.api.CalendarYearPublishedEvent;
import org.onetrip.calendar.api.Holiday;
import org.onetrip.calendar.api.PublishCalendarYearCommand;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.DeadlineRules;
import org.onetrip.cases.application.CaseDeadlines;
import org.onetrip.cluster.InstanceRegistry;
import org.onetrip.integrity.api.PublishedReceiptKey;
import org.onetrip.integrity.api.ReceiptSigningKeyRotationRejectedException;
import org.onetrip.integrity.receipt.ReceiptKeyRotation;
import org.onetrip.integrity.receipt.ReceiptKeys;
import org.onetrip.organisation.api.Department;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.oversight.CommandRefusals;
import org.onetrip.oversight.OversightRefusal;
import org.onetrip.projections.support.ProjectionReplayer;
import org.onetrip.security.SecurityLog;
import org.onetrip.security.StaffAccounts;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.Role;
import org.springframework.stereotype.Service;

/**
 * The administrator's screen: staff accounts, the department directory (configuration), the
 * working-day calendar, the deadline rules (configuration), projection rebuilds and the receipt-signing keys.
 */
@Service
public class AdminService {

    private final StaffAccounts accounts;
    private final DepartmentDirectory departments;
    private final WorkingDays workingDays;
    private final EventStore eventStore;
    private final CommandGateway commands;
    private final CaseDeadlines deadlines;
    private final ProjectionReplayer replayer;
    private final InstanceRegistry instances;
    private final SecurityLog securityLog;
    private final ReceiptKeys receiptKeys;
    private final ReceiptKeyRotation receiptKeyRotation;

    public AdminService(
            StaffAccounts accounts,
            DepartmentDirectory departments,
            WorkingDays workingDays,
            EventStore eventStore,
            CommandGateway commands,
            CaseDeadlines deadlines,
            ProjectionReplayer replayer,
            InstanceRegistry instances,
            SecurityLog securityLog,
            ReceiptKeys receiptKeys,
            ReceiptKeyRotation receiptKeyRotation) {
        this.accounts = accounts;
        this.departments = departments;
        this.workingDays = workingDays;
        this.eventStore = eventStore;
        this.commands = commands;
        this.deadlines = deadlines;
        this.replayer = replayer;
        this.instances = instances;
        this.securityLog = securityLog;
        this.receiptKeys = receiptKeys;
        this.receiptKeyRotation = receiptKeyRotation;
    }

    /** Every receipt-signing key, newest first: public parts and validity periods only. */
    public List<PublishedReceiptKey> receiptKeys() {
        return receiptKeys.all();
    }

    /** Retires the receipt-signing key in force for a new one; recorded as an event. */
    public ReceiptKeys.Rotation rotateReceiptKey(Actor actor) {
        try {
            return receiptKeyRotation.rotate(actor);
        } catch (ReceiptSigningKeyRotationRejectedException rejected) {
            throw CommandRefusals.translate(rejected);
        }
    }

    /** The newest entries of the security log: sign-ins and attempts on cases, who, when, from where. */
    public List<SecurityLog.Entry> securityLog() {
        return securityLog.newest(200);
    }

    /** One staff account as the administrator sees it; the password hash never leaves the service. */
    public record AccountRow(String username, String displayName, Role role, String departmentCode, boolean enabled) {}

    /** A year's arrangement as last published. */
    public record CalendarYear(
            int year,
            long version,
            List<Holiday> holidays,
            List<LocalDate> makeUpWorkingDays,
            String source,
            String note) {}

    public List<AccountRow> accounts() {
        return accounts.all().stream()
                .map(a -> new AccountRow(a.username(), a.displayName(), a.role(), a.departmentCode(), a.enabled()))
                .toList();
    }

    public void createAccount(NewAccount account) {
        try {
            accounts.create(
                    account.username(),
                    account.password(),
                    account.role(),
                    account.role() == Role.HANDLER || account.departmentCode() != null
                            ? account.departmentCode()
                            : null,
                    account.displayName());
        } catch (InvalidCommandException invalid) {
            // StaffAccounts says why in English only; an existing account tells a taken name from a malformed one
            if ("username".equals(invalid.field())
                    && accounts.displayName(account.username()).isPresent()) {
                throw new OversightRefusal("oversight.admin.accounts.username-taken", invalid.getMessage());
            }
            throw CommandRefusals.translate(invalid);
        } catch (RuntimeException e) {
            throw CommandRefusals.translate(e);
        }
    }

    public void disableAccount(String username, Actor administrator) {
        if (administrator != null && administrator.personId().equals(username)) {
            throw new OversightRefusal("oversight.admin.accounts.not-yourself", username);
        }
        accounts.disable(username);
    }

    public List<Department> departments() {
        return departments.all();
    }

    public String departmentName(String code, Locale locale) {
        return departments.name(code, locale);
    }

    public List<Integer> publishedYears() {
        return List.copyOf(workingDays.publishedYears());
    }

    public long calendarVersion() {
        return workingDays.currentVersion();
    }

    public boolean isWorkingDay(LocalDate date) {
        return workingDays.isWorkingDay(date);
    }

    /** The latest arrangement published for {@code year}, as the calendar's events record it. */
    public Optional<CalendarYear> calendarYear(int year) {
        var latest = new TreeMap<Long, CalendarYearPublishedEvent>();
        eventStore
                .readEvents(CalendarIds.NATIONAL, 0L)
                .asStream()
                .map(message -> message.getPayload())
                .filter(CalendarYearPublishedEvent.class::isInstance)
                .map(CalendarYearPublishedEvent.class::cast)
                .filter(published -> published.year() == year)
                .forEach(published -> latest.put(published.version(), published));
        return Optional.ofNullable(latest.isEmpty() ? null : latest.lastEntry().getValue())
                .map(p -> new CalendarYear(
                        p.year(),
                        p.version(),
                        p.holidays().stream()
                                .sorted(Comparator.comparing(Holiday::date))
                                .toList(),
                        p.makeUpWorkingDays().stream().sorted().toList(),
                        p.source(),
                        p.note()));
    }

    public void publishCalendarYear(CalendarDraft draft, Actor administrator) {
        try {
            commands.sendAndWait(new PublishCalendarYearCommand(
                    CalendarIds.NATIONAL,
                    draft.year(),
                    draft.holidays(),
                    draft.makeUpWorkingDays(),
                    draft.source(),
                    draft.note(),
                    administrator));
        } catch (RuntimeException e) {
            throw CommandRefusals.translate(e);
        }
    }

    public DeadlineRules deadlineRules() {
        return deadlines.rules();
    }

    public List<String> projections() {
        return replayer.projections();
    }

    public ProjectionReplayer.ReplayStatus rebuild(String projection, Actor administrator) {
        try {
            return replayer.start(projection, administrator.personId(), "admin screen");
        } catch (RuntimeException e) {
            throw CommandRefusals.translate(e);
        }
    }

    public ProjectionReplayer.ReplayStatus rebuildStatus(String projection) {
        return replayer.status(projection);
    }

    /** The application instances sharing the database, as their heartbeats say. */
    public List<InstanceRegistry.LiveInstance> instances() {
        return instances.liveInstances();
    }

    public String thisInstance() {
        return instances.instanceId();
    }
}
