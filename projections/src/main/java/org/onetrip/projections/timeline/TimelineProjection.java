package org.onetrip.projections.timeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.projections.support.BulkWriter;
import org.onetrip.projections.support.ProjectionIndex;

/** One document per case event, id = event id, for audit queries across cases. */
@ProcessingGroup(TimelineProjection.PROCESSING_GROUP)
public class TimelineProjection {

    public static final String PROCESSING_GROUP = "case-timeline";

    private final ProjectionIndex index;
    private final BulkWriter writer;

    public TimelineProjection(ElasticsearchClient client, ProjectionIndex index) {
        this.index = index;
        this.writer = new BulkWriter(client, () -> {});
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence) {
        var entry = TimelineEntries.of(event, sequence);
        writer.index(index.writeAlias(), entry.eventId(), sequence + 1, entry);
    }

    public ProjectionIndex index() {
        return index;
    }
}
