package org.onetrip.it;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.projections.cases.CaseSearchProjection;
import org.onetrip.projections.timeline.TimelineProjection;
import org.onetrip.shared.web.HandlerLookup;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * What the application pays for every message handled, beyond the handling (docs/benchmarks.md, round 6): no time
 * limit around each handler invocation (each captured the thread's stack and scheduled a warning), no Axon
 * metrics per event in the projections while commands are still metered, and no separate large-object store for an
 * event's few hundred bytes in H2, nor a statement parsed again because H2's cache of plans was full; and no Spring
 * Security observation around each filter of every request, nor a logback turbo filter before each level
 * check, nor a timer around each repository call.
 */
class PerMessageOverheadTest {

    @TempDir
    static Path dataDir;

    private static RunningPortal portal;

    @BeforeAll
    static void start() {
        portal = RunningPortal.start(dataDir);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void handlers_run_without_axons_time_limits_projections_without_per_event_metrics_and_events_stay_in_their_rows() {
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
        assertThat(((LoggerContext) LoggerFactory.getILoggerFactory()).getTurboFilterList())
                .as("logback asks no turbo filter before each level check of every library")
                .isEmpty();
        assertThat(meters)
                .as("the log lines written are still counted per level")
                .anyMatch(meter -> meter.getId().getName().equals("logback.events")
                        && "error".equals(meter.getId().getTag("level")));
        assertThat(meters)
                .as("no timer per repository call")
                .noneMatch(meter -> meter.getId().getName().equals("spring.data.repository.invocations"));
        assertThat(meters)
                .as("no projection reports each event it handles")
                .noneMatch(meter -> CaseSearchProjection.PROCESSING_GROUP.equals(
                                meter.getId().getTag("processorName"))
                        || TimelineProjection.PROCESSING_GROUP.equals(
                                meter.getId().getTag("processorName")));
    }

    @Test
    void a_request_reaches_the_handler_spring_mvc_would_choose_though_not_every_mapping_is_tried() throws Exception {
        var mapping = portal.bean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        assertThat(mapping.getClass().getEnclosingClass()).isEqualTo(HandlerLookup.class);
        var plain = new RequestMappingHandlerMapping();
        plain.setPatternParser(mapping.getPatternParser());
        plain.setApplicationContext(mapping.getApplicationContext());
        mapping.getHandlerMethods()
                .forEach((info, method) -> plain.registerMapping(info, method.getBean(), method.getMethod()));

        var paths = new TreeSet<String>();
        for (var info : mapping.getHandlerMethods().keySet()) {
            for (var pattern : info.getPathPatternsCondition().getPatternValues()) {
                paths.addAll(HandlerLookupPaths.around(pattern));
            }
        }
        assertThat(paths).hasSizeGreaterThan(1000);
        int handled = 0;
        for (var path : paths) {
            for (var request : HandlerLookupPaths.requests(path)) {
                var chosen = answer(mapping, request.get());
                assertThat(chosen).as("%s %s", request.get().getMethod(), path).isEqualTo(answer(plain, request.get()));
                if (chosen.startsWith("handler ")) {
                    handled++;
                }
            }
        }
        assertThat(handled).as("requests that reach a handler").isGreaterThan(500);
    }

    private static String answer(RequestMappingHandlerMapping mapping, MockHttpServletRequest request) {
        ServletRequestPathUtils.parseAndCache(request);
        try {
            var chain = mapping.getHandler(request);
            if (chain == null) {
                return "none";
            }
            // a pre-flight's handler is made per request; its kind is what tells two answers apart
            var handler = chain.getHandler();
            return "handler " + (handler instanceof HandlerMethod method ? method : handler.getClass());
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
