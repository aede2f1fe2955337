package org.onetrip.cases.query;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.ConflictOfInterest;
import org.onetrip.cases.api.ConflictOfInterestDecidedEvent;
import org.onetrip.cases.api.ConflictOfInterestDecisionRequestedEvent;
import org.onetrip.cases.api.ConflictOfInterestStatus;
import org.onetrip.cases.api.FindConflictOfInterestQuery;
import org.springframework.stereotype.Component;

/**
 * The case's conflict-of-interest standing straight from its events, so the desk is warned by exactly
 * what the case will check, without waiting for the search index.
 */
@Component
public class ConflictOfInterestQueries {

    private final EventStore eventStore;

    public ConflictOfInterestQueries(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    public Optional<ConflictOfInterestStatus> handle(FindConflictOfInterestQuery query) {
        if (query.caseId() == null || query.caseId().isBlank() || query.caseId().length() > 64) {
            return Optional.empty();
        }
        var status = new ConflictOfInterestStatus[1];
        eventStore.readEvents(query.caseId()).asStream().forEach(message -> {
            var event = message.getPayload();
            var current = status[0];
            if (event instanceof CaseFiledEvent filed) {
                status[0] = new ConflictOfInterestStatus(
                        filed.caseId(),
                        filed.kind(),
                        ConflictOfInterest.applies(filed.kind(), filed.category(), filed.concernedDepartmentCode())
                                ? filed.concernedDepartmentCode()
                                : null,
                        false,
                        null,
                        null,
                        null);
            } else if (current != null && event instanceof ConflictOfInterestDecisionRequestedEvent) {
                status[0] = new ConflictOfInterestStatus(
                        current.caseId(),
                        current.kind(),
                        current.concernedDepartmentCode(),
                        true,
                        current.permitted(),
                        current.decisionReason(),
                        current.decidedAt());
            } else if (current != null && event instanceof ConflictOfInterestDecidedEvent decided) {
                status[0] = new ConflictOfInterestStatus(
                        current.caseId(),
                        current.kind(),
                        current.concernedDepartmentCode(),
                        false,
                        decided.permitted(),
                        decided.reason(),
                        decided.context().occurredAt());
            }
        });
        return Optional.ofNullable(status[0]);
    }
}
