package org.onetrip.projections.agency;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.onetrip.agency.api.AgencyEvent;
import org.onetrip.agency.api.AgencyRequestCancelledEvent;
import org.onetrip.agency.api.AgencyRequestRegisteredEvent;
import org.onetrip.agency.api.AgencyResultHandedBackEvent;
import org.onetrip.agency.api.AgencyStatus;
import org.onetrip.agency.api.AgencyStepRecordedEvent;
import org.onetrip.agency.api.AgentAssignedEvent;
import org.onetrip.agency.api.MaterialsHandedOverEvent;
import org.onetrip.projections.support.BulkWriter;
import org.onetrip.projections.support.ProjectionIndex;
import org.onetrip.projections.support.SearchUnavailableException;

/**
 * Builds the centre's list of agency requests from events only; idempotent by external version
 * (sequence + 1), and a request's first event starts a fresh document.
 */
@ProcessingGroup(AgencyProjection.PROCESSING_GROUP)
public class AgencyProjection {

    public static final String PROCESSING_GROUP = "agency";
    private static final int REMEMBERED = 10_000;

    private final ElasticsearchClient client;
    private final ProjectionIndex index;
    private final BulkWriter writer;
    private final Map<String, AgencyDocument> recent =
            Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, AgencyDocument> eldest) {
                    return size() > REMEMBERED;
                }
            });
    private final Map<String, Long> versions = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > REMEMBERED;
        }
    });

    public AgencyProjection(ElasticsearchClient client, ProjectionIndex index) {
        this.client = client;
        this.index = index;
        this.writer = new BulkWriter(client, this::forget);
    }

    @EventHandler
    void on(AgencyEvent event, @SequenceNumber long sequence) {
        var doc = recent.computeIfAbsent(event.requestId(), id -> sequence == 0 ? new AgencyDocument() : load(id));
        var seen = versions.get(event.requestId());
        if (seen != null && seen >= sequence) {
            return;
        }
        versions.put(event.requestId(), sequence);
        if (event instanceof AgencyRequestRegisteredEvent registered) {
            doc.requestId = registered.requestId();
            doc.itemCode = registered.item().code();
            doc.itemName = registered.item().name();
            doc.departmentCode = registered.item().departmentCode();
            doc.beneficiary = registered.beneficiary().name();
            doc.villageCode = registered.villageCode();
            doc.channel = registered.context().channel().name();
            doc.status = AgencyStatus.REGISTERED.name();
            doc.open = true;
            doc.dueDate = registered.deadline().dueDate();
            doc.registeredAt = registered.context().occurredAt();
        } else if (event instanceof AgentAssignedEvent assigned) {
            doc.status = AgencyStatus.AGENT_ASSIGNED.name();
            doc.agentPersonId = assigned.agentPersonId();
            doc.agentDepartmentCode = assigned.agentDepartmentCode();
        } else if (event instanceof MaterialsHandedOverEvent) {
            doc.status = AgencyStatus.IN_PROGRESS.name();
        } else if (event instanceof AgencyStepRecordedEvent) {
            doc.steps++;
        } else if (event instanceof AgencyResultHandedBackEvent back) {
            doc.status = AgencyStatus.HANDED_BACK.name();
            doc.open = false;
            doc.result = back.result().name();
            doc.onTime = back.onTime();
            doc.handedBackAt = back.context().occurredAt();
        } else if (event instanceof AgencyRequestCancelledEvent) {
            doc.status = AgencyStatus.CANCELLED.name();
            doc.open = false;
        }
        writer.index(index.writeAlias(), event.requestId(), sequence + 1, doc);
    }

    @ResetHandler
    void reset() {
        forget();
    }

    public ProjectionIndex index() {
        return index;
    }

    private void forget() {
        recent.clear();
        versions.clear();
    }

    private AgencyDocument load(String requestId) {
        try {
            var found = client.get(g -> g.index(index.writeAlias()).id(requestId), AgencyDocument.class);
            if (found.found() && found.source() != null) {
                versions.put(requestId, found.version() == null ? -1 : found.version() - 1);
                return found.source();
            }
            return new AgencyDocument();
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot read agency request " + requestId + " back", e);
        }
    }
}
