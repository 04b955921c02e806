package org.borderlink.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Logger;
import org.slf4j.LoggerFactory;

/** The application's driver turns a debug line into text only when debug lines are kept. */
class DriverLoggingTest {

    private static final String NAME = "org.borderlink.test.driver";

    /** Counts how often the driver made it text: a Bolt message in the driver's own debug lines. */
    private static final class Message {
        final AtomicInteger formatted = new AtomicInteger();

        @Override
        public String toString() {
            formatted.incrementAndGet();
            return "RUN {…}";
        }
    }

    @Test
    void aDebugLineIsNotFormattedWhileDebugIsOff() {
        Message message = debugLineAt(Level.INFO);

        assertThat(message.formatted).hasValue(0);
    }

    @Test
    void aDebugLineIsFormattedWhenDebugIsOn() {
        Message message = debugLineAt(Level.DEBUG);

        assertThat(message.formatted).hasValue(1);
    }

    /** One debug line of a Bolt message through the application's driver logging, its logger set to {@code level}. */
    private static Message debugLineAt(Level level) {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(NAME)).setLevel(level);
        Config.ConfigBuilder builder = Config.builder();
        new DriverLogging().driverLoggingThroughSlf4j().customize(builder);
        Logger log = builder.build().logging().getLog(NAME);
        Message message = new Message();
        log.debug("C: %s", message);
        return message;
    }
}
