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
import org.onetrip.cases.api.CaseState;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.CaseStory;
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
        if (query.caseId() != null) {
            return registry.findById(query.caseId()).map(entry -> ref(entry, null));
        }
        return ReceiptCode.parse(query.receiptCode())
                .flatMap(code -> registry.findByReceiptCode(code).map(entry -> ref(entry, code.value())));
    }

    private static CaseRefResponse ref(CaseRegistryEntry entry, String receiptCode) {
        return new CaseRefResponse(entry.caseId(), receiptCode, entry.status(), entry.version());
    }

    @QueryHandler
    public Optional<PublicCaseResponse> handle(FindPublicCaseQuery query) {
        return handle(FindCaseRefQuery.byReceiptCode(query.receiptCode()))
                .map(ref -> PublicCaseView.of(caseEvents(ref.caseId())));
    }

    @QueryHandler
    public Optional<CaseTimelineResponse> handle(FindCaseTimelineQuery query) {
        return staffTimeline(query.caseId()).map(StaffTimeline::timeline);
    }

    /** A case's staff timeline and the state its events leave it in, from one read of its stream. */
    public record StaffTimeline(CaseState state, CaseTimelineResponse timeline) {}

    /** Empty when there is no such case. */
    public Optional<StaffTimeline> staffTimeline(String caseId) {
        if (caseId == null) {
            return Optional.empty();
        }
        var messages = storedEvents(caseId);
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        var events = messages.stream().map(m -> (CaseEvent) m.getPayload()).toList();
        var state = CaseState.of(events);
        var entries = new ArrayList<CaseTimelineResponse.Entry>();
        for (var message : messages) {
            var event = (CaseEvent) message.getPayload();
            entries.add(new CaseTimelineResponse.Entry(
                    message.getSequenceNumber(),
                    event.context().eventId(),
                    message.getPayloadType().getSimpleName(),
                    message.getTimestamp(),
                    ContactWithholding.payload(event, state.contactErased(), objectMapper)));
        }
        return Optional.of(new StaffTimeline(
                state,
                new CaseTimelineResponse(
                        caseId,
                        ReceiptCode.masked(state.receiptCode()),
                        state.status(),
                        messages.get(messages.size() - 1).getSequenceNumber(),
                        entries)));
    }

    /** A case's story for staff case pages, from one read of its stream; empty when there is no such case. */
    public Optional<CaseStory> story(String caseId) {
        if (caseId == null) {
            return Optional.empty();
        }
        var messages = storedEvents(caseId);
        if (messages.isEmpty() || !(messages.get(0).getPayload() instanceof CaseFiledEvent filed)) {
            return Optional.empty();
        }
        var state = CaseState.of(
                messages.stream().map(m -> (CaseEvent) m.getPayload()).toList());
        var entries = messages.stream()
                .map(m -> new CaseStory.Entry(
                        m.getSequenceNumber(), m.getTimestamp(), ContactWithholding.event((CaseEvent) m.getPayload())))
                .toList();
        return Optional.of(new CaseStory(
                state,
                new CaseStory.Filing(
                        filed.kind(),
                        filed.category(),
                        filed.title(),
                        filed.description(),
                        filed.serviceItemCode(),
                        filed.concernedDepartmentCode(),
                        filed.complainant().anonymous(),
                        filed.context().channel(),
                        filed.context().occurredAt()),
                entries));
    }

    /** The case as its events leave it, straight from the event store; empty when there is no such case. */
    public Optional<CaseState> state(String caseId) {
        if (caseId == null) {
            return Optional.empty();
        }
        var state = CaseState.of(caseEvents(caseId));
        return state.exists() ? Optional.of(state) : Optional.empty();
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
        return storedEvents(caseId).stream()
                .map(m -> (CaseEvent) m.getPayload())
                .toList();
    }

    /**
     * A case's events as stored, hash-chain metadata included, from the first: a timeline is the whole stream,
     * and reading from 0 spares a look for a snapshot. Empty when there is no such case.
     */
    public List<? extends DomainEventMessage<?>> storedEvents(String caseId) {
        return eventStore.readEvents(caseId, 0).asStream().toList();
    }
}
