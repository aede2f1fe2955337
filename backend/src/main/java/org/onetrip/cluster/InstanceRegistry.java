package org.onetrip.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;

/**
 * The instances sharing the database, each saying it is alive every few seconds (table
 * {@code application_instance}). A stopping instance removes itself at once; a killed one is counted as gone
 * once its heartbeat is older than {@code onetrip.cluster.instance-timeout}. The segment balancer divides
 * processor segments by the number of live instances; operators see the list on the admin page.
 */
public class InstanceRegistry implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InstanceRegistry.class);

    private final JdbcTemplate jdbc;
    private final ClusterProperties properties;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final String version;
    private volatile ScheduledFuture<?> heartbeat;
    private volatile Instant startedAt;

    public InstanceRegistry(
            JdbcTemplate jdbc, ClusterProperties properties, TaskScheduler scheduler, Clock clock, String version) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.scheduler = scheduler;
        this.clock = clock;
        this.version = version;
    }

    public String instanceId() {
        return properties.getInstanceId();
    }

    /** The instances heard of within the instance timeout, this one included once it has started. */
    public List<LiveInstance> liveInstances() {
        var since = clock.instant().minus(properties.getInstanceTimeout());
        return jdbc.query(
                "select instance_id, host, started_at, heartbeat_at, version from application_instance"
                        + " where heartbeat_at >= ? order by started_at, instance_id",
                (rows, n) -> new LiveInstance(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getObject(3, OffsetDateTime.class).toInstant(),
                        rows.getObject(4, OffsetDateTime.class).toInstant(),
                        rows.getString(5)),
                at(since));
    }

    void beat() {
        var now = at(clock.instant());
        try {
            int updated = jdbc.update(
                    "update application_instance set heartbeat_at = ?, version = ? where instance_id = ?",
                    now,
                    version,
                    instanceId());
            if (updated == 0) {
                jdbc.update(
                        "insert into application_instance (instance_id, host, started_at, heartbeat_at, version)"
                                + " values (?, ?, ?, ?, ?)",
                        instanceId(),
                        host(),
                        at(startedAt),
                        now,
                        version);
            }
            // rows of instances gone for a day are history nobody needs
            jdbc.update(
                    "delete from application_instance where heartbeat_at < ?",
                    at(clock.instant().minusSeconds(86_400)));
        } catch (DataAccessException e) {
            log.warn("Could not record this instance's heartbeat: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        startedAt = clock.instant();
        beat();
        heartbeat = scheduler.scheduleWithFixedDelay(this::beat, properties.getHeartbeatInterval());
        log.info(
                "Instance {} joined the cluster of {}",
                instanceId(),
                liveInstances().size());
    }

    @Override
    public void stop() {
        var running = heartbeat;
        heartbeat = null;
        if (running != null) {
            running.cancel(false);
        }
        try {
            jdbc.update("delete from application_instance where instance_id = ?", instanceId());
        } catch (DataAccessException e) {
            log.debug("Could not remove this instance from the cluster table", e);
        }
    }

    @Override
    public boolean isRunning() {
        return heartbeat != null;
    }

    @Override
    public int getPhase() {
        return StartupPhases.JOIN_CLUSTER;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }

    public record LiveInstance(
            String instanceId, String host, Instant startedAt, Instant heartbeatAt, String version) {}
}
