package org.onetrip.cases.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseState;
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

    /** Every later event moves the version on; status, department and due date follow {@link CaseState#step}. */
    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence) {
        var entry = registry.findById(event.caseId())
                .orElseThrow(() -> new IllegalStateException("case " + event.caseId() + " was never filed"));
        if (sequence <= entry.version()) {
            return;
        }
        entry.record(sequence, event.context().occurredAt());
        entry.follow(entry.state().step(event));
        registry.save(entry);
    }
}
