package org.onetrip.agency.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.onetrip.agency.api.AgencyEvent;
import org.onetrip.agency.api.AgencyRequestCancelledEvent;
import org.onetrip.agency.api.AgencyRequestIds;
import org.onetrip.agency.api.AgencyRequestRegisteredEvent;
import org.onetrip.agency.api.AgencyRequestResponse;
import org.onetrip.agency.api.AgencyResult;
import org.onetrip.agency.api.AgencyResultHandedBackEvent;
import org.onetrip.agency.api.AgencyStatus;
import org.onetrip.agency.api.AgencyStepRecordedEvent;
import org.onetrip.agency.api.AgentAssignedEvent;
import org.onetrip.agency.api.FindAgencyRequestQuery;
import org.onetrip.agency.api.MaterialsHandedOverEvent;
import org.onetrip.agency.api.RequesterNotifiedEvent;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.cases.api.ReceiptCode;
import org.springframework.stereotype.Component;

/** Answers agency questions straight from the event store: what it shows is the record itself. */
@Component
public class AgencyQueries {

    private final EventStore eventStore;
    private final ObjectMapper json;

    public AgencyQueries(EventStore eventStore, ObjectMapper json) {
        this.eventStore = eventStore;
        this.json = json;
    }

    /** The citizen's view by tracking code: no staff person ids, no contact data. */
    @QueryHandler
    public Optional<AgencyRequestResponse> handle(FindAgencyRequestQuery query) {
        return ReceiptCode.parse(query.trackingCode())
                .flatMap(code -> fold(events(AgencyRequestIds.of(code)), code.grouped(), false));
    }

    /** The staff view by id: the tracking code left out. */
    public Optional<AgencyRequestResponse> byId(String requestId) {
        return fold(events(requestId), null, true);
    }

    /** Every stored event for staff, with the requester's contact and the tracking code withheld. */
    public Optional<CaseTimelineResponse> timeline(String requestId) {
        var messages = events(requestId);
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        var entries = new ArrayList<CaseTimelineResponse.Entry>();
        for (var message : messages) {
            var event = (AgencyEvent) message.getPayload();
            ObjectNode payload = json.valueToTree(event);
            if (event instanceof AgencyRequestRegisteredEvent) {
                payload.remove("trackingCode");
                payload.putObject("requester").put("withheld", true);
            }
            entries.add(new CaseTimelineResponse.Entry(
                    message.getSequenceNumber(),
                    event.context().eventId(),
                    message.getPayloadType().getSimpleName(),
                    message.getTimestamp(),
                    payload));
        }
        return Optional.of(new CaseTimelineResponse(
                requestId, null, null, messages.get(messages.size() - 1).getSequenceNumber(), entries));
    }

    private List<? extends DomainEventMessage<?>> events(String requestId) {
        if (requestId == null || requestId.length() > 64) {
            return List.of();
        }
        return eventStore.readEvents(requestId).asStream().toList();
    }

    static Optional<AgencyRequestResponse> fold(
            List<? extends DomainEventMessage<?>> messages, String trackingCode, boolean staff) {
        if (messages.isEmpty() || !(messages.get(0).getPayload() instanceof AgencyRequestRegisteredEvent registered)) {
            return Optional.empty();
        }
        var status = AgencyStatus.REGISTERED;
        String agent = null;
        String agentDepartment = null;
        var held = new ArrayList<String>();
        AgencyResult result = null;
        Boolean onTime = null;
        var history = new ArrayList<AgencyRequestResponse.Step>();
        for (var message : messages) {
            var event = (AgencyEvent) message.getPayload();
            var type = event.getClass().getSimpleName();
            var at = event.context().occurredAt();
            if (event instanceof AgencyRequestRegisteredEvent) {
                history.add(new AgencyRequestResponse.Step(type, at, null));
            } else if (event instanceof AgentAssignedEvent assigned) {
                status = AgencyStatus.AGENT_ASSIGNED;
                agent = assigned.agentPersonId();
                agentDepartment = assigned.agentDepartmentCode();
                history.add(new AgencyRequestResponse.Step(type, at, assigned.agentDepartmentCode()));
            } else if (event instanceof MaterialsHandedOverEvent handed) {
                status = AgencyStatus.IN_PROGRESS;
                held.addAll(handed.materials());
                history.add(new AgencyRequestResponse.Step(type, at, String.join("、", handed.materials())));
            } else if (event instanceof AgencyStepRecordedEvent step) {
                history.add(new AgencyRequestResponse.Step(type, at, step.step()));
            } else if (event instanceof AgencyResultHandedBackEvent back) {
                status = AgencyStatus.HANDED_BACK;
                held.clear();
                result = back.result();
                onTime = back.onTime();
                history.add(
                        new AgencyRequestResponse.Step(type, at, back.result().name()));
            } else if (event instanceof AgencyRequestCancelledEvent) {
                status = AgencyStatus.CANCELLED;
                history.add(new AgencyRequestResponse.Step(type, at, null));
            } else if (event instanceof RequesterNotifiedEvent notified) {
                history.add(new AgencyRequestResponse.Step(
                        type, at, notified.channel().name()));
            }
        }
        return Optional.of(new AgencyRequestResponse(
                registered.requestId(),
                trackingCode,
                status,
                registered.item(),
                registered.beneficiary(),
                registered.villageCode(),
                registered.context().channel(),
                registered.context().occurredAt(),
                registered.deadline().dueDate(),
                staff ? agent : null,
                agentDepartment,
                List.copyOf(held),
                result,
                onTime,
                messages.get(messages.size() - 1).getSequenceNumber(),
                List.copyOf(history)));
    }
}
