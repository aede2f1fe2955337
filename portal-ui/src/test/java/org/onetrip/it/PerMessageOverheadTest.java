package org.onetrip.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.projections.cases.CaseSearchProjection;
import org.onetrip.projections.timeline.TimelineProjection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the application pays for every message handled, beyond the handling (docs/benchmarks.md, round 6): no time
 * limit around each handler invocation (each captured the thread's stack and scheduled a warning), no Axon
 * metrics per event in the projections while commands are still metered, and no separate large-object store for an
 * event's few hundred bytes in H2, nor a statement parsed again because H2's cache of plans was full; and no Spring
 * Security observation around each filter of every request.
 */
class PerMessageOverheadTest {

    @TempDir
    Path dataDir;

    @Test
    void handlers_run_without_axons_time_limits_projections_without_per_event_metrics_and_events_stay_in_their_rows() {
        try (var portal = RunningPortal.start(dataDir)) {
            assertThat(portal.post(
                                    "/api/public/cases",
                                    Map.of("kind", "COMPLAINT", "title", "路灯不亮", "description", "村口路灯坏了。"),
                                    Staff.NOBODY)
                            .status())
                    .isEqualTo(201);
            portal.awaitProjections();

            assertThat(portal.hasBean(HandlerTimeoutHandlerEnhancerDefinition.class))
                    .as("Axon's handler time limits are off")
                    .isFalse();
            var meters = portal.bean(MeterRegistry.class).getMeters();
            assertThat(meters)
                    .as("commands are still metered")
                    .anyMatch(meter -> meter.getId().getName().startsWith("commandBus"));
            assertThat(new JdbcTemplate(portal.bean(DataSource.class))
                            .queryForObject(
                                    "select setting_value from information_schema.settings"
                                            + " where setting_name = 'MAX_LENGTH_INPLACE_LOB'",
                                    String.class))
                    .as("an event's payload is kept in its row, not in H2's separate store for large objects")
                    .isEqualTo("4096");
            assertThat(new JdbcTemplate(portal.bean(DataSource.class))
                            .queryForObject(
                                    "select setting_value from information_schema.settings"
                                            + " where setting_name = 'QUERY_CACHE_SIZE'",
                                    Integer.class))
                    .as("each connection keeps the plans of every statement a filing and its tracking run")
                    .isGreaterThanOrEqualTo(64);
            assertThat(meters)
                    .as("requests are metered")
                    .anyMatch(meter -> meter.getId().getName().equals("http.server.requests"));
            assertThat(meters)
                    .as("Spring Security observes no filter, authentication or authorization")
                    .noneMatch(meter -> meter.getId().getName().startsWith("spring.security."));
            assertThat(meters)
                    .as("no projection reports each event it handles")
                    .noneMatch(meter -> CaseSearchProjection.PROCESSING_GROUP.equals(
                                    meter.getId().getTag("processorName"))
                            || TimelineProjection.PROCESSING_GROUP.equals(
                                    meter.getId().getTag("processorName")));
        }
    }
}
