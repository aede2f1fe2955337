package org.onetrip.observability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Counts the log lines written, per level, as {@code logback.events{level}}: the meter Micrometer's
 * {@code LogbackMetrics} keeps, which the application turns off (application.yml). That one is a logback turbo
 * filter, and logback asks turbo filters before every {@code isDebugEnabled()} of every library, logged or not:
 * 3.5 % of the request threads under load (docs/benchmarks.md, round 19). An appender on the root logger sees only
 * the lines written.
 */
@Component
public class LogEventMetrics implements MeterBinder, DisposableBean {

    static final String METER = "logback.events";

    private final CountingAppender appender = new CountingAppender();
    private final ResetListener listener = new ResetListener();
    private volatile LoggerContext context;

    @Override
    public void bindTo(MeterRegistry registry) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext logback)) {
            return;
        }
        appender.counters = Map.of(
                Level.ERROR, counter(registry, "error"),
                Level.WARN, counter(registry, "warn"),
                Level.INFO, counter(registry, "info"),
                Level.DEBUG, counter(registry, "debug"),
                Level.TRACE, counter(registry, "trace"));
        appender.setContext(logback);
        appender.setName("onetrip-log-event-metrics");
        appender.start();
        context = logback;
        logback.addListener(listener);
        attach(logback);
    }

    private static Counter counter(MeterRegistry registry, String level) {
        return Counter.builder(METER)
                .tag("level", level)
                .description("Number of log events written at this level")
                .baseUnit("events")
                .register(registry);
    }

    private void attach(LoggerContext logback) {
        Logger root = logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (!root.isAttached(appender)) {
            root.addAppender(appender);
        }
    }

    @Override
    public void destroy() {
        var logback = context;
        if (logback != null) {
            logback.removeListener(listener);
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
            appender.stop();
        }
    }

    private static final class CountingAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {
        private volatile Map<Level, Counter> counters = Map.of();

        @Override
        protected void append(ILoggingEvent event) {
            var counter = counters.get(event.getLevel());
            if (counter != null) {
                counter.increment();
            }
        }
    }

    /** A reconfiguration (Spring Boot's logging system, a changed logback file) detaches every appender. */
    private final class ResetListener implements LoggerContextListener {
        @Override
        public boolean isResetResistant() {
            return true;
        }

        @Override
        public void onReset(LoggerContext logback) {
            appender.start();
            attach(logback);
        }

        @Override
        public void onStart(LoggerContext logback) {}

        @Override
        public void onStop(LoggerContext logback) {}

        @Override
        public void onLevelChange(Logger logger, Level level) {}
    }
}
