package org.onetrip.grid.query;

import java.util.ArrayList;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.onetrip.grid.api.FindGridVisitNormsQuery;
import org.onetrip.grid.api.GridVisitNormSetEvent;
import org.onetrip.grid.api.GridVisitNorms;
import org.onetrip.grid.api.GridVisitNormsResponse;
import org.springframework.stereotype.Component;

/** The norm's history straight from its own few events, so it is never stale. */
@Component
public class GridVisitNormQueries {

    private final EventStore events;

    public GridVisitNormQueries(EventStore events) {
        this.events = events;
    }

    @QueryHandler
    public GridVisitNormsResponse handle(FindGridVisitNormsQuery query) {
        var norms = new ArrayList<GridVisitNormsResponse.Entry>();
        events.readEvents(GridVisitNorms.ID).asStream().forEach(message -> {
            if (message.getPayload() instanceof GridVisitNormSetEvent set) {
                norms.add(new GridVisitNormsResponse.Entry(
                        set.visitsPerCadrePerMonth(),
                        set.effectiveFrom(),
                        set.context().occurredAt(),
                        set.context().actor().personId(),
                        set.reason()));
            }
        });
        return new GridVisitNormsResponse(norms);
    }
}
