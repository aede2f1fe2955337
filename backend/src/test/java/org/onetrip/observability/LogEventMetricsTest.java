package org.onetrip.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogEventMetricsTest {

    private final LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Logger log = logback.getLogger(LogEventMetricsTest.class.getName() + ".sample");
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final LogEventMetrics metrics = new LogEventMetrics();

    @BeforeEach
    void bind() {
        log.setLevel(Level.INFO);
        metrics.bindTo(registry);
    }

    @AfterEach
    void unbind() {
        metrics.destroy();
        log.setLevel(null);
    }

    @Test
    void each_line_written_is_counted_under_its_level() {
        log.warn("a warning");
        log.error("an error");
        log.error("another error", new IllegalStateException("for the test"));
        log.info("a note");

        assertThat(count("warn")).isEqualTo(1);
        assertThat(count("error")).isEqualTo(2);
        assertThat(count("info")).isEqualTo(1);
    }

    @Test
    void a_line_below_its_loggers_level_and_a_level_check_count_nothing_and_no_turbo_filter_runs() {
        log.debug("not written");
        log.trace("not written either");
        assertThat(log.isDebugEnabled()).isFalse();

        assertThat(count("debug")).isZero();
        assertThat(count("trace")).isZero();
        assertThat(logback.getTurboFilterList()).isEmpty();
    }

    @Test
    void lines_are_still_counted_after_logging_is_configured_again() throws Exception {
        try {
            logback.reset();
            log.setLevel(Level.INFO);

            log.error("after the reset");

            assertThat(count("error")).isEqualTo(1);
        } finally {
            new ContextInitializer(logback).autoConfig();
        }
    }

    @Test
    void once_the_application_closes_it_counts_no_more() {
        metrics.destroy();

        log.error("after closing");

        assertThat(count("error")).isZero();
    }

    private double count(String level) {
        return registry.get(LogEventMetrics.METER).tag("level", level).counter().count();
    }
}
