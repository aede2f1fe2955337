package org.onetrip.enterprise.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseOrigin;
import org.onetrip.cases.api.Complainant;
import org.onetrip.cases.api.FileCaseCommand;
import org.onetrip.cases.command.VisitCaseFiling;
import org.onetrip.enterprise.api.AccessCodes;
import org.onetrip.enterprise.api.ChangeEnterpriseLiaisonCommand;
import org.onetrip.enterprise.api.EnterpriseCodeReissuedEvent;
import org.onetrip.enterprise.api.EnterpriseCommand;
import org.onetrip.enterprise.api.EnterpriseCommandRefusedEvent;
import org.onetrip.enterprise.api.EnterpriseContactErasedEvent;
import org.onetrip.enterprise.api.EnterpriseContactReplacedEvent;
import org.onetrip.enterprise.api.EnterpriseContactViewedEvent;
import org.onetrip.enterprise.api.EnterpriseIssueRaisedEvent;
import org.onetrip.enterprise.api.EnterpriseLiaisonChangedEvent;
import org.onetrip.enterprise.api.EnterpriseLimits;
import org.onetrip.enterprise.api.EnterpriseOutcome;
import org.onetrip.enterprise.api.EnterpriseRefusalReason;
import org.onetrip.enterprise.api.EnterpriseRefusedException;
import org.onetrip.enterprise.api.EnterpriseRegisteredEvent;
import org.onetrip.enterprise.api.EnterpriseRevisedEvent;
import org.onetrip.enterprise.api.EnterpriseSector;
import org.onetrip.enterprise.api.EnterpriseVisitLoggedEvent;
import org.onetrip.enterprise.api.EraseEnterpriseContactCommand;
import org.onetrip.enterprise.api.LedgerIssue;
import org.onetrip.enterprise.api.LiaisonCadre;
import org.onetrip.enterprise.api.LogEnterpriseVisitCommand;
import org.onetrip.enterprise.api.LoggedLedgerIssue;
import org.onetrip.enterprise.api.RegisterEnterpriseCommand;
import org.onetrip.enterprise.api.ReissueEnterpriseCodeCommand;
import org.onetrip.enterprise.api.ReplaceEnterpriseContactCommand;
import org.onetrip.enterprise.api.ReviseEnterpriseCommand;
import org.onetrip.enterprise.api.ViewEnterpriseContactCommand;
import org.onetrip.organisation.api.LiaisonLeadership;
import org.onetrip.organisation.api.StaffMember;
import org.onetrip.organisation.query.StaffDirectory;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.privacy.api.ContactStatus;
import org.onetrip.privacy.api.EncryptedContact;
import org.onetrip.privacy.command.ContactVault;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.command.CommandNames;
import org.onetrip.shared.command.EventContexts;

/**
 * An enterprise of the register (企业联点帮扶, 四.四.2): its liaison cadre, its contact person (stored only
 * encrypted, every look recorded), its access code (stored only hashed) and its work ledger (工作台账).
 * Each problem entered in the ledger becomes an enterprise request in the same unit of work as the
 * entry, so the desk assigns it (交办) like any case and the figures count it.
 */
@Aggregate
public class Enterprise {

    static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");
    static final int MAX_VIEW_REASON = 200;

    @AggregateIdentifier
    private String enterpriseId;

    private String name;
    private EnterpriseSector sector;
    private String park;
    private LiaisonCadre liaison;
    private EncryptedContact contact;
    private boolean contactErased;
    private final Set<String> visits = new HashSet<>();

    protected Enterprise() {}

    @CommandHandler
    public Enterprise(
            RegisterEnterpriseCommand command, EventContexts contexts, StaffDirectory staff, ContactVault vault) {
        requireActor(command.actor(), command.channel());
        requireText(command.enterpriseId(), "enterpriseId", 64);
        requireText(command.name(), "name", EnterpriseLimits.NAME);
        requireValue(command.sector(), "sector");
        maxLength(command.park(), "park", EnterpriseLimits.PARK);
        requireValue(command.accessCode(), "accessCode");
        checkContact(command.contact());
        var cadre = liaisonCadre(staff, command.liaisonPersonId());
        if (!LiaisonLeadership.leads(command.actor())) {
            throw new EnterpriseRefusedException(
                    EnterpriseRefusalReason.ROLE_NOT_ALLOWED,
                    describe(command.actor()) + " may not register enterprises; 党政办 or an administrator does");
        }
        apply(new EnterpriseRegisteredEvent(
                command.enterpriseId(),
                contexts.of(command.actor(), command.channel()),
                command.name().strip(),
                command.sector(),
                stripToNull(command.park()),
                seal(command.enterpriseId(), command.contact(), vault),
                cadre,
                AccessCodes.hash(command.accessCode())));
    }

    @CommandHandler
    public EnterpriseOutcome handle(ReviseEnterpriseCommand command, EventContexts contexts) {
        requireActor(command.actor(), command.channel());
        requireText(command.name(), "name", EnterpriseLimits.NAME);
        requireValue(command.sector(), "sector");
        maxLength(command.park(), "park", EnterpriseLimits.PARK);
        requireText(command.reason(), "reason", EnterpriseLimits.REASON);
        var newName = command.name().strip();
        var newPark = stripToNull(command.park());
        var violation = firstOf(
                leadersOnly(command),
                newName.equals(name) && command.sector() == sector && Objects.equals(newPark, park)
                        ? new Violation(EnterpriseRefusalReason.NO_CHANGE, "the register already says so")
                        : null);
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new EnterpriseRevisedEvent(
                enterpriseId,
                contexts.of(command.actor(), command.channel()),
                newName,
                command.sector(),
                newPark,
                command.reason().strip()));
        return new EnterpriseOutcome.Done(enterpriseId);
    }

    @CommandHandler
    public EnterpriseOutcome handle(
            ChangeEnterpriseLiaisonCommand command, EventContexts contexts, StaffDirectory staff) {
        requireActor(command.actor(), command.channel());
        requireText(command.reason(), "reason", EnterpriseLimits.REASON);
        var cadre = liaisonCadre(staff, command.personId());
        var violation = firstOf(
                leadersOnly(command),
                cadre.personId().equals(liaison.personId())
                        ? new Violation(
                                EnterpriseRefusalReason.SAME_LIAISON,
                                cadre.personId() + " is the liaison cadre already")
                        : null);
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new EnterpriseLiaisonChangedEvent(
                enterpriseId,
                contexts.of(command.actor(), command.channel()),
                liaison,
                cadre,
                command.reason().strip()));
        return new EnterpriseOutcome.Done(enterpriseId);
    }

    @CommandHandler
    public EnterpriseOutcome handle(ReissueEnterpriseCodeCommand command, EventContexts contexts) {
        requireActor(command.actor(), command.channel());
        requireValue(command.accessCode(), "accessCode");
        requireText(command.reason(), "reason", EnterpriseLimits.REASON);
        var violation = leadersOrLiaison(command);
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new EnterpriseCodeReissuedEvent(
                enterpriseId,
                contexts.of(command.actor(), command.channel()),
                AccessCodes.hash(command.accessCode()),
                command.reason().strip()));
        return new EnterpriseOutcome.CodeIssued(
                enterpriseId, command.accessCode().grouped());
    }

    /** The old key is destroyed in the same transaction as the event, so the old contact cannot be read again. */
    @CommandHandler
    public EnterpriseOutcome handle(
            ReplaceEnterpriseContactCommand command, EventContexts contexts, ContactVault vault) {
        requireActor(command.actor(), command.channel());
        requireValue(command.contact(), "contact");
        checkContact(command.contact());
        if (command.contact().isEmpty()) {
            throw new InvalidCommandException("contact", "a new contact names a person, a phone or an e-mail");
        }
        requireText(command.reason(), "reason", EnterpriseLimits.REASON);
        var violation = leadersOrLiaison(command);
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        var previous = contact;
        if (previous != null) {
            vault.destroy(previous.keyId());
        }
        apply(new EnterpriseContactReplacedEvent(
                enterpriseId,
                contexts.of(command.actor(), command.channel()),
                vault.seal(enterpriseId, command.contact()),
                previous == null ? null : previous.keyId(),
                command.reason().strip()));
        return new EnterpriseOutcome.Done(enterpriseId);
    }

    /** Every decryption is recorded: by the liaison cadre, the desk or the discipline office, with a reason. */
    @CommandHandler
    public EnterpriseOutcome handle(ViewEnterpriseContactCommand command, EventContexts contexts, ContactVault vault) {
        requireActor(command.actor(), command.channel());
        requireText(command.reason(), "reason", MAX_VIEW_REASON);
        var actor = command.actor();
        var allowed = actor.role() == Role.INTAKE
                || actor.role() == Role.DISCIPLINE
                || (actor.role().isStaff() && actor.personId().equals(liaison.personId()));
        if (!allowed) {
            return refuse(
                    command,
                    contexts,
                    new Violation(
                            EnterpriseRefusalReason.ROLE_NOT_ALLOWED,
                            "only the liaison cadre, the intake desk and the discipline office see the contact"));
        }
        ContactStatus status;
        ContactDetails shown = null;
        if (contactErased) {
            status = ContactStatus.ERASED;
        } else if (contact == null) {
            status = ContactStatus.NONE;
        } else {
            shown = vault.open(enterpriseId, contact).orElse(null);
            status = shown == null ? ContactStatus.ERASED : ContactStatus.AVAILABLE;
        }
        apply(new EnterpriseContactViewedEvent(
                enterpriseId,
                contexts.of(actor, command.channel()),
                command.reason().strip(),
                status));
        return new EnterpriseOutcome.ContactShown(enterpriseId, status, shown);
    }

    @CommandHandler
    public EnterpriseOutcome handle(EraseEnterpriseContactCommand command, EventContexts contexts, ContactVault vault) {
        requireActor(command.actor(), command.channel());
        requireText(command.reason(), "reason", EnterpriseLimits.REASON);
        var role = command.actor().role();
        var violation = firstOf(
                role == Role.DISCIPLINE || role == Role.ADMIN || role == Role.SYSTEM
                        ? null
                        : new Violation(
                                EnterpriseRefusalReason.ROLE_NOT_ALLOWED,
                                role + " may not erase contact data; the discipline office or an administrator does"),
                contactErased
                        ? new Violation(EnterpriseRefusalReason.CONTACT_ERASED, "the contact data is already erased")
                        : null,
                !contactErased && contact == null
                        ? new Violation(EnterpriseRefusalReason.NO_CONTACT, "the enterprise left no contact data")
                        : null);
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        vault.destroy(contact.keyId());
        apply(new EnterpriseContactErasedEvent(
                enterpriseId,
                contexts.of(command.actor(), command.channel()),
                command.reason().strip(),
                contact.keyId()));
        return new EnterpriseOutcome.Done(enterpriseId);
    }

    /**
     * The liaison cadre enters a visit in the ledger; each problem not settled on the spot is filed as an
     * enterprise request (企业诉求) by the cadre, on the channel VISIT, linked to this visit.
     */
    @CommandHandler
    public EnterpriseOutcome handle(LogEnterpriseVisitCommand command, EventContexts contexts, VisitCaseFiling filing) {
        requireActor(command.actor(), command.channel());
        requireText(command.visitId(), "visitId", 64);
        if (visits.contains(command.visitId())) {
            throw new InvalidCommandException("visitId", "a visit " + command.visitId() + " is entered already");
        }
        requireVisitDate(command.visitedOn(), contexts);
        maxLength(command.participants(), "participants", EnterpriseLimits.PARTICIPANTS);
        requireText(command.situation(), "situation", EnterpriseLimits.SITUATION);
        if (command.issues().size() > EnterpriseLimits.ISSUES) {
            throw new InvalidCommandException("issues", "at most " + EnterpriseLimits.ISSUES + " issues per visit");
        }
        var logged = new ArrayList<LoggedLedgerIssue>();
        for (int i = 0; i < command.issues().size(); i++) {
            logged.add(checkedIssue(i + 1, command.issues().get(i)));
        }
        if (!command.actor().personId().equals(liaison.personId())) {
            return refuse(
                    command,
                    contexts,
                    new Violation(
                            EnterpriseRefusalReason.NOT_THE_LIAISON,
                            command.actor().personId() + " is not the liaison cadre of this enterprise"));
        }
        apply(new EnterpriseVisitLoggedEvent(
                enterpriseId,
                contexts.of(command.actor(), command.channel()),
                command.visitId(),
                liaison,
                command.visitedOn(),
                stripToNull(command.participants()),
                command.situation().strip(),
                logged));
        var requests = new ArrayList<EnterpriseOutcome.RaisedRequest>();
        for (var issue : logged) {
            if (issue.resolvedOnSite()) {
                continue;
            }
            var caseId = filing.newCaseId();
            filing.file(new FileCaseCommand(
                    caseId,
                    command.actor(),
                    Channel.VISIT,
                    filing.newReceiptCode(),
                    CaseKind.ENTERPRISE_REQUEST,
                    CaseCategory.OTHER,
                    name + "：" + issue.summary(),
                    issue.details() == null ? issue.summary() : issue.details(),
                    null,
                    null,
                    new Complainant(null, null, null, false),
                    new CaseOrigin(
                            CaseOrigin.Source.ENTERPRISE_VISIT,
                            enterpriseId,
                            command.visitId(),
                            issue.number(),
                            issue.type().name())));
            apply(new EnterpriseIssueRaisedEvent(
                    enterpriseId,
                    contexts.of(command.actor(), Channel.VISIT),
                    command.visitId(),
                    issue.number(),
                    issue.type(),
                    caseId));
            requests.add(new EnterpriseOutcome.RaisedRequest(issue.number(), issue.type(), caseId));
        }
        return new EnterpriseOutcome.VisitLogged(enterpriseId, command.visitId(), requests);
    }

    private static LoggedLedgerIssue checkedIssue(int number, LedgerIssue issue) {
        var field = "issues[" + (number - 1) + "].";
        if (issue == null) {
            throw new InvalidCommandException("issues", "issue " + number + " is empty");
        }
        requireValue(issue.type(), field + "type");
        requireText(issue.summary(), field + "summary", EnterpriseLimits.ISSUE_SUMMARY);
        maxLength(issue.details(), field + "details", EnterpriseLimits.ISSUE_DETAILS);
        maxLength(issue.resolution(), field + "resolution", EnterpriseLimits.RESOLUTION);
        if (!issue.raiseAsCase()
                && (issue.resolution() == null || issue.resolution().isBlank())) {
            throw new InvalidCommandException(field + "resolution", "an issue settled on the spot says how");
        }
        return new LoggedLedgerIssue(
                number,
                issue.type(),
                issue.summary().strip(),
                stripToNull(issue.details()),
                !issue.raiseAsCase(),
                stripToNull(issue.resolution()));
    }

    private static void requireVisitDate(LocalDate visitedOn, EventContexts contexts) {
        requireValue(visitedOn, "visitedOn");
        var today = LocalDate.now(contexts.clock().withZone(WorkingDays.ZONE));
        if (visitedOn.isAfter(today)) {
            throw new InvalidCommandException("visitedOn", "a visit on " + visitedOn + " has not happened yet");
        }
        if (visitedOn.isBefore(today.minusDays(EnterpriseLimits.LATE_LOGGING_DAYS))) {
            throw new InvalidCommandException(
                    "visitedOn",
                    "visits are entered within " + EnterpriseLimits.LATE_LOGGING_DAYS + " days; " + visitedOn
                            + " is too long ago");
        }
    }

    private static LiaisonCadre liaisonCadre(StaffDirectory staff, String personId) {
        StaffMember member = staff.find(personId)
                .filter(StaffMember::enabled)
                .orElseThrow(
                        () -> new InvalidCommandException("liaisonPersonId", "no enabled staff account " + personId));
        if (!LiaisonLeadership.goesOnVisits(member.role())) {
            throw new InvalidCommandException(
                    "liaisonPersonId", member.role() + " accounts do not go out on visits and pair with no enterprise");
        }
        return new LiaisonCadre(member.personId(), member.displayName(), member.departmentCode());
    }

    private static void checkContact(ContactDetails contact) {
        if (contact == null) {
            return;
        }
        maxLength(contact.name(), "contact.name", EnterpriseLimits.CONTACT_NAME);
        maxLength(contact.email(), "contact.email", EnterpriseLimits.CONTACT_EMAIL);
        if (contact.phone() != null && !PHONE.matcher(contact.phone()).matches()) {
            throw new InvalidCommandException("contact.phone", "a phone number of 5 to 20 digits");
        }
        if (contact.email() != null && !contact.email().matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidCommandException("contact.email", "an e-mail address");
        }
    }

    private static EncryptedContact seal(String enterpriseId, ContactDetails contact, ContactVault vault) {
        return contact == null || contact.isEmpty() ? null : vault.seal(enterpriseId, contact);
    }

    @EventSourcingHandler
    void on(EnterpriseRegisteredEvent event) {
        enterpriseId = event.enterpriseId();
        name = event.name();
        sector = event.sector();
        park = event.park();
        liaison = event.liaison();
        contact = event.contact();
    }

    @EventSourcingHandler
    void on(EnterpriseRevisedEvent event) {
        name = event.name();
        sector = event.sector();
        park = event.park();
    }

    @EventSourcingHandler
    void on(EnterpriseLiaisonChangedEvent event) {
        liaison = event.to();
    }

    @EventSourcingHandler
    void on(EnterpriseContactReplacedEvent event) {
        contact = event.contact();
        contactErased = false;
    }

    @EventSourcingHandler
    void on(EnterpriseContactErasedEvent event) {
        contact = null;
        contactErased = true;
    }

    @EventSourcingHandler
    void on(EnterpriseVisitLoggedEvent event) {
        visits.add(event.visitId());
    }

    private record Violation(EnterpriseRefusalReason reason, String detail) {}

    private static Violation firstOf(Violation... candidates) {
        for (var candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private static Violation leadersOnly(EnterpriseCommand command) {
        return LiaisonLeadership.leads(command.actor())
                ? null
                : new Violation(
                        EnterpriseRefusalReason.ROLE_NOT_ALLOWED,
                        describe(command.actor()) + " may not " + CommandNames.action(command));
    }

    private Violation leadersOrLiaison(EnterpriseCommand command) {
        return LiaisonLeadership.leads(command.actor())
                        || command.actor().personId().equals(liaison.personId())
                ? null
                : new Violation(
                        EnterpriseRefusalReason.ROLE_NOT_ALLOWED,
                        "only 党政办, an administrator or the liaison cadre may " + CommandNames.action(command));
    }

    private EnterpriseOutcome refuse(EnterpriseCommand command, EventContexts contexts, Violation violation) {
        if (!command.actor().role().isStaff()) {
            throw new EnterpriseRefusedException(violation.reason(), violation.detail());
        }
        apply(new EnterpriseCommandRefusedEvent(
                enterpriseId,
                contexts.of(command.actor(), command.channel()),
                command.getClass().getSimpleName(),
                violation.reason(),
                violation.detail()));
        return new EnterpriseOutcome.Refused(violation.reason(), violation.detail());
    }

    private static String describe(Actor actor) {
        return actor.role() + (actor.departmentCode() == null ? "" : " of " + actor.departmentCode());
    }

    private static String stripToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void requireActor(Actor actor, Channel channel) {
        requireValue(actor, "actor");
        requireValue(channel, "channel");
    }

    private static void requireText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidCommandException(field, field + " must not be blank");
        }
        maxLength(value, field, max);
    }

    private static void maxLength(String value, String field, int max) {
        if (value != null && value.strip().length() > max) {
            throw new InvalidCommandException(field, field + " is longer than " + max + " characters");
        }
    }

    private static void requireValue(Object value, String field) {
        if (value == null) {
            throw new InvalidCommandException(field, field + " is required");
        }
    }
}
