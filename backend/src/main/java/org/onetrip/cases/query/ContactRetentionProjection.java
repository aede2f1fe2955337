package org.onetrip.cases.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.onetrip.cases.api.CaseClosedEvent;
import org.onetrip.cases.api.CaseDeclinedEvent;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseMergedIntoEvent;
import org.onetrip.cases.api.ComplainantContactErasedEvent;
import org.springframework.stereotype.Component;

/**
 * Which cases hold encrypted contact data and since when they are over, for the retention job.
 * Subscribing, so it commits with the events; cases filed before encryption are not listed.
 */
@Component
@ProcessingGroup(ContactRetentionProjection.PROCESSING_GROUP)
public class ContactRetentionProjection {

    public static final String PROCESSING_GROUP = "contact-retention";

    private final ContactRetentionRepository entries;

    public ContactRetentionProjection(ContactRetentionRepository entries) {
        this.entries = entries;
    }

    @EventHandler
    void on(CaseFiledEvent event) {
        if (event.complainant() != null && event.complainant().contact() != null) {
            entries.save(new ContactRetentionEntry(event.caseId()));
        }
    }

    @EventHandler
    void on(CaseClosedEvent event) {
        ended(event);
    }

    @EventHandler
    void on(CaseDeclinedEvent event) {
        ended(event);
    }

    @EventHandler
    void on(CaseMergedIntoEvent event) {
        ended(event);
    }

    @EventHandler
    void on(ComplainantContactErasedEvent event) {
        entries.findById(event.caseId()).ifPresent(entry -> {
            entry.erased(event.context().occurredAt());
            entries.save(entry);
        });
    }

    private void ended(CaseEvent event) {
        entries.findById(event.caseId()).ifPresent(entry -> {
            entry.end(event.context().occurredAt());
            entries.save(entry);
        });
    }
}
