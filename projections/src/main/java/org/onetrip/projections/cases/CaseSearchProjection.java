package org.onetrip.projections.cases;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.projections.support.BulkWriter;
import org.onetrip.projections.support.ProjectionIndex;
import org.onetrip.projections.support.SearchUnavailableException;

/**
 * Builds the staff case index (with buck-passing flags) and the public handling-results index.
 * Folding needs the previous document: recently written ones are kept in memory, the rest are read
 * back from the index this projection alone writes to (see {@link #document} for a remembered one that another
 * instance may have moved on since). A case's first event (sequence 0) starts a new
 * document without asking the index: events arrive in order, so after a redelivery or replay that starts
 * again at a case's first event, all its later events follow and the fold ends where it ended before
 * (writes of older versions meanwhile are refused by their external version). A rebuild thus reads
 * nothing back.
 */
@ProcessingGroup(CaseSearchProjection.PROCESSING_GROUP)
public class CaseSearchProjection {

    public static final String PROCESSING_GROUP = "case-search";
    private static final int REMEMBERED_CASES = 20_000;

    private final ElasticsearchClient client;
    private final ProjectionIndex staffIndex;
    private final ProjectionIndex publicIndex;
    private final CaseDocumentFolder folder;
    private final BulkWriter writer;
    private final Map<String, CaseDocument> recent =
            Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, CaseDocument> eldest) {
                    return size() > REMEMBERED_CASES;
                }
            });

    public CaseSearchProjection(
            ElasticsearchClient client,
            ProjectionIndex staffIndex,
            ProjectionIndex publicIndex,
            CaseDocumentFolder folder) {
        this.client = client;
        this.staffIndex = staffIndex;
        this.publicIndex = publicIndex;
        this.folder = folder;
        // a failed batch may have folded events into remembered documents that never reached the index
        this.writer = new BulkWriter(client, recent::clear);
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence) {
        var doc = document(event.caseId(), sequence);
        if (!folder.fold(doc, event, sequence)) {
            return;
        }
        long version = sequence + 1;
        // both made when sent, from the document as it is then: the write of a later event of the case replaces
        // them before that, and then carries that event's version
        writer.index(staffIndex.writeAlias(), doc.caseId, version, () -> folder.withFindings(doc));
        if (doc.caseId != null && doc.inPublicIndex()) {
            writer.index(publicIndex.writeAlias(), doc.publicId(), version, doc::toPublic);
        }
    }

    @ResetHandler
    void reset() {
        recent.clear();
    }

    public ProjectionIndex staffIndex() {
        return staffIndex;
    }

    public ProjectionIndex publicIndex() {
        return publicIndex;
    }

    /**
     * The document to fold the event at {@code sequence} into. A remembered document that ends right before it is
     * current. One that does not may be stale: the case's segment may have been processed by another instance in the
     * meantime (instances share a processor's segments and hand them over), so the index is asked, and whichever of
     * the two is further along wins; the remembered one wins while its writes are still in this batch.
     */
    private CaseDocument document(String caseId, long sequence) {
        if (sequence == 0) {
            var fresh = new CaseDocument();
            recent.put(caseId, fresh);
            return fresh;
        }
        var remembered = recent.get(caseId);
        if (remembered != null && remembered.version == sequence - 1) {
            return remembered;
        }
        var stored = load(caseId);
        var current = remembered != null && remembered.version >= stored.version ? remembered : stored;
        recent.put(caseId, current);
        return current;
    }

    private CaseDocument load(String caseId) {
        try {
            var found = client.get(g -> g.index(staffIndex.writeAlias()).id(caseId), CaseDocument.class);
            return found.found() && found.source() != null ? found.source() : new CaseDocument();
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot read case " + caseId + " back from the index", e);
        }
    }
}
