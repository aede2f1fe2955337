package org.onetrip.cases.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.onetrip.cases.api.CaseCountsResponse;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseRefResponse;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.cases.api.FindCaseCountsQuery;
import org.onetrip.cases.api.FindCaseRefQuery;
import org.onetrip.cases.api.FindCaseTimelineQuery;
import org.onetrip.cases.api.FindPublicCaseQuery;
import org.onetrip.cases.api.PublicCaseResponse;
import org.onetrip.cases.api.ReceiptCode;
import org.springframework.stereotype.Component;

/** Answers case questions straight from the event store, so what it shows is the record itself. */
@Component
public class CaseTimelineQueries {

    private final EventStore eventStore;
    private final CaseRegistryRepository registry;
    private final ObjectMapper objectMapper;

    public CaseTimelineQueries(EventStore eventStore, CaseRegistryRepository registry, ObjectMapper objectMapper) {
        this.eventStore = eventStore;
        this.registry = registry;
        this.objectMapper = objectMapper;
    }

    @QueryHandler
    public Optional<CaseRefResponse> handle(FindCaseRefQuery query) {
        var found = query.caseId() != null
                ? registry.findById(query.caseId())
                : ReceiptCode.parse(query.receiptCode()).flatMap(code -> registry.findByReceiptCode(code.value()));
        return found.map(
                entry -> new CaseRefResponse(entry.caseId(), entry.receiptCode(), entry.status(), entry.version()));
    }

    @QueryHandler
    public Optional<PublicCaseResponse> handle(FindPublicCaseQuery query) {
        return handle(FindCaseRefQuery.byReceiptCode(query.receiptCode()))
                .map(ref -> PublicCaseView.of(caseEvents(ref.caseId())));
    }

    @QueryHandler
    public Optional<CaseTimelineResponse> handle(FindCaseTimelineQuery query) {
        if (query.caseId() == null) {
            return Optional.empty();
        }
        var messages = domainEvents(query.caseId());
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        var entries = new ArrayList<CaseTimelineResponse.Entry>();
        String receiptCode = null;
        boolean erased = ContactWithholding.erased(
                messages.stream().map(m -> (CaseEvent) m.getPayload()).toList());
        for (var message : messages) {
            var event = (CaseEvent) message.getPayload();
            if (event instanceof CaseFiledEvent filed) {
                receiptCode = filed.receiptCode();
            }
            entries.add(new CaseTimelineResponse.Entry(
                    message.getSequenceNumber(),
                    event.context().eventId(),
                    message.getPayloadType().getSimpleName(),
                    message.getTimestamp(),
                    ContactWithholding.payload(event, erased, objectMapper)));
        }
        var status = PublicCaseView.of(
                        messages.stream().map(m -> (CaseEvent) m.getPayload()).toList())
                .status();
        return Optional.of(new CaseTimelineResponse(
                query.caseId(),
                receiptCode,
                status,
                messages.get(messages.size() - 1).getSequenceNumber(),
                entries));
    }

    @QueryHandler
    public CaseCountsResponse handle(FindCaseCountsQuery query) {
        var byStatus = new EnumMap<CaseStatus, Long>(CaseStatus.class);
        long total = 0;
        for (var row : registry.countByStatus()) {
            byStatus.put(row.getStatus(), row.getCount());
            total += row.getCount();
        }
        return new CaseCountsResponse(total, byStatus);
    }

    private List<CaseEvent> caseEvents(String caseId) {
        return domainEvents(caseId).stream()
                .map(m -> (CaseEvent) m.getPayload())
                .toList();
    }

    private List<? extends DomainEventMessage<?>> domainEvents(String caseId) {
        return eventStore.readEvents(caseId).asStream().toList();
    }
}
