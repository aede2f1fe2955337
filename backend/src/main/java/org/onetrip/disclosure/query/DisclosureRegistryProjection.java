package org.onetrip.disclosure.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.onetrip.disclosure.api.BulletinPublishedEvent;
import org.onetrip.disclosure.api.DisclosureEvent;
import org.onetrip.disclosure.api.NoticeCorrectedEvent;
import org.onetrip.disclosure.api.NoticePublishedEvent;
import org.onetrip.disclosure.api.NoticeRetractedEvent;
import org.onetrip.disclosure.api.ServiceItemDraftCreatedEvent;
import org.onetrip.disclosure.api.ServiceItemDraftEditedEvent;
import org.onetrip.disclosure.api.ServiceItemPublishedEvent;
import org.onetrip.disclosure.api.ServiceItemRevisedEvent;
import org.onetrip.disclosure.api.ServiceItemStatus;
import org.onetrip.disclosure.api.ServiceItemWithdrawnEvent;
import org.onetrip.disclosure.query.DisclosureEntry.Type;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(DisclosureRegistryProjection.PROCESSING_GROUP)
public class DisclosureRegistryProjection {

    public static final String PROCESSING_GROUP = "disclosure-registry";

    private final DisclosureRegistryRepository registry;

    public DisclosureRegistryProjection(DisclosureRegistryRepository registry) {
        this.registry = registry;
    }

    @EventHandler
    void on(ServiceItemDraftCreatedEvent event, @SequenceNumber long sequence) {
        create(
                event,
                sequence,
                Type.SERVICE_ITEM,
                ServiceItemStatus.DRAFT.name(),
                event.content().name());
    }

    @EventHandler
    void on(ServiceItemDraftEditedEvent event, @SequenceNumber long sequence) {
        update(event, sequence, null, event.content().name());
    }

    @EventHandler
    void on(ServiceItemPublishedEvent event, @SequenceNumber long sequence) {
        var entry = update(
                event,
                sequence,
                ServiceItemStatus.PUBLISHED.name(),
                event.content().name());
        if (entry != null) {
            entry.batch(event.batchId());
        }
        if (!registry.existsById(event.batchId())) {
            var batch = new DisclosureEntry(
                    event.batchId(),
                    Type.BATCH,
                    "PUBLISHED",
                    event.batchName(),
                    event.context().occurredAt());
            batch.uniqueKey(DisclosureRegistryRepository.batchKey(event.batchName()));
            batch.record(0, event.context().occurredAt());
            registry.saveAndFlush(batch);
        }
    }

    @EventHandler
    void on(ServiceItemRevisedEvent event, @SequenceNumber long sequence) {
        update(event, sequence, null, event.content().name());
    }

    @EventHandler
    void on(ServiceItemWithdrawnEvent event, @SequenceNumber long sequence) {
        update(event, sequence, ServiceItemStatus.WITHDRAWN.name(), null);
    }

    @EventHandler
    void on(NoticePublishedEvent event, @SequenceNumber long sequence) {
        create(event, sequence, Type.NOTICE, "PUBLISHED", event.title());
    }

    @EventHandler
    void on(NoticeCorrectedEvent event, @SequenceNumber long sequence) {
        update(event, sequence, "CORRECTED", event.title());
    }

    @EventHandler
    void on(NoticeRetractedEvent event, @SequenceNumber long sequence) {
        update(event, sequence, "RETRACTED", null);
    }

    @EventHandler
    void on(BulletinPublishedEvent event, @SequenceNumber long sequence) {
        create(event, sequence, Type.BULLETIN, "PUBLISHED", event.title());
    }

    /** Refusals and anything else still move the version on, so If-Match keeps working. */
    @EventHandler
    void on(DisclosureEvent event, @SequenceNumber long sequence) {
        update(event, sequence, null, null);
    }

    private void create(DisclosureEvent event, long sequence, Type type, String status, String title) {
        var entry = registry.findById(event.disclosureId())
                .orElseGet(() -> new DisclosureEntry(
                        event.disclosureId(),
                        type,
                        status,
                        title,
                        event.context().occurredAt()));
        entry.record(sequence, event.context().occurredAt());
        registry.save(entry);
    }

    /** Ignores an event at or below the stored version, so a redelivery can never roll the entry back. */
    private DisclosureEntry update(DisclosureEvent event, long sequence, String status, String title) {
        var entry = registry.findById(event.disclosureId())
                .orElseThrow(() -> new IllegalStateException(event.disclosureId() + " was never created"));
        if (sequence <= entry.version()) {
            return null;
        }
        entry.record(sequence, event.context().occurredAt());
        entry.change(status, title);
        return registry.save(entry);
    }
}
