package org.onetrip.projections.support;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;

/**
 * Per projection: {@code onetrip.projection.lag.events} and {@code onetrip.projection.lag.seconds} (all instances
 * together), and while a rebuild runs {@code onetrip.projection.rebuild.progress} (0 to 1; 1 when none runs) and
 * {@code onetrip.projection.rebuild.rate} (events per second).
 */
public class ProjectionMetrics implements MeterBinder {

    private final ProjectionLag lag;
    private final ProjectionReplayer replayer;
    private final List<String> groups;

    public ProjectionMetrics(ProjectionLag lag, ProjectionReplayer replayer, List<String> groups) {
        this.lag = lag;
        this.replayer = replayer;
        this.groups = List.copyOf(groups);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (var group : groups) {
            Gauge.builder("onetrip.projection.lag.events", lag, l -> events(l, group))
                    .description("Events the slowest segment of the projection has still to process")
                    .tag("projection", group)
                    .register(registry);
            Gauge.builder("onetrip.projection.lag.seconds", lag, l -> seconds(l, group))
                    .description("How long ago the event store passed the slowest segment's position")
                    .baseUnit("seconds")
                    .tag("projection", group)
                    .register(registry);
            Gauge.builder("onetrip.projection.rebuild.progress", replayer, r -> progress(r, group))
                    .description("Share of the events a running rebuild has replayed (1 when none runs)")
                    .tag("projection", group)
                    .register(registry);
            Gauge.builder("onetrip.projection.rebuild.rate", replayer, r -> rate(r, group))
                    .description("Events per second of the running or last rebuild")
                    .tag("projection", group)
                    .register(registry);
        }
    }

    private static double events(ProjectionLag lag, String group) {
        var current = lag.current().get(group);
        return current == null ? Double.NaN : current.events();
    }

    private static double seconds(ProjectionLag lag, String group) {
        var current = lag.current().get(group);
        return current == null ? Double.NaN : current.seconds();
    }

    private static double progress(ProjectionReplayer replayer, String group) {
        var status = replayer.status(group);
        if (status.finished() || status.percent() == null) {
            return status.finished() ? 1.0 : 0.0;
        }
        return status.percent() / 100.0;
    }

    private static double rate(ProjectionReplayer replayer, String group) {
        var rate = replayer.status(group).eventsPerSecond();
        return rate == null ? 0 : rate;
    }
}
