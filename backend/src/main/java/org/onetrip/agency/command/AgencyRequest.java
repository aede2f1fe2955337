package org.onetrip.agency.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.onetrip.agency.api.AgencyAgents;
import org.onetrip.agency.api.AgencyCommandRefusedEvent;
import org.onetrip.agency.api.AgencyItem;
import org.onetrip.agency.api.AgencyOutcome;
import org.onetrip.agency.api.AgencyOutcome.Done;
import org.onetrip.agency.api.AgencyOutcome.Refused;
import org.onetrip.agency.api.AgencyRefusalReason;
import org.onetrip.agency.api.AgencyRefusedException;
import org.onetrip.agency.api.AgencyRequestCancelledEvent;
import org.onetrip.agency.api.AgencyRequestRegisteredEvent;
import org.onetrip.agency.api.AgencyResultHandedBackEvent;
import org.onetrip.agency.api.AgencyStatus;
import org.onetrip.agency.api.AgencyStepRecordedEvent;
import org.onetrip.agency.api.AgentAssignedEvent;
import org.onetrip.agency.api.AssignAgentCommand;
import org.onetrip.agency.api.CancelAgencyRequestCommand;
import org.onetrip.agency.api.HandBackResultCommand;
import org.onetrip.agency.api.HandOverMaterialsCommand;
import org.onetrip.agency.api.MaterialsHandedOverEvent;
import org.onetrip.agency.api.RecordAgencyStepCommand;
import org.onetrip.agency.api.RecordRequesterNotifiedCommand;
import org.onetrip.agency.api.RegisterAgencyRequestCommand;
import org.onetrip.agency.api.RequesterContactViewedEvent;
import org.onetrip.agency.api.RequesterNotifiedEvent;
import org.onetrip.agency.api.ViewRequesterContactCommand;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.organisation.api.StaffMember;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.organisation.query.StaffDirectory;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.privacy.api.EncryptedContact;
import org.onetrip.privacy.command.ContactVault;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.command.EventContexts;

/**
 * 帮代办: one citizen's request that an agent take a service item through for them, from registration
 * to the result handed back. The deadline is the item's promised time limit in working days from
 * registration. A staff command that breaks a rule is stored as an {@link AgencyCommandRefusedEvent}.
 */
@Aggregate
public class AgencyRequest {

    /** How a request reaches the township: a call, the window, or a village 代办员 on a visit. */
    static final Set<Channel> CHANNELS = Set.of(Channel.HOTLINE, Channel.WINDOW, Channel.VISIT);

    public static final int MAX_NAME = 50;
    public static final int MAX_REASON = 500;

    @AggregateIdentifier
    private String requestId;

    private AgencyStatus status;
    private AgencyItem item;
    private String villageCode;
    private LocalDate dueDate;
    private String agentPersonId;
    private EncryptedContact requester;
    private final List<String> materialsHeld = new ArrayList<>();
    private final Set<String> notified = new HashSet<>();

    protected AgencyRequest() {}

    @CommandHandler
    public AgencyRequest(
            RegisterAgencyRequestCommand command,
            EventContexts contexts,
            WorkingDays workingDays,
            DepartmentDirectory departments,
            ContactVault vault) {
        var role = command.actor().role();
        if (!(role == Role.INTAKE || role == Role.HANDLER) || !CHANNELS.contains(command.channel())) {
            throw new AgencyRefusedException(
                    AgencyRefusalReason.ROLE_NOT_ALLOWED,
                    role + " may not register agency requests through " + command.channel());
        }
        if (command.trackingCode() == null) {
            throw new InvalidCommandException("trackingCode", "trackingCode is required");
        }
        if (command.item() == null
                || command.item().code() == null
                || command.item().promisedTimeLimitDays() < 1) {
            throw new InvalidCommandException(
                    "serviceItemCode", "a published item with a promised time limit is required");
        }
        if (command.beneficiary() == null) {
            throw new InvalidCommandException("beneficiary", "say whom the service is for");
        }
        if (blank(command.requesterName()) || command.requesterName().length() > MAX_NAME) {
            throw new InvalidCommandException(
                    "requesterName", "the citizen's name (at most " + MAX_NAME + " characters)");
        }
        if (blank(command.requesterPhone()) || !command.requesterPhone().strip().matches("[0-9+\\- ]{5,20}")) {
            throw new InvalidCommandException("requesterPhone", "a phone number to reach the citizen");
        }
        if (command.note() != null && command.note().length() > RegisterAgencyRequestCommand.MAX_NOTE) {
            throw new InvalidCommandException("note", "note is longer than " + RegisterAgencyRequestCommand.MAX_NOTE);
        }
        if (command.villageCode() != null && !departments.exists(command.villageCode())) {
            throw new InvalidCommandException("villageCode", "unknown village or unit: " + command.villageCode());
        }
        var context = contexts.of(command.actor(), command.channel());
        apply(new AgencyRequestRegisteredEvent(
                command.requestId(),
                context,
                command.trackingCode().value(),
                command.item(),
                command.beneficiary(),
                command.villageCode(),
                workingDays.after(context.occurredAt(), command.item().promisedTimeLimitDays()),
                vault.seal(
                        command.requestId(),
                        new ContactDetails(
                                command.requesterName().strip(),
                                command.requesterPhone().strip(),
                                null)),
                trimmed(command.note())));
    }

    @CommandHandler
    public AgencyOutcome handle(
            AssignAgentCommand command, EventContexts contexts, DepartmentDirectory departments, StaffDirectory staff) {
        if (blank(command.agentPersonId()) || command.agentPersonId().length() > AssignAgentCommand.MAX_CODE) {
            throw new InvalidCommandException(
                    "agentPersonId", "name the agent in at most " + AssignAgentCommand.MAX_CODE + " characters");
        }
        if (command.agentDepartmentCode() != null
                && command.agentDepartmentCode().length() > AssignAgentCommand.MAX_CODE) {
            throw new InvalidCommandException(
                    "agentDepartmentCode",
                    "a department code is at most " + AssignAgentCommand.MAX_CODE + " characters");
        }
        var actor = command.actor();
        var refusal = firstOf(
                open(),
                actor.role() == Role.INTAKE
                        ? null
                        : actor.role() == Role.HANDLER
                                        && actor.personId().equals(command.agentPersonId())
                                        && actor.actsFor(command.agentDepartmentCode())
                                ? mayTakeItThemself(actor)
                                : new Refused(
                                        AgencyRefusalReason.ROLE_NOT_ALLOWED,
                                        "the centre names any agent; a department's staff only themselves"),
                departments.exists(command.agentDepartmentCode())
                        ? null
                        : new Refused(
                                AgencyRefusalReason.UNKNOWN_DEPARTMENT,
                                "unknown department: " + command.agentDepartmentCode()),
                status == AgencyStatus.IN_PROGRESS
                        ? new Refused(AgencyRefusalReason.WRONG_STATE, "the agent holds the materials; hand back first")
                        : null);
        if (refusal != null) {
            return refuse(command, actor, command.channel(), contexts, refusal);
        }
        requireAgent(staff, command.agentPersonId().strip(), command.agentDepartmentCode());
        apply(new AgentAssignedEvent(
                requestId,
                contexts.of(actor, command.channel()),
                command.agentPersonId().strip(),
                command.agentDepartmentCode()));
        return done();
    }

    /**
     * A department's staff take a request no one holds yet, and only one of their own: the item's department or the
     * requester's village. Otherwise any handler could displace the agent the centre chose and read the requester's
     * phone number.
     */
    private Refused mayTakeItThemself(Actor handler) {
        if (!handler.actsFor(item.departmentCode()) && (villageCode == null || !handler.actsFor(villageCode))) {
            return new Refused(
                    AgencyRefusalReason.NOT_YOUR_REQUEST,
                    "a request for " + item.departmentCode() + (villageCode == null ? "" : " or " + villageCode));
        }
        if (handler.personId().equals(agentPersonId)) {
            return new Refused(AgencyRefusalReason.WRONG_STATE, "already the agent of this request");
        }
        if (agentPersonId != null) {
            return new Refused(
                    AgencyRefusalReason.NOT_YOUR_REQUEST, "the request has an agent; the centre names another");
        }
        return null;
    }

    private static void requireAgent(StaffDirectory staff, String personId, String departmentCode) {
        var agent = staff.find(personId)
                .filter(StaffMember::enabled)
                .orElseThrow(
                        () -> new InvalidCommandException("agentPersonId", "no enabled staff account " + personId));
        if (!AgencyAgents.mayAct(agent)) {
            throw new InvalidCommandException(
                    "agentPersonId", personId + " may not act as an agent: the centre's or a department's staff do");
        }
        if (!departmentCode.equals(agent.departmentCode())) {
            throw new InvalidCommandException(
                    "agentDepartmentCode",
                    personId + " works in " + agent.departmentCode() + ", not " + departmentCode);
        }
    }

    @CommandHandler
    public AgencyOutcome handle(HandOverMaterialsCommand command, EventContexts contexts) {
        var materials = command.materials() == null ? List.<String>of() : command.materials();
        if (materials.isEmpty() || materials.size() > HandOverMaterialsCommand.MAX_MATERIALS) {
            throw new InvalidCommandException(
                    "materials",
                    "list each material handed over (1 to " + HandOverMaterialsCommand.MAX_MATERIALS + ")");
        }
        for (var material : materials) {
            if (blank(material) || material.length() > HandOverMaterialsCommand.MAX_MATERIAL) {
                throw new InvalidCommandException(
                        "materials",
                        "each material is named in at most " + HandOverMaterialsCommand.MAX_MATERIAL + " characters");
            }
        }
        if (command.consentNote() != null && command.consentNote().length() > MAX_REASON) {
            throw new InvalidCommandException("consentNote", "at most " + MAX_REASON + " characters");
        }
        var refusal = firstOf(
                agent(command.actor()),
                stateIn(AgencyStatus.AGENT_ASSIGNED),
                command.consent() == null
                        ? new Refused(
                                AgencyRefusalReason.CONSENT_REQUIRED,
                                "materials are taken only with the citizen's recorded consent")
                        : null);
        if (refusal != null) {
            return refuse(command, command.actor(), command.channel(), contexts, refusal);
        }
        apply(new MaterialsHandedOverEvent(
                requestId,
                contexts.of(command.actor(), command.channel()),
                materials.stream().map(String::strip).toList(),
                command.consent(),
                trimmed(command.consentNote())));
        return done();
    }

    @CommandHandler
    public AgencyOutcome handle(RecordAgencyStepCommand command, EventContexts contexts) {
        if (blank(command.step()) || command.step().length() > RecordAgencyStepCommand.MAX_STEP) {
            throw new InvalidCommandException(
                    "step", "describe the step in at most " + RecordAgencyStepCommand.MAX_STEP);
        }
        var refusal = firstOf(agent(command.actor()), stateIn(AgencyStatus.IN_PROGRESS));
        if (refusal != null) {
            return refuse(command, command.actor(), command.channel(), contexts, refusal);
        }
        apply(new AgencyStepRecordedEvent(
                requestId,
                contexts.of(command.actor(), command.channel()),
                command.step().strip()));
        return done();
    }

    @CommandHandler
    public AgencyOutcome handle(HandBackResultCommand command, EventContexts contexts) {
        if (command.result() == null) {
            throw new InvalidCommandException("result", "say what the result is");
        }
        if (command.note() != null && command.note().length() > RecordAgencyStepCommand.MAX_STEP) {
            throw new InvalidCommandException("note", "note is too long");
        }
        var returned = command.materialsReturned() == null ? List.<String>of() : command.materialsReturned();
        if (returned.size() > HandOverMaterialsCommand.MAX_MATERIALS
                || returned.stream().anyMatch(m -> blank(m) || m.length() > HandOverMaterialsCommand.MAX_MATERIAL)) {
            throw new InvalidCommandException("materialsReturned", "each returned material named briefly");
        }
        var refusal = firstOf(agent(command.actor()), stateIn(AgencyStatus.IN_PROGRESS));
        if (refusal != null) {
            return refuse(command, command.actor(), command.channel(), contexts, refusal);
        }
        var context = contexts.of(command.actor(), command.channel());
        var day = context.occurredAt().atZone(WorkingDays.ZONE).toLocalDate();
        apply(new AgencyResultHandedBackEvent(
                requestId,
                context,
                command.result(),
                trimmed(command.note()),
                returned.stream().map(String::strip).toList(),
                !day.isAfter(dueDate),
                item.departmentCode()));
        return done();
    }

    @CommandHandler
    public AgencyOutcome handle(CancelAgencyRequestCommand command, EventContexts contexts) {
        if (blank(command.reason()) || command.reason().length() > MAX_REASON) {
            throw new InvalidCommandException("reason", "say why, in at most " + MAX_REASON + " characters");
        }
        var refusal = firstOf(
                command.actor().role() == Role.INTAKE ? null : agent(command.actor()),
                open(),
                status == AgencyStatus.IN_PROGRESS
                        ? new Refused(
                                AgencyRefusalReason.WRONG_STATE,
                                "the agent holds the citizen's materials: hand them back (withdrawn) instead")
                        : null);
        if (refusal != null) {
            return refuse(command, command.actor(), command.channel(), contexts, refusal);
        }
        apply(new AgencyRequestCancelledEvent(
                requestId,
                contexts.of(command.actor(), command.channel()),
                command.reason().strip()));
        return done();
    }

    /** Every decryption is recorded, with who looked and why. */
    @CommandHandler
    public AgencyOutcome handle(ViewRequesterContactCommand command, EventContexts contexts, ContactVault vault) {
        if (blank(command.reason()) || command.reason().length() > ViewRequesterContactCommand.MAX_REASON) {
            throw new InvalidCommandException(
                    "reason", "say why, in at most " + ViewRequesterContactCommand.MAX_REASON + " characters");
        }
        var refusal = command.actor().role() == Role.INTAKE ? null : agent(command.actor());
        if (refusal != null) {
            return refuse(command, command.actor(), command.channel(), contexts, refusal);
        }
        var shown = requester == null ? null : vault.open(requestId, requester).orElse(null);
        apply(new RequesterContactViewedEvent(
                requestId,
                contexts.of(command.actor(), command.channel()),
                command.reason().strip()));
        return new AgencyOutcome.ContactShown(shown);
    }

    @CommandHandler
    public AgencyOutcome handle(RecordRequesterNotifiedCommand command, EventContexts contexts) {
        if (command.actor().role() != Role.SYSTEM) {
            throw new AgencyRefusedException(
                    AgencyRefusalReason.ROLE_NOT_ALLOWED, "only the notification outbox records deliveries");
        }
        if (notified.add(command.sourceEventId() + "|" + command.channel())) {
            apply(new RequesterNotifiedEvent(
                    requestId,
                    contexts.of(command.actor(), Channel.SYSTEM),
                    command.sourceEventId(),
                    command.topic(),
                    command.channel()));
        }
        return done();
    }

    @EventSourcingHandler
    void on(AgencyRequestRegisteredEvent event) {
        requestId = event.requestId();
        status = AgencyStatus.REGISTERED;
        item = event.item();
        villageCode = event.villageCode();
        dueDate = event.deadline().dueDate();
        requester = event.requester();
    }

    @EventSourcingHandler
    void on(AgentAssignedEvent event) {
        agentPersonId = event.agentPersonId();
        status = AgencyStatus.AGENT_ASSIGNED;
    }

    @EventSourcingHandler
    void on(MaterialsHandedOverEvent event) {
        materialsHeld.addAll(event.materials());
        status = AgencyStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(AgencyResultHandedBackEvent event) {
        materialsHeld.clear();
        status = AgencyStatus.HANDED_BACK;
    }

    @EventSourcingHandler
    void on(AgencyRequestCancelledEvent event) {
        status = AgencyStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(RequesterNotifiedEvent event) {
        notified.add(event.sourceEventId() + "|" + event.channel());
    }

    private Refused open() {
        return status.isFinal()
                ? new Refused(
                        AgencyRefusalReason.WRONG_STATE, "the request is " + status + "; nothing more can be done")
                : null;
    }

    private Refused agent(Actor actor) {
        return agentPersonId != null
                        && agentPersonId.equals(actor.personId())
                        && actor.role().isStaff()
                ? null
                : new Refused(
                        AgencyRefusalReason.NOT_THE_AGENT,
                        agentPersonId == null ? "no agent is named yet" : "only the named agent may do this");
    }

    private Refused stateIn(AgencyStatus... allowed) {
        return Set.of(allowed).contains(status)
                ? null
                : new Refused(AgencyRefusalReason.WRONG_STATE, "not possible while the request is " + status);
    }

    private static Refused firstOf(Refused... candidates) {
        for (var candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private AgencyOutcome refuse(
            Object command, Actor actor, Channel channel, EventContexts contexts, Refused refusal) {
        if (!actor.role().isStaff() || actor.role() == Role.SYSTEM) {
            throw new AgencyRefusedException(refusal.reason(), refusal.detail());
        }
        apply(new AgencyCommandRefusedEvent(
                requestId,
                contexts.of(actor, channel),
                command.getClass().getSimpleName(),
                refusal.reason(),
                refusal.detail()));
        return refusal;
    }

    private Done done() {
        return new Done(status);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
