package org.onetrip.disclosure.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.onetrip.disclosure.command.Rules.hasText;
import static org.onetrip.disclosure.command.Rules.knownDepartment;
import static org.onetrip.disclosure.command.Rules.maxLength;
import static org.onetrip.disclosure.command.Rules.requireActor;
import static org.onetrip.disclosure.command.Rules.requireText;
import static org.onetrip.disclosure.command.Rules.requireValue;
import static org.onetrip.disclosure.command.Rules.roleViolation;
import static org.onetrip.disclosure.command.Violation.firstOf;

import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.onetrip.disclosure.api.CreateServiceItemDraftCommand;
import org.onetrip.disclosure.api.DisclosureLimits;
import org.onetrip.disclosure.api.DisclosureOutcome;
import org.onetrip.disclosure.api.DisclosureRefusalReason;
import org.onetrip.disclosure.api.DisclosureRefusedException;
import org.onetrip.disclosure.api.EditServiceItemDraftCommand;
import org.onetrip.disclosure.api.PublishServiceItemBatchCommand;
import org.onetrip.disclosure.api.ReviseServiceItemCommand;
import org.onetrip.disclosure.api.ServiceItemContent;
import org.onetrip.disclosure.api.ServiceItemDiff;
import org.onetrip.disclosure.api.ServiceItemDraftCreatedEvent;
import org.onetrip.disclosure.api.ServiceItemDraftEditedEvent;
import org.onetrip.disclosure.api.ServiceItemPublishedEvent;
import org.onetrip.disclosure.api.ServiceItemRevisedEvent;
import org.onetrip.disclosure.api.ServiceItemStatus;
import org.onetrip.disclosure.api.ServiceItemWithdrawnEvent;
import org.onetrip.disclosure.api.VagueWording;
import org.onetrip.disclosure.api.VagueWordingDetector;
import org.onetrip.disclosure.api.WithdrawServiceItemCommand;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.command.EventContexts;

/**
 * A service item of the catalogue (事项清单). A draft is edited freely; its first publication (in a
 * named batch, see {@link ServiceItemBatchHandler}) is version 1, and every revision after that is a
 * new version with a change note. Withdrawal leaves a tombstone. Publication needs every field of
 * {@link ServiceItemContent#missingFields()}, and flagged vague wording needs the editor's reason.
 */
@Aggregate
public class ServiceItem {

    @AggregateIdentifier
    private String itemCode;

    private ServiceItemStatus status;
    private ServiceItemContent content;
    private int version;

    protected ServiceItem() {}

    @CommandHandler
    public ServiceItem(CreateServiceItemDraftCommand command, EventContexts contexts, DepartmentDirectory departments) {
        requireActor(command.actor(), command.channel());
        if (command.itemCode() == null
                || !DisclosureLimits.ITEM_CODE.matcher(command.itemCode()).matches()) {
            throw new InvalidCommandException(
                    "code", "code must look like MZ-001: capital letters, a dash, 3 or 4 digits");
        }
        checkContent(command.content(), departments);
        if (!DisclosureRoles.draftsFor(command.actor(), command.content().departmentCode())) {
            throw new DisclosureRefusedException(
                    DisclosureRefusalReason.ROLE_NOT_ALLOWED,
                    roleViolation(false, command.actor(), command).detail());
        }
        apply(new ServiceItemDraftCreatedEvent(
                command.itemCode(), contexts.of(command.actor(), command.channel()), command.content()));
    }

    @CommandHandler
    public DisclosureOutcome handle(
            EditServiceItemDraftCommand command, EventContexts contexts, DepartmentDirectory departments) {
        requireActor(command.actor(), command.channel());
        checkContent(command.content(), departments);
        var actor = command.actor();
        var violation = firstOf(
                roleViolation(
                        DisclosureRoles.draftsFor(actor, content.departmentCode())
                                && DisclosureRoles.draftsFor(
                                        actor, command.content().departmentCode()),
                        actor,
                        command),
                status != ServiceItemStatus.DRAFT
                        ? new Violation(
                                DisclosureRefusalReason.WRONG_STATE,
                                "the item is " + status
                                        + "; a published item is changed by a revision with a change note")
                        : null,
                command.content().equals(content) ? noChange() : null);
        if (violation != null) {
            return Rules.refuse(itemCode, command, actor, command.channel(), violation, contexts);
        }
        apply(new ServiceItemDraftEditedEvent(itemCode, contexts.of(actor, command.channel()), command.content()));
        return done();
    }

    @CommandHandler
    public DisclosureOutcome handle(
            ReviseServiceItemCommand command, EventContexts contexts, DepartmentDirectory departments) {
        requireActor(command.actor(), command.channel());
        checkContent(command.content(), departments);
        requireText(command.changeNote(), "changeNote", DisclosureLimits.REASON);
        maxLength(command.vagueWordingAcknowledgement(), "vagueWordingAcknowledgement", DisclosureLimits.REASON);
        var actor = command.actor();
        var flagged = VagueWordingDetector.inspect(command.content());
        var violation = firstOf(
                roleViolation(DisclosureRoles.editsCatalogue(actor), actor, command),
                status != ServiceItemStatus.PUBLISHED
                        ? new Violation(
                                DisclosureRefusalReason.WRONG_STATE,
                                status == ServiceItemStatus.DRAFT
                                        ? "the item is still a draft; edit it or publish it in a batch"
                                        : "the item is withdrawn")
                        : null,
                incomplete(command.content()),
                command.content().equals(content) ? noChange() : null,
                unacknowledged(flagged, command.vagueWordingAcknowledgement()));
        if (violation != null) {
            return Rules.refuse(itemCode, command, actor, command.channel(), violation, contexts);
        }
        apply(new ServiceItemRevisedEvent(
                itemCode,
                contexts.of(actor, command.channel()),
                version + 1,
                command.content(),
                command.changeNote().strip(),
                ServiceItemDiff.changedFields(content, command.content()),
                flagged,
                flagged.isEmpty() ? null : command.vagueWordingAcknowledgement().strip()));
        return done();
    }

    @CommandHandler
    public DisclosureOutcome handle(WithdrawServiceItemCommand command, EventContexts contexts) {
        requireActor(command.actor(), command.channel());
        requireText(command.reason(), "reason", DisclosureLimits.REASON);
        var actor = command.actor();
        var violation = firstOf(
                roleViolation(DisclosureRoles.editsCatalogue(actor), actor, command),
                status != ServiceItemStatus.PUBLISHED
                        ? new Violation(
                                DisclosureRefusalReason.WRONG_STATE,
                                "only a published item can be withdrawn; the item is " + status)
                        : null);
        if (violation != null) {
            return Rules.refuse(itemCode, command, actor, command.channel(), violation, contexts);
        }
        apply(new ServiceItemWithdrawnEvent(
                itemCode,
                contexts.of(actor, command.channel()),
                version,
                command.reason().strip()));
        return done();
    }

    /** Whether this item may go out in a batch now; the batch handler asks every item before publishing any. */
    Violation publicationViolation(String acknowledgement) {
        return firstOf(
                status != ServiceItemStatus.DRAFT
                        ? new Violation(
                                DisclosureRefusalReason.WRONG_STATE,
                                status == ServiceItemStatus.PUBLISHED
                                        ? "already published as version " + version + "; publish changes as a revision"
                                        : "the item is withdrawn")
                        : null,
                incomplete(content),
                unacknowledged(VagueWordingDetector.inspect(content), acknowledgement));
    }

    void publishIn(PublishServiceItemBatchCommand command, EventContexts contexts) {
        var flagged = VagueWordingDetector.inspect(content);
        var acknowledgement = command.vagueWordingAcknowledgements().get(itemCode);
        apply(new ServiceItemPublishedEvent(
                itemCode,
                contexts.of(command.actor(), command.channel()),
                1,
                command.batchId(),
                command.batchName().strip(),
                command.note(),
                content,
                flagged,
                flagged.isEmpty() ? null : acknowledgement.strip()));
    }

    DisclosureOutcome refuseInBatch(
            PublishServiceItemBatchCommand command, Violation violation, EventContexts contexts) {
        return Rules.refuse(itemCode, command, command.actor(), command.channel(), violation, contexts);
    }

    String itemCode() {
        return itemCode;
    }

    @EventSourcingHandler
    void on(ServiceItemDraftCreatedEvent event) {
        itemCode = event.itemCode();
        status = ServiceItemStatus.DRAFT;
        content = event.content();
    }

    @EventSourcingHandler
    void on(ServiceItemDraftEditedEvent event) {
        content = event.content();
    }

    @EventSourcingHandler
    void on(ServiceItemPublishedEvent event) {
        status = ServiceItemStatus.PUBLISHED;
        content = event.content();
        version = event.version();
    }

    @EventSourcingHandler
    void on(ServiceItemRevisedEvent event) {
        content = event.content();
        version = event.version();
    }

    @EventSourcingHandler
    void on(ServiceItemWithdrawnEvent event) {
        status = ServiceItemStatus.WITHDRAWN;
    }

    private static void checkContent(ServiceItemContent content, DepartmentDirectory departments) {
        requireValue(content, "content");
        content.checkForm();
        knownDepartment(departments, content.departmentCode(), "content.departmentCode");
    }

    private static Violation incomplete(ServiceItemContent content) {
        List<String> missing = content.missingFields();
        return missing.isEmpty()
                ? null
                : new Violation(
                        DisclosureRefusalReason.INCOMPLETE, "not ready to publish: " + String.join("; ", missing));
    }

    private static Violation unacknowledged(List<VagueWording> flagged, String acknowledgement) {
        if (flagged.isEmpty() || hasText(acknowledgement)) {
            return null;
        }
        return new Violation(
                DisclosureRefusalReason.VAGUE_WORDING_NOT_ACKNOWLEDGED,
                "vague wording (兜底条款) must be rewritten or acknowledged with a reason: "
                        + flagged.stream()
                                .map(flag -> "\"" + flag.term() + "\" in " + flag.field())
                                .collect(Collectors.joining(", ")));
    }

    private static Violation noChange() {
        return new Violation(DisclosureRefusalReason.NO_CHANGE, "the content is unchanged");
    }

    private DisclosureOutcome done() {
        return new DisclosureOutcome.Done(itemCode);
    }
}
