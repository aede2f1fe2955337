package org.onetrip.audit.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.onetrip.audit.api.CaseAsOfResponse;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseState;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.cases.query.ContactWithholding;
import org.onetrip.cases.query.PublicCaseView;
import org.springframework.stereotype.Component;

/**
 * Replays a case's events up to an instant, straight from the event store, with the same step function as
 * the case itself ({@link CaseState#step}); the auditor's screen and the audit API both read it.
 */
@Component
public class CaseAsOf {

    private final EventStore eventStore;
    private final ObjectMapper objectMapper;

    public CaseAsOf(EventStore eventStore, ObjectMapper objectMapper) {
        this.eventStore = eventStore;
        this.objectMapper = objectMapper;
    }

    /** Empty when there is no such case; a case not yet filed at {@code at} answers with no events. */
    public Optional<CaseAsOfResponse> at(String caseId, Instant at) {
        var all = eventStore.readEvents(caseId).asStream().toList();
        if (all.isEmpty() || !(all.get(0).getPayload() instanceof CaseEvent)) {
            return Optional.empty();
        }
        var upToThen = all.stream()
                .takeWhile(message -> !message.getTimestamp().isAfter(at))
                .toList();
        var events = upToThen.stream()
                .map(message -> (CaseEvent) message.getPayload())
                .toList();
        // an auditor reads the case, not the filer's key: the code is masked here as on the staff timeline
        var state = CaseState.of(events).withReceiptCodeMasked();
        var entries = new ArrayList<CaseTimelineResponse.Entry>();
        long version = -1;
        for (var message : upToThen) {
            var event = (CaseEvent) message.getPayload();
            version = message.getSequenceNumber();
            entries.add(new CaseTimelineResponse.Entry(
                    message.getSequenceNumber(),
                    event.context().eventId(),
                    message.getPayloadType().getSimpleName(),
                    message.getTimestamp(),
                    ContactWithholding.payload(event, state.contactErased(), objectMapper)));
        }
        if (events.isEmpty()) {
            return Optional.of(new CaseAsOfResponse(caseId, at, -1, null, null, state, List.of()));
        }
        var page = PublicCaseView.of(events).withReceiptCodeMasked();
        return Optional.of(new CaseAsOfResponse(caseId, at, version, state.status(), page, state, entries));
    }
}
