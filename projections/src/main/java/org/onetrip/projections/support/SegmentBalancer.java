package org.onetrip.projections.support;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shares each projection's segments among the live instances. Axon's tracking processors claim whatever segment is
 * free, so the first instance to start would keep all of them; every few seconds each instance compares how many it
 * holds with its fair share (segments divided by live instances, rounded up) and releases the surplus for a while,
 * during which an instance holding fewer claims it. An instance that dies stops renewing its claims; once they are
 * older than the claim timeout the others claim its segments (they keep a worker thread per segment for that).
 */
public class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final List<String> groups;
    private final ProjectionTokens tokens;
    private final String instanceId;
    private final IntSupplier liveInstances;
    private final Duration releaseFor;

    public SegmentBalancer(
            EventProcessingConfiguration processing,
            List<String> groups,
            ProjectionTokens tokens,
            String instanceId,
            IntSupplier liveInstances,
            Duration releaseFor) {
        this.processing = processing;
        this.groups = List.copyOf(groups);
        this.tokens = tokens;
        this.instanceId = instanceId;
        this.liveInstances = liveInstances;
        this.releaseFor = releaseFor;
    }

    public void balance() {
        int instances = Math.max(1, liveInstances.getAsInt());
        for (var group : groups) {
            try {
                balance(group, instances);
            } catch (RuntimeException e) {
                log.debug("Could not balance the segments of {}: {}", group, e.toString());
            }
        }
    }

    private void balance(String group, int instances) {
        var processor =
                processing.eventProcessor(group, StreamingEventProcessor.class).orElse(null);
        if (processor == null || !processor.isRunning() || instances == 1) {
            return;
        }
        var segments = tokens.segments(group);
        int fairShare = (segments.size() + instances - 1) / instances;
        var mine = segments.stream()
                .filter(s -> instanceId.equals(s.owner()))
                .map(ProjectionTokens.StoredSegment::segment)
                .sorted()
                .toList();
        long unclaimed = segments.stream().filter(s -> s.owner() == null).count();
        int surplus = mine.size() - fairShare;
        if (surplus <= 0 || unclaimed > 0) {
            // with segments lying free, the others have something to claim first
            return;
        }
        for (var segment : mine.subList(mine.size() - surplus, mine.size())) {
            processor.releaseSegment(segment, releaseFor.toMillis(), TimeUnit.MILLISECONDS);
            log.info(
                    "Released segment {} of {} for {} s so another of the {} instances can take it over",
                    segment,
                    group,
                    releaseFor.toSeconds(),
                    instances);
        }
    }
}
