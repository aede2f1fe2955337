package org.onetrip.projections.support;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import org.onetrip.cluster.StartupPhases;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;

/**
 * Runs, on every instance (not once per cluster, unlike the ShedLock jobs), the rebuild rounds each second and the
 * segment balancing (and a sample of the store's head for the lag in seconds) every few seconds, from when this instance has joined the cluster until it stops.
 */
public class ProjectionMaintenance implements SmartLifecycle {

    private final ProjectionReplayer replayer;
    private final SegmentBalancer balancer;
    private final ProjectionLag lag;
    private final TaskScheduler scheduler;
    private final Duration balanceInterval;
    private volatile ScheduledFuture<?> rebuilds;
    private volatile ScheduledFuture<?> balancing;
    private volatile ScheduledFuture<?> following;

    /** How soon a rebuild that has reached its target serves reads (the rebuild rounds run only every second). */
    static final Duration FOLLOW_INTERVAL = Duration.ofMillis(20);

    public ProjectionMaintenance(
            ProjectionReplayer replayer,
            SegmentBalancer balancer,
            ProjectionLag lag,
            TaskScheduler scheduler,
            Duration balanceInterval) {
        this.replayer = replayer;
        this.balancer = balancer;
        this.lag = lag;
        this.scheduler = scheduler;
        this.balanceInterval = balanceInterval;
    }

    @Override
    public void start() {
        replayer.processorsStarted();
        rebuilds = scheduler.scheduleWithFixedDelay(replayer::tick, Duration.ofSeconds(1));
        following = scheduler.scheduleWithFixedDelay(replayer::followRunning, FOLLOW_INTERVAL);
        balancing = scheduler.scheduleWithFixedDelay(
                () -> {
                    lag.sample();
                    balancer.balance();
                },
                balanceInterval);
    }

    @Override
    public void stop() {
        for (var task : new ScheduledFuture<?>[] {rebuilds, following, balancing}) {
            if (task != null) {
                task.cancel(false);
            }
        }
        rebuilds = null;
        following = null;
        balancing = null;
    }

    @Override
    public boolean isRunning() {
        return rebuilds != null;
    }

    @Override
    public int getPhase() {
        return StartupPhases.JOIN_CLUSTER + 1;
    }
}
