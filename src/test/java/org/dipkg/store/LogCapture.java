package org.dipkg.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * What one class logs while a test feeds it bad input on purpose: kept for the test to assert
 * on, and kept off the build's output, where a WARN would look like a problem.
 *
 * <pre>
 *   try (LogCapture log = LogCapture.of(Tdb2Store.class)) {
 *       ...
 *       assertThat(log.lines()).anyMatch(l -&gt; l.startsWith("WARN "));
 *   }
 * </pre>
 */
final class LogCapture implements AutoCloseable {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final String name;
    private final AbstractAppender appender;

    private LogCapture(String name) {
        this.name = name;
        this.appender = new AbstractAppender("capture-" + name, null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                lines.add(event.getLevel() + " " + event.getMessage().getFormattedMessage());
            }
        };
    }

    static LogCapture of(Class<?> type) {
        LogCapture capture = new LogCapture(type.getName());
        capture.appender.start();
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        LoggerConfig logger = new LoggerConfig(capture.name, Level.INFO, false);
        logger.addAppender(capture.appender, Level.INFO, null);
        config.addLogger(capture.name, logger);
        context.updateLoggers();
        return capture;
    }

    /** The lines logged so far: level, a space, the message. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().removeLogger(name);
        context.updateLoggers();
        appender.stop();
    }
}
