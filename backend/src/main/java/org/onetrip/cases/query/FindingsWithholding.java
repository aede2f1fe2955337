package org.onetrip.cases.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.onetrip.cases.api.AccountabilityRecordedEvent;
import org.onetrip.cases.api.AllegationReviewedEvent;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.cases.api.DisciplineFindings;
import org.onetrip.shared.api.Actor;

/**
 * The staff timeline's and the case pages' side of {@link DisciplineFindings}: for a reader who does not read the
 * findings, a review or an accountability measure keeps its department and measure, not the person or the findings.
 */
public final class FindingsWithholding {

    private FindingsWithholding() {}

    /** The event as {@code reader} may read it. */
    public static CaseEvent event(CaseEvent event, Actor reader) {
        if (DisciplineFindings.readBy(reader)) {
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
        if (DisciplineFindings.readBy(reader)
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
