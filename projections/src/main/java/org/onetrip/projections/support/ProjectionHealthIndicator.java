package org.onetrip.projections.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Whether the projections keep up (health contributor {@code projections}, part of readiness): down when a segment
 * this instance processes is failing, or when a projection is more than {@code onetrip.health.max-projection-lag}
 * events behind the store (all instances together) without a rebuild under way, as after a start that has a long
 * catch-up ahead. A rebuild does not count: searches keep answering from the previous generation meanwhile.
 */
public class ProjectionHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;
    private final List<String> groups;
    private final ProjectionLag lag;
    private final ProjectionReplayer replayer;
    private final long maxLag;

    public ProjectionHealthIndicator(
            EventProcessingConfiguration processing,
            List<String> groups,
            ProjectionLag lag,
            ProjectionReplayer replayer,
            long maxLag) {
        super("the projections' state could not be read");
        this.processing = processing;
        this.groups = List.copyOf(groups);
        this.lag = lag;
        this.replayer = replayer;
        this.maxLag = maxLag;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        var lags = lag.current();
        boolean up = true;
        Map<String, Object> details = new LinkedHashMap<>();
        for (var group : groups) {
            var processor = processing
                    .eventProcessor(group, StreamingEventProcessor.class)
                    .orElseThrow();
            var failing = processor.processingStatus().values().stream()
                    .filter(s -> s.isErrorState())
                    .map(s -> s.getSegment().getSegmentId())
                    .toList();
            var behind = lags.getOrDefault(group, new ProjectionLag.Lag(0, 0, 0));
            boolean rebuilding = !replayer.status(group).finished();
            boolean ok = failing.isEmpty() && (rebuilding || behind.events() <= maxLag);
            up &= ok;
            var detail = new LinkedHashMap<String, Object>();
            detail.put("status", ok ? "UP" : "DOWN");
            detail.put("lagEvents", behind.events());
            detail.put("lagSeconds", behind.seconds());
            detail.put("rebuilding", rebuilding);
            detail.put("failingSegmentsHere", failing);
            details.put(group, detail);
        }
        (up ? health.up() : health.down()).withDetails(details);
    }
}
