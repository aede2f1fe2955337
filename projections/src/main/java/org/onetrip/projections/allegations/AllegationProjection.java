package org.onetrip.projections.allegations;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.onetrip.cases.api.AllegationReviewedEvent;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.ConflictOfInterest;
import org.onetrip.cases.api.ConflictOfInterestDecidedEvent;
import org.onetrip.cases.api.ConflictOfInterestDecisionRequestedEvent;
import org.onetrip.cases.api.SupervisionConcludedEvent;
import org.onetrip.cases.api.SupervisionOpenedEvent;
import org.onetrip.projections.support.BulkWriter;
import org.onetrip.projections.support.ProjectionIndex;
import org.onetrip.projections.support.SearchUnavailableException;

/**
 * The discipline office's queue (纪委办), built from case events only. A complaint in a category that
 * accuses staff (推诿扯皮, 违规办理, 服务态度) enters at its filing; so does every complaint or report that
 * names a department, which shows in the queue once the desk asks for a conflict-of-interest decision
 * or the office decides one. Supervision and reviews follow. Writes carry the case's sequence + 1 as
 * external version, so a redelivery or replay never duplicates or rolls back a document.
 */
@ProcessingGroup(AllegationProjection.PROCESSING_GROUP)
public class AllegationProjection {

    public static final String PROCESSING_GROUP = "allegations";
    private static final int REMEMBERED = 5_000;
    private static final AllegationDocument NOT_TRACKED = new AllegationDocument();

    private final ElasticsearchClient client;
    private final ProjectionIndex index;
    private final BulkWriter writer;
    private final Map<String, AllegationDocument> recent =
            Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, AllegationDocument> eldest) {
                    return size() > REMEMBERED;
                }
            });

    public AllegationProjection(ElasticsearchClient client, ProjectionIndex index) {
        this.client = client;
        this.index = index;
        this.writer = new BulkWriter(client, recent::clear);
    }

    public ProjectionIndex index() {
        return index;
    }

    @ResetHandler
    void reset() {
        recent.clear();
    }

    @EventHandler
    void on(CaseFiledEvent event, @SequenceNumber long sequence) {
        boolean accuses = event.category() != null && event.category().accusesStaff();
        if (!accuses && !ConflictOfInterest.applies(event.kind(), event.category(), event.concernedDepartmentCode())) {
            recent.put(event.caseId(), NOT_TRACKED);
            return;
        }
        var doc = new AllegationDocument();
        recent.put(event.caseId(), doc);
        fold(doc, event, sequence, d -> {
            d.caseId = event.caseId();
            d.kind = event.kind();
            d.category = event.category();
            d.channel = event.context().channel();
            d.title = event.title();
            d.description = event.description();
            d.concernedDepartmentCode = event.concernedDepartmentCode();
            d.accusesStaff = accuses;
            d.filedAt = event.context().occurredAt();
        });
    }

    @EventHandler
    void on(SupervisionOpenedEvent event, @SequenceNumber long sequence) {
        fold(tracked(event), event, sequence, d -> {
            d.supervisionOpen = true;
            d.supervisionOpenedAt = event.context().occurredAt();
        });
    }

    @EventHandler
    void on(SupervisionConcludedEvent event, @SequenceNumber long sequence) {
        fold(tracked(event), event, sequence, d -> {
            d.supervisionOpen = false;
            d.supervisionConcludedAt = event.context().occurredAt();
        });
    }

    @EventHandler
    void on(AllegationReviewedEvent event, @SequenceNumber long sequence) {
        fold(
                tracked(event),
                event,
                sequence,
                d -> d.reviews.add(new AllegationDocument.Review(
                        event.context().occurredAt(), event.context().actor().personId(), event.finding())));
    }

    @EventHandler
    void on(ConflictOfInterestDecisionRequestedEvent event, @SequenceNumber long sequence) {
        fold(tracked(event), event, sequence, d -> {
            d.decisionRequestedAt = event.context().occurredAt();
            d.decisionRequestReason = event.reason();
            d.decisionPending = true;
        });
    }

    @EventHandler
    void on(ConflictOfInterestDecidedEvent event, @SequenceNumber long sequence) {
        fold(tracked(event), event, sequence, d -> {
            d.decisionPending = false;
            d.permitted = event.permitted();
            d.decisionReason = event.reason();
            d.decidedAt = event.context().occurredAt();
        });
    }

    private AllegationDocument tracked(CaseEvent event) {
        return recent.computeIfAbsent(event.caseId(), this::load);
    }

    private void fold(AllegationDocument doc, CaseEvent event, long sequence, Consumer<AllegationDocument> change) {
        if (doc == NOT_TRACKED || doc.sequence >= sequence || (sequence > 0 && doc.caseId == null)) {
            return;
        }
        change.accept(doc);
        doc.requeue();
        doc.sequence = sequence;
        doc.lastChangedAt = event.context().occurredAt();
        writer.index(index.writeAlias(), doc.caseId, sequence + 1, doc);
    }

    private AllegationDocument load(String caseId) {
        try {
            var found = client.get(g -> g.index(index.writeAlias()).id(caseId), AllegationDocument.class);
            return found.found() && found.source() != null ? found.source() : NOT_TRACKED;
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot read allegation " + caseId + " back from the index", e);
        }
    }
}
