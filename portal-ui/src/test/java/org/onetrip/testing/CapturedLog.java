package org.onetrip.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** What one logger writes while it is open, for tests that check what the log keeps. */
public final class CapturedLog implements AutoCloseable {

    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public CapturedLog(Class<?> source) {
        this(source.getName());
    }

    public CapturedLog(String name) {
        logger = (Logger) LoggerFactory.getLogger(name);
        appender.start();
        logger.addAppender(appender);
    }

    public List<String> messages() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    public List<ILoggingEvent> errors() {
        return appender.list.stream().filter(e -> e.getLevel() == Level.ERROR).toList();
    }

    /** The exception logged at ERROR with a message naming {@code reference}; fails if there is none. */
    public Throwable causeOf(String reference) {
        return errors().stream()
                .filter(e -> e.getFormattedMessage().contains(reference))
                .map(e -> ((ThrowableProxy) e.getThrowableProxy()).getThrowable())
                .findFirst()
                .orElseThrow(() -> new AssertionError("nothing logged at ERROR names " + reference));
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
    }
}
