package org.onetrip.cases.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.onetrip.cases.api.AccountabilityRecordedEvent;
import org.onetrip.cases.api.AllegationReviewedEvent;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;

/**
 * What the discipline office found about staff (an allegation's review, the person held accountable and why) is
 * read by the office and the auditors only. The departments and the desk, who may read the case, see that a review
 * or an accountability measure was recorded, and for which department and measure, but not the person or the
 * findings: the department concerned may include the person concerned. One place for the staff timeline and the
 * case pages.
 */
public final class FindingsWithholding {

    private FindingsWithholding() {}

    public static boolean readsFindings(Actor reader) {
        return reader.role() == Role.DISCIPLINE || reader.role() == Role.AUDITOR;
    }

    /** The event as {@code reader} may read it. */
    public static CaseEvent event(CaseEvent event, Actor reader) {
        if (readsFindings(reader)) {
            return event;
        }
        if (event instanceof AllegationReviewedEvent e) {
            return new AllegationReviewedEvent(e.caseId(), e.context(), null);
        }
        if (event instanceof AccountabilityRecordedEvent e) {
            return new AccountabilityRecordedEvent(
                    e.caseId(), e.context(), e.departmentCode(), null, e.measure(), null);
        }
        return event;
    }

    /** A timeline entry as {@code reader} may read it: the withheld fields null, and said so. */
    public static CaseTimelineResponse.Entry entry(CaseTimelineResponse.Entry entry, Actor reader) {
        var type = entry.type();
        if (readsFindings(reader)
                || !(entry.payload() instanceof ObjectNode stored)
                || !(type.equals(AllegationReviewedEvent.class.getSimpleName())
                        || type.equals(AccountabilityRecordedEvent.class.getSimpleName()))) {
            return entry;
        }
        var payload = stored.deepCopy();
        for (var field : new String[] {"finding", "responsiblePerson", "findings"}) {
            if (payload.has(field)) {
                payload.putNull(field);
            }
        }
        payload.put("findingsWithheld", true);
        return new CaseTimelineResponse.Entry(entry.sequence(), entry.eventId(), type, entry.occurredAt(), payload);
    }
}
