package org.onetrip.projections.support;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.onetrip.shared.processing.UnmeteredProcessors;

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

    /**
     * A feature's projection registered the way every projection runs: reading the event store directly, its
     * failures propagated so that the processor retries the batch instead of skipping it.
     */
    public static ConfigurerModule module(String group, int segments, int batchSize, Duration claimInterval) {
        var configuration = tracking(segments, batchSize, claimInterval);
        return configurer -> configurer.eventProcessing(
                processing -> register(processing, group, Configuration::eventStore, configuration));
    }

    /**
     * Registers a projection's processor reading from {@code source}: its failures propagate, so that the processor
     * retries the batch instead of skipping it, and it has no per-event metrics (how far each projection is behind is
     * {@code onetrip.projection.lag.*}, see {@link ProjectionMetrics}).
     */
    public static void register(
            EventProcessingConfigurer processing,
            String group,
            Function<Configuration, StreamableMessageSource<TrackedEventMessage<?>>> source,
            TrackingEventProcessorConfiguration configuration) {
        processing
                .registerTrackingEventProcessor(group, source, c -> configuration)
                .registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance());
        UnmeteredProcessors.withoutEventMetrics(processing, group);
    }
}
