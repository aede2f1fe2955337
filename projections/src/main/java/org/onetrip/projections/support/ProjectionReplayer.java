package org.onetrip.projections.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds a projection from the event store: writes go to a fresh index generation, the processor's
 * token is reset to the start, and once the replay has caught up the read alias moves over. Searches
 * keep answering from the old generation throughout.
 */
public class ProjectionReplayer {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplayer.class);

    private final EventProcessingConfiguration processing;
    private final Map<String, List<ProjectionIndex>> indicesByGroup;
    private final Map<String, ReplayStatus> running = new ConcurrentHashMap<>();
    private final Map<String, Long> replayUntil = new ConcurrentHashMap<>();

    public ProjectionReplayer(
            EventProcessingConfiguration processing, Map<String, List<ProjectionIndex>> indicesByGroup) {
        this.processing = processing;
        this.indicesByGroup = Map.copyOf(indicesByGroup);
    }

    public List<String> projections() {
        return indicesByGroup.keySet().stream().sorted().toList();
    }

    /** The projections whose search indices were built from another definition than this release's. */
    public List<String> outdated() {
        return projections().stream()
                .filter(group -> indicesByGroup.get(group).stream().anyMatch(ProjectionIndex::isOutdated))
                .toList();
    }

    /** Starts a rebuild and returns at once; {@link #status} reports progress. */
    public synchronized ReplayStatus start(String group) {
        var indices = indicesByGroup.get(group);
        if (indices == null) {
            throw new IllegalArgumentException("no projection " + group + "; known: " + projections());
        }
        var current = running.get(group);
        if (current != null && !current.finished()) {
            return current;
        }
        var processor = processor(group);
        long headAtReset = processor.processingStatus().values().stream()
                .mapToLong(segment -> segment.getCurrentPosition().orElse(-1))
                .max()
                .orElse(-1);
        processor.shutDown();
        indices.forEach(ProjectionIndex::startRebuild);
        processor.resetTokens();
        processor.start();
        var status = new ReplayStatus(group, Instant.now(), null, false);
        running.put(group, status);
        replayUntil.put(group, headAtReset);
        return status;
    }

    /** Rebuilds and waits until the rebuilt generation serves reads. */
    public ReplayStatus replayAndWait(String group, Duration timeout) throws InterruptedException {
        start(group);
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            var status = status(group);
            if (status.finished()) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("replay of " + group + " did not finish within " + timeout);
    }

    /** Moves the read alias once the processor has replayed everything it was reset to. */
    public synchronized ReplayStatus status(String group) {
        return progress(group).withSegments(segments(group));
    }

    private ReplayStatus progress(String group) {
        var status = running.get(group);
        if (status == null) {
            return new ReplayStatus(group, null, null, true);
        }
        if (status.finished()) {
            return status;
        }
        var processor = processor(group);
        var segments = processor.processingStatus().values();
        long until = replayUntil.getOrDefault(group, -1L);
        // Axon leaves a segment "replaying" until an event beyond the reset point arrives, which on a quiet
        // day may be hours: having re-read everything that existed at the reset is what counts.
        boolean caughtUp = !segments.isEmpty()
                && segments.stream()
                        .allMatch(s -> s.isCaughtUp()
                                && !s.isErrorState()
                                && (!s.isReplaying() || s.getCurrentPosition().orElse(-1) >= until));
        if (!caughtUp) {
            return status;
        }
        indicesByGroup.get(group).forEach(ProjectionIndex::finishRebuild);
        var finished = new ReplayStatus(group, status.startedAt(), Instant.now(), true);
        running.put(group, finished);
        log.info(
                "Rebuilt projection {} in {} ms",
                group,
                Duration.between(finished.startedAt(), finished.finishedAt()).toMillis());
        return finished;
    }

    private StreamingEventProcessor processor(String group) {
        return processing
                .eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor " + group));
    }

    /** What an operator needs to see of a projection: its rebuild and where each segment of its processor is. */
    public record ReplayStatus(
            String projection, Instant startedAt, Instant finishedAt, boolean finished, List<Segment> segments) {

        ReplayStatus(String projection, Instant startedAt, Instant finishedAt, boolean finished) {
            this(projection, startedAt, finishedAt, finished, List.of());
        }

        ReplayStatus withSegments(List<Segment> segments) {
            return new ReplayStatus(projection, startedAt, finishedAt, finished, segments);
        }
    }

    public record Segment(
            int id, boolean caughtUp, boolean replaying, boolean error, Long position, String errorMessage) {}

    private List<Segment> segments(String group) {
        return processor(group).processingStatus().values().stream()
                .map(s -> new Segment(
                        s.getSegment().getSegmentId(),
                        s.isCaughtUp(),
                        s.isReplaying(),
                        s.isErrorState(),
                        s.getCurrentPosition().isPresent()
                                ? s.getCurrentPosition().getAsLong()
                                : null,
                        s.getError() == null ? null : s.getError().toString()))
                .toList();
    }
}
