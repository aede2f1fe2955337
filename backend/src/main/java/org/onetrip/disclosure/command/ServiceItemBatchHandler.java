package org.onetrip.disclosure.command;

import static org.onetrip.disclosure.command.Rules.maxLength;
import static org.onetrip.disclosure.command.Rules.requireActor;
import static org.onetrip.disclosure.command.Rules.requireText;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.onetrip.disclosure.api.DisclosureLimits;
import org.onetrip.disclosure.api.DisclosureOutcome;
import org.onetrip.disclosure.api.DisclosureRefusalReason;
import org.onetrip.disclosure.api.DisclosureRefusedException;
import org.onetrip.disclosure.api.PublishServiceItemBatchCommand;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.command.EventContexts;
import org.springframework.stereotype.Component;

/**
 * Publishes a batch (成熟一批、公布一批): every item loads in one unit of work and is asked first, so
 * either all of them publish or none does; each item that is not ready records why.
 */
@Component
public class ServiceItemBatchHandler {

    private final Repository<ServiceItem> items;
    private final EventContexts contexts;
    private final PublicationBatches batches;

    public ServiceItemBatchHandler(Repository<ServiceItem> items, EventContexts contexts, PublicationBatches batches) {
        this.items = items;
        this.contexts = contexts;
        this.batches = batches;
    }

    @CommandHandler
    public DisclosureOutcome handle(PublishServiceItemBatchCommand command) {
        requireActor(command.actor(), command.channel());
        requireText(command.batchId(), "batchId", 64);
        requireText(command.batchName(), "batchName", DisclosureLimits.BATCH_NAME);
        maxLength(command.note(), "note", DisclosureLimits.REASON);
        if (command.itemCodes().isEmpty() || command.itemCodes().size() > DisclosureLimits.BATCH_ITEMS) {
            throw new InvalidCommandException(
                    "itemCodes", "a batch holds 1 to " + DisclosureLimits.BATCH_ITEMS + " items");
        }
        if (new HashSet<>(command.itemCodes()).size() != command.itemCodes().size()) {
            throw new InvalidCommandException("itemCodes", "an item is named twice");
        }
        command.vagueWordingAcknowledgements().forEach((code, reason) -> {
            if (!command.itemCodes().contains(code)) {
                throw new InvalidCommandException("vagueWordingAcknowledgements", code + " is not in the batch");
            }
            maxLength(reason, "vagueWordingAcknowledgements." + code, DisclosureLimits.REASON);
        });
        if (!DisclosureRoles.editsCatalogue(command.actor())) {
            throw new DisclosureRefusedException(
                    DisclosureRefusalReason.ROLE_NOT_ALLOWED,
                    Rules.roleViolation(false, command.actor(), command).detail());
        }
        if (batches.nameTaken(command.batchName().strip())) {
            throw new DisclosureRefusedException(
                    DisclosureRefusalReason.BATCH_NAME_TAKEN,
                    "a batch named " + command.batchName().strip() + " was published already");
        }
        var loaded = new LinkedHashMap<String, Aggregate<ServiceItem>>();
        for (var code : command.itemCodes()) {
            try {
                loaded.put(code, items.load(code));
            } catch (AggregateNotFoundException e) {
                throw new InvalidCommandException("itemCodes", "no service item " + code);
            }
        }
        var problems = new LinkedHashMap<String, Violation>();
        loaded.forEach((code, item) -> {
            var violation = item.invoke(it -> it.publicationViolation(
                    command.vagueWordingAcknowledgements().get(code)));
            if (violation != null) {
                problems.put(code, violation);
            }
        });
        if (!problems.isEmpty()) {
            problems.forEach((code, violation) ->
                    loaded.get(code).execute(it -> it.refuseInBatch(command, violation, contexts)));
            return new DisclosureOutcome.Refused(
                    DisclosureRefusalReason.BATCH_NOT_READY,
                    problems.entrySet().stream()
                            .map(problem ->
                                    problem.getKey() + ": " + problem.getValue().reason() + " ("
                                            + problem.getValue().detail() + ")")
                            .collect(Collectors.joining("; ")));
        }
        loaded.values().forEach(item -> item.execute(it -> it.publishIn(command, contexts)));
        return new DisclosureOutcome.Done(command.batchId());
    }
}
