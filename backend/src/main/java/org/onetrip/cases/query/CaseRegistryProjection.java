package org.onetrip.cases.query;

import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.onetrip.cases.api.CaseAcceptedEvent;
import org.onetrip.cases.api.CaseAnsweredEvent;
import org.onetrip.cases.api.CaseAssignedEvent;
import org.onetrip.cases.api.CaseClosedEvent;
import org.onetrip.cases.api.CaseDeclinedEvent;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseMergedIntoEvent;
import org.onetrip.cases.api.CaseRatedEvent;
import org.onetrip.cases.api.CaseReopenedEvent;
import org.onetrip.cases.api.CaseReturnedEvent;
import org.onetrip.cases.api.CaseSignedForEvent;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.CaseTransferredEvent;
import org.onetrip.cases.api.ExtensionApprovedEvent;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(CaseRegistryProjection.PROCESSING_GROUP)
public class CaseRegistryProjection {

    public static final String PROCESSING_GROUP = "case-registry";

    private final CaseRegistryRepository registry;

    public CaseRegistryProjection(CaseRegistryRepository registry) {
        this.registry = registry;
    }

    @EventHandler
    void on(CaseFiledEvent event, @SequenceNumber long sequence) {
        var entry = registry.findById(event.caseId())
                .orElseGet(() -> new CaseRegistryEntry(
                        event.caseId(),
                        event.receiptCode(),
                        event.kind(),
                        event.context().occurredAt()));
        entry.record(sequence, event.context().occurredAt());
        registry.save(entry);
    }

    @EventHandler
    void on(CaseAcceptedEvent event, @SequenceNumber long sequence) {
        update(event, sequence, CaseStatus.ACCEPTED, entry -> {});
    }

    @EventHandler
    void on(CaseDeclinedEvent event, @SequenceNumber long sequence) {
        update(event, sequence, CaseStatus.DECLINED, entry -> {});
    }

    @EventHandler
    void on(CaseAssignedEvent event, @SequenceNumber long sequence) {
        update(event, sequence, CaseStatus.ASSIGNED, entry -> entry.holdBy(event.departmentCode(), event.dueDate()));
    }

    @EventHandler
    void on(CaseSignedForEvent event, @SequenceNumber long sequence) {
        update(event, sequence, CaseStatus.IN_PROGRESS, entry -> {});
    }

    @EventHandler
    void on(ExtensionApprovedEvent event, @SequenceNumber long sequence) {
        update(event, sequence, null, entry -> entry.holdBy(entry.departmentCode(), event.newDueDate()));
    }

    @EventHandler
    void on(CaseReturnedEvent event, @SequenceNumber long sequence) {
        update(event, sequence, CaseStatus.RETURNED, entry -> entry.holdBy(null, entry.dueDate()));
    }

    @EventHandler
    void on(CaseTransferredEvent event, @SequenceNumber long sequence) {
        update(event, sequence, CaseStatus.ASSIGNED, entry -> entry.holdBy(event.toDepartmentCode(), event.dueDate()));
    }

    @EventHandler
    void on(CaseAnsweredEvent event, @SequenceNumber long sequence) {
        update(event, sequence, CaseStatus.ANSWERED, entry -> {});
    }

    @EventHandler
    void on(CaseRatedEvent event, @SequenceNumber long sequence) {
        update(event, sequence, CaseStatus.RATED, entry -> {});
    }

    @EventHandler
    void on(CaseReopenedEvent event, @SequenceNumber long sequence) {
        update(event, sequence, CaseStatus.IN_PROGRESS, entry -> entry.holdBy(event.departmentCode(), event.dueDate()));
    }

    @EventHandler
    void on(CaseClosedEvent event, @SequenceNumber long sequence) {
        update(event, sequence, CaseStatus.CLOSED, entry -> {});
    }

    @EventHandler
    void on(CaseMergedIntoEvent event, @SequenceNumber long sequence) {
        update(event, sequence, CaseStatus.MERGED, entry -> {});
    }

    /** Every other case event (notes, refusals, supervision) still moves the version on. */
    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence) {
        update(event, sequence, null, entry -> {});
    }

    /** Ignores an event at or below the stored version, so a redelivery can never roll the entry back. */
    private void update(CaseEvent event, long sequence, CaseStatus status, Consumer<CaseRegistryEntry> change) {
        var entry = registry.findById(event.caseId())
                .orElseThrow(() -> new IllegalStateException("case " + event.caseId() + " was never filed"));
        if (sequence <= entry.version()) {
            return;
        }
        entry.record(sequence, event.context().occurredAt());
        if (status != null) {
            entry.moveTo(status);
        }
        change.accept(entry);
        registry.save(entry);
    }
}
