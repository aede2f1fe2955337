package org.onetrip.projections.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rebuilds a projection from the event store, on one instance or on several sharing the database: writes go to a
 * fresh index generation, the processor's tokens are reset to the start, and once every segment has re-read what
 * the store held when the rebuild started, the read alias moves over. Searches keep answering from the old
 * generation throughout.
 *
 * <p>A rebuild is a row of {@code projection_rebuild}, so any instance may ask for one and every instance sees its
 * progress. Every instance runs {@link #tick()} each second: while a rebuild is requested, each one stops its own
 * processor of that projection (Axon resets tokens only when no instance holds a claim on them); the instance that
 * claimed the row as coordinator then switches the write alias, resets the tokens and marks the rebuild running,
 * whereupon every instance starts its processor again and the segments are shared out as usual. The coordinator
 * (or, once it is gone, any other instance) follows the segments' stored positions, logs progress every ten
 * seconds, and on its own, without anyone asking for the status, moves the read alias and records the end.
 */
public class ProjectionReplayer {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplayer.class);
    private static final Duration PROGRESS_LOG_INTERVAL = Duration.ofSeconds(10);
    private static final Duration MISSING_INDEX_CHECK_INTERVAL = Duration.ofSeconds(15);

    public enum State {
        REQUESTED,
        RESETTING,
        RUNNING,
        FINISHED,
        FAILED;

        boolean active() {
            return this == REQUESTED || this == RESETTING || this == RUNNING;
        }
    }

    private final EventProcessingConfiguration processing;
    private final Map<String, List<ProjectionIndex>> indicesByGroup;
    private final JdbcTemplate jdbc;
    private final ProjectionTokens tokens;
    private final String instanceId;
    private final Supplier<Set<String>> liveInstances;
    private final Clock clock;
    private final int segments;
    private final Consumer<String> stopWaiting;
    private final Set<String> pausedHere = ConcurrentHashMap.newKeySet();
    /** Rebuilds this instance coordinates: {@link #followRunning()} checks them more often than {@link #tick()}. */
    private final Set<String> coordinatedHere = ConcurrentHashMap.newKeySet();
    /** Requested rebuilds whose processor here was too freshly started to pause: followed until they start. */
    private final Set<String> settlingHere = ConcurrentHashMap.newKeySet();

    private final Map<String, Instant> startedAt = new ConcurrentHashMap<>();
    private volatile Instant processorsStartedAt;
    /** How long after a start a processor is left alone (see {@link #pauseLocal}). */
    public static final Duration SETTLE = Duration.ofSeconds(5);

    private final Map<String, Instant> progressLoggedAt = new ConcurrentHashMap<>();
    private volatile Instant missingIndicesCheckedAt = Instant.EPOCH;
    /** Projections whose processor had handled events before this start (read before the processors start). */
    private volatile Set<String> handledBeforeStart;

    public ProjectionReplayer(
            EventProcessingConfiguration processing,
            Map<String, List<ProjectionIndex>> indicesByGroup,
            JdbcTemplate jdbc,
            ProjectionTokens tokens,
            String instanceId,
            Supplier<Set<String>> liveInstances,
            Clock clock,
            int segments,
            Consumer<String> stopWaiting) {
        // stopWaiting: a projection's processor stops waiting for new events, so that pausing it takes no idle poll
        this.processing = processing;
        this.stopWaiting = stopWaiting;
        this.segments = segments;
        this.indicesByGroup = Map.copyOf(indicesByGroup);
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.instanceId = instanceId;
        this.liveInstances = liveInstances;
        this.clock = clock;
        this.processorsStartedAt = clock.instant();
        this.handledBeforeStart =
                projections().stream().filter(this::hasHandledEvents).collect(java.util.stream.Collectors.toSet());
    }

    private boolean hasHandledEvents(String group) {
        return tokens.segments(group).stream().anyMatch(s -> s.position() >= 0);
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

    /** Axon has just started the processors (they claim their segments in the next seconds). */
    public void processorsStarted() {
        processorsStartedAt = clock.instant();
    }

    /** Asks for a rebuild by an administrator and returns at once; {@link #status} reports progress. */
    public ReplayStatus start(String group) {
        return start(group, "administrator", "requested");
    }

    /** Asks the cluster for a rebuild (nothing new while one is under way) and returns at once. */
    public ReplayStatus start(String group, String requestedBy, String reason) {
        known(group);
        var now = at(clock.instant());
        int restarted = jdbc.update(
                "update projection_rebuild set state = 'REQUESTED', reason = ?, requested_by = ?, requested_at = ?,"
                        + " coordinator = null, started_at = null, finished_at = null, start_position = null,"
                        + " target_position = null, reached_position = null, reached_at = null, message = null"
                        + " where projection = ? and state in ('FINISHED', 'FAILED')",
                reason,
                requestedBy,
                now,
                group);
        if (restarted == 0) {
            try {
                jdbc.update(
                        "insert into projection_rebuild (projection, state, reason, requested_by, requested_at)"
                                + " values (?, 'REQUESTED', ?, ?, ?)",
                        group,
                        reason,
                        requestedBy,
                        now);
            } catch (DuplicateKeyException underWay) {
                // a rebuild of this projection is requested or running already
            }
        }
        tick();
        return status(group);
    }

    /** Rebuilds and waits until the rebuilt generation serves reads. */
    public ReplayStatus replayAndWait(String group, Duration timeout) throws InterruptedException {
        return replayAndWait(group, timeout, "command line", "requested");
    }

    public ReplayStatus replayAndWait(String group, Duration timeout, String requestedBy, String reason)
            throws InterruptedException {
        var requested = start(group, requestedBy, reason).requestedAt();
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            var status = status(group);
            if (status.finished()
                    && status.finishedAt() != null
                    && !status.finishedAt().isBefore(requested)) {
                return status;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("replay of " + group + " did not finish within " + timeout);
    }

    /** The last rebuild of a projection as the cluster recorded it, with every segment of its processor. */
    public ReplayStatus status(String group) {
        known(group);
        var row = load(group);
        var segments = segments(group);
        if (row.isEmpty()) {
            return ReplayStatus.idle(group, segments);
        }
        var rebuild = row.get();
        Double percent = null;
        Long processed = null;
        Long total = null;
        Double rate = null;
        Long secondsLeft = null;
        if (rebuild.target() != null && rebuild.start() != null) {
            total = Math.max(0, rebuild.target() - rebuild.start());
            long reached = rebuild.state() == State.FINISHED
                    ? rebuild.target()
                    : Math.min(rebuild.target(), rebuild.reached() == null ? rebuild.start() : rebuild.reached());
            processed = Math.max(0, reached - rebuild.start());
            percent = total == 0 ? 100.0 : Math.floor(1000.0 * processed / total) / 10.0;
            var end = rebuild.state() == State.FINISHED ? rebuild.finishedAt() : rebuild.reachedAt();
            if (rebuild.startedAt() != null && end != null) {
                double seconds = Math.max(
                        0.001, Duration.between(rebuild.startedAt(), end).toMillis() / 1000.0);
                rate = Math.round(10.0 * processed / seconds) / 10.0;
                if (rebuild.state() == State.RUNNING && rate > 0) {
                    secondsLeft = Math.round((total - processed) / rate);
                }
            }
        }
        return new ReplayStatus(
                group,
                rebuild.state().name(),
                rebuild.requestedAt(),
                rebuild.requestedBy(),
                rebuild.reason(),
                rebuild.startedAt(),
                rebuild.finishedAt(),
                !rebuild.state().active(),
                percent,
                processed,
                total,
                rate,
                secondsLeft,
                rebuild.message(),
                segments);
    }

    /**
     * One round of the cluster's rebuild work on this instance; every instance calls it every second. Also notices a
     * projection whose search index has gone (a deleted data folder, a lost cluster) and rebuilds it.
     */
    public synchronized void tick() {
        var now = clock.instant();
        if (Duration.between(missingIndicesCheckedAt, now).compareTo(MISSING_INDEX_CHECK_INTERVAL) >= 0) {
            missingIndicesCheckedAt = now;
            rebuildWhereIndicesWentMissing();
        }
        for (var group : projections()) {
            try {
                step(group);
            } catch (RuntimeException e) {
                log.warn("Rebuild of projection {} could not go on this round: {}", group, e.toString());
            }
        }
    }

    /**
     * Follows only the running rebuilds this instance coordinates, so that a finished one serves reads within
     * {@link ProjectionMaintenance#FOLLOW_INTERVAL} instead of at the next {@link #tick()}, and the requested ones
     * waiting here for their processor to settle, so that they start as soon as it has; asks nothing while there are
     * none.
     */
    public synchronized void followRunning() {
        var followed = new LinkedHashSet<>(coordinatedHere);
        followed.addAll(settlingHere);
        for (var group : followed) {
            try {
                step(group);
            } catch (RuntimeException e) {
                log.warn("Rebuild of projection {} could not go on this round: {}", group, e.toString());
            }
        }
    }

    private void step(String group) {
        var row = load(group);
        if (row.isEmpty() || row.get().state() != State.RUNNING) {
            coordinatedHere.remove(group);
        }
        if (row.isEmpty() || row.get().state() != State.REQUESTED) {
            settlingHere.remove(group);
        }
        if (row.isEmpty() || !row.get().state().active()) {
            resumeLocal(group);
            return;
        }
        var rebuild = row.get();
        switch (rebuild.state()) {
            case REQUESTED -> {
                if (!pauseLocal(group)) {
                    settlingHere.add(group);
                    return;
                }
                settlingHere.remove(group);
                if (jdbc.update(
                                "update projection_rebuild set state = 'RESETTING', coordinator = ?"
                                        + " where projection = ? and state = 'REQUESTED'",
                                instanceId,
                                group)
                        == 1) {
                    reset(group);
                }
            }
            case RESETTING -> {
                pauseLocal(group);
                if (instanceId.equals(rebuild.coordinator())) {
                    reset(group);
                } else if (gone(rebuild.coordinator())) {
                    jdbc.update(
                            "update projection_rebuild set state = 'REQUESTED', coordinator = null"
                                    + " where projection = ? and state = 'RESETTING' and coordinator = ?",
                            group,
                            rebuild.coordinator());
                }
            }
            case RUNNING -> {
                resumeLocal(group);
                reportLocalErrors(group);
                boolean coordinating = instanceId.equals(rebuild.coordinator())
                        || (gone(rebuild.coordinator())
                                && jdbc.update(
                                                "update projection_rebuild set coordinator = ?"
                                                        + " where projection = ? and state = 'RUNNING'"
                                                        + " and coordinator = ?",
                                                instanceId,
                                                group,
                                                rebuild.coordinator())
                                        == 1);
                if (coordinating) {
                    coordinatedHere.add(group);
                    follow(group, rebuild);
                } else {
                    coordinatedHere.remove(group);
                }
            }
            default -> {}
        }
    }

    /** As coordinator: once no live instance holds a claim, switch the write alias and reset the tokens. */
    private void reset(String group) {
        var claimedElsewhere = tokens.segments(group).stream()
                .filter(segment -> segment.owner() != null && !segment.owner().equals(instanceId))
                .map(ProjectionTokens.StoredSegment::owner)
                .distinct()
                .toList();
        if (!claimedElsewhere.isEmpty()) {
            message(group, "waiting for " + claimedElsewhere + " to release their segments");
            return;
        }
        var processor = processor(group);
        if (processor.isRunning()) {
            return;
        }
        long target = tokens.headPosition();
        long start = Math.min(tokens.tailPosition(), target);
        ProjectionIndex.startRebuild(indicesByGroup.get(group));
        int stored = tokens.segments(group).size();
        if (stored != segments) {
            log.info("Dividing projection {} into {} segments (it had {}) for its rebuild", group, segments, stored);
            tokens.redivide(group, segments);
            forgetLocalState(group);
        } else {
            processor.resetTokens();
        }
        var now = at(clock.instant());
        jdbc.update(
                "update projection_rebuild set state = 'RUNNING', started_at = ?, start_position = ?,"
                        + " target_position = ?, reached_position = ?, reached_at = ?, message = null"
                        + " where projection = ? and coordinator = ?",
                now,
                start,
                target,
                start,
                now,
                group,
                instanceId);
        progressLoggedAt.put(group, clock.instant());
        coordinatedHere.add(group);
        log.info(
                "Rebuilding projection {} from the event store into a new index generation: {} events to replay",
                group,
                target - start);
        resumeLocal(group);
    }

    /** As coordinator of a running rebuild: record how far it is, log it, and switch over once it is complete. */
    private void follow(String group, Rebuild rebuild) {
        var segments = tokens.segments(group);
        if (segments.isEmpty()) {
            return;
        }
        long reached = segments.stream()
                .mapToLong(ProjectionTokens.StoredSegment::position)
                .min()
                .orElse(rebuild.start());
        var now = clock.instant();
        if (rebuild.reached() == null || reached != rebuild.reached()) {
            jdbc.update(
                    "update projection_rebuild set reached_position = ?, reached_at = ? where projection = ?",
                    reached,
                    at(now),
                    group);
        }
        if (reached >= rebuild.target()) {
            var indices = indicesByGroup.get(group);
            var replaced = ProjectionIndex.switchReads(indices);
            var switched = clock.instant();
            jdbc.update(
                    "update projection_rebuild set state = 'FINISHED', finished_at = ?, reached_position = ?,"
                            + " reached_at = ?, message = null where projection = ? and state = 'RUNNING'",
                    at(switched),
                    rebuild.target(),
                    at(now),
                    group);
            var took = Duration.between(rebuild.startedAt(), switched);
            long events = rebuild.target() - rebuild.start();
            log.info(
                    "Rebuilt projection {} in {} ms: {} events, {} events/s; searches now read the new generation",
                    group,
                    took.toMillis(),
                    events,
                    took.isZero() ? events : Math.round(events * 1000.0 / took.toMillis()));
            progressLoggedAt.remove(group);
            coordinatedHere.remove(group);
            // after the switch is recorded: nobody waits for the old generations to go
            ProjectionIndex.dropGenerations(indices, replaced);
            return;
        }
        var lastLogged = progressLoggedAt.getOrDefault(group, rebuild.startedAt());
        if (Duration.between(lastLogged, now).compareTo(PROGRESS_LOG_INTERVAL) >= 0) {
            progressLoggedAt.put(group, now);
            var status = status(group);
            log.info(
                    "Rebuilding projection {}: {}% ({} of {} events, {} events/s, about {} s left)",
                    group,
                    status.percent(),
                    status.processed(),
                    status.total(),
                    status.eventsPerSecond(),
                    status.secondsLeft() == null ? "?" : status.secondsLeft());
        }
    }

    private void rebuildWhereIndicesWentMissing() {
        try {
            checkIndices();
        } finally {
            handledBeforeStart = null;
        }
    }

    private void checkIndices() {
        for (var group : projections()) {
            try {
                boolean recreated = false;
                for (var index : indicesByGroup.get(group)) {
                    recreated |= index.recreateIfMissing();
                }
                var active = load(group).map(r -> r.state().active()).orElse(false);
                // an index created at this start is missing only if the processor had handled events before it
                var before = handledBeforeStart;
                boolean handled = before != null ? before.contains(group) : hasHandledEvents(group);
                if (recreated && !active && handled) {
                    log.warn(
                            "The search index of projection {} is missing although its processor has already"
                                    + " handled events: rebuilding it from the event store",
                            group);
                    start(group, instanceId, "index missing");
                }
            } catch (RuntimeException e) {
                log.warn("Could not check the search index of projection {}: {}", group, e.toString());
            }
        }
    }

    /**
     * Stops this instance's processor of the projection; false while it is too freshly started to be stopped safely.
     * Axon's tracking processor loses a worker thread for good when it is shut down in the instant between claiming
     * its last segment and starting the worker for it (the thread count is given back only by a worker that ran), and
     * then never claims that segment again; its claims are settled a few seconds after a start.
     */
    private boolean pauseLocal(String group) {
        var processor = processor(group);
        if (!processor.isRunning()) {
            return true;
        }
        var started = startedAt.getOrDefault(group, processorsStartedAt);
        if (Duration.between(started, clock.instant()).compareTo(SETTLE) < 0) {
            return false;
        }
        var stopped = processor.shutdownAsync();
        stopWaiting.accept(group);
        stopped.join();
        pausedHere.add(group);
        return true;
    }

    /** Starts a processor this instance stopped for a rebuild, forgetting what its handlers remembered before. */
    private void resumeLocal(String group) {
        if (pausedHere.remove(group)) {
            forgetLocalState(group);
            processor(group).start();
            startedAt.put(group, clock.instant());
        }
    }

    /**
     * Runs the projection's reset handlers here: Axon runs them only on the instance that resets the tokens, and
     * documents another instance remembers from the old generation must not be folded into the new one.
     */
    private void forgetLocalState(String group) {
        if (processor(group) instanceof AbstractEventProcessor withHandlers) {
            withHandlers.eventHandlerInvoker().performReset();
        }
    }

    private void reportLocalErrors(String group) {
        var errors = processor(group).processingStatus().values().stream()
                .filter(EventTrackerStatus::isErrorState)
                .map(s -> "segment " + s.getSegment().getSegmentId() + " on " + instanceId + ": "
                        + (s.getError() == null ? "error" : s.getError().toString()))
                .toList();
        if (!errors.isEmpty()) {
            message(group, String.join("; ", errors));
        }
    }

    private void message(String group, String message) {
        var text = message.length() > 2000 ? message.substring(0, 2000) : message;
        jdbc.update("update projection_rebuild set message = ? where projection = ?", text, group);
    }

    private boolean gone(String instance) {
        return instance == null || !liveInstances.get().contains(instance);
    }

    private Optional<Rebuild> load(String group) {
        return jdbc
                .query(
                        "select state, reason, requested_by, requested_at, coordinator, started_at, finished_at,"
                                + " start_position, target_position, reached_position, reached_at, message"
                                + " from projection_rebuild where projection = ?",
                        ProjectionReplayer::rebuild,
                        group)
                .stream()
                .findFirst();
    }

    private static Rebuild rebuild(ResultSet rows, int n) throws SQLException {
        return new Rebuild(
                State.valueOf(rows.getString(1)),
                rows.getString(2),
                rows.getString(3),
                instant(rows, 4),
                rows.getString(5),
                instant(rows, 6),
                instant(rows, 7),
                (Long) rows.getObject(8, Long.class),
                (Long) rows.getObject(9, Long.class),
                (Long) rows.getObject(10, Long.class),
                instant(rows, 11),
                rows.getString(12));
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        var value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private void known(String group) {
        if (!indicesByGroup.containsKey(group)) {
            throw new IllegalArgumentException("no projection " + group + "; known: " + projections());
        }
    }

    private StreamingEventProcessor processor(String group) {
        return processing
                .eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor " + group));
    }

    /** Every segment as stored, with what this instance knows of the ones it processes itself. */
    private List<Segment> segments(String group) {
        var local = processor(group).processingStatus();
        long head = tokens.headPosition();
        return tokens.segments(group).stream()
                .map(s -> {
                    var here = local.get(s.segment());
                    boolean processedHere = here != null && instanceId.equals(s.owner());
                    return new Segment(
                            s.segment(),
                            s.owner(),
                            s.position(),
                            s.replaying(),
                            processedHere ? here.isCaughtUp() : s.position() >= head,
                            processedHere && here.isErrorState(),
                            processedHere && here.getError() != null
                                    ? here.getError().toString()
                                    : null);
                })
                .toList();
    }

    private record Rebuild(
            State state,
            String reason,
            String requestedBy,
            Instant requestedAt,
            String coordinator,
            Instant startedAt,
            Instant finishedAt,
            Long start,
            Long target,
            Long reached,
            Instant reachedAt,
            String message) {}

    /**
     * What an operator needs to see of a projection: its last rebuild (state, who asked and why, how far, how fast,
     * how long still) and where each segment of its processor is and which instance processes it.
     */
    public record ReplayStatus(
            String projection,
            String state,
            Instant requestedAt,
            String requestedBy,
            String reason,
            Instant startedAt,
            Instant finishedAt,
            boolean finished,
            Double percent,
            Long processed,
            Long total,
            Double eventsPerSecond,
            Long secondsLeft,
            String message,
            List<Segment> segments) {

        static ReplayStatus idle(String projection, List<Segment> segments) {
            return new ReplayStatus(
                    projection,
                    "IDLE",
                    null,
                    null,
                    null,
                    null,
                    null,
                    true,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    segments);
        }
    }

    public record Segment(
            int id,
            String owner,
            Long position,
            boolean replaying,
            boolean caughtUp,
            boolean error,
            String errorMessage) {}
}
