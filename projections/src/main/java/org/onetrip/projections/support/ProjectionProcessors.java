package org.onetrip.projections.support;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;

/**
 * How every projection's tracking processor runs, the read side's own and those the features contribute: {@code
 * segments} segments with as many worker threads, so that one instance can process every segment when the others
 * are gone, and the rebuild (which re-divides a processor into this count) and the segment balancer see the same
 * count everywhere.
 */
public final class ProjectionProcessors {

    private ProjectionProcessors() {}

    public static TrackingEventProcessorConfiguration tracking(int segments, int batchSize, Duration claimInterval) {
        if (segments < 1) {
            throw new IllegalArgumentException("onetrip.projections.segments must be at least 1, was " + segments);
        }
        return TrackingEventProcessorConfiguration.forParallelProcessing(segments)
                .andInitialSegmentsCount(segments)
                .andBatchSize(batchSize)
                .andTokenClaimInterval(claimInterval.toMillis(), TimeUnit.MILLISECONDS);
    }
}
