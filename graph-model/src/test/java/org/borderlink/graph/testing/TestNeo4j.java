package org.borderlink.graph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderlink.graph.embedded.EmbeddedNeo4j;
import org.borderlink.graph.schema.GraphSchema;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Logging;

/**
 * The real embedded engine for integration tests, started once per test JVM (the engine takes 10–20 s to start
 * on two cores) with the schema applied. Tests isolate themselves with unique ids or by cleaning what they wrote.
 */
public final class TestNeo4j {

    private static volatile Holder holder;

    private record Holder(EmbeddedNeo4j engine, Driver driver) {}

    private TestNeo4j() {}

    public static Driver driver() {
        return holder().driver();
    }

    public static EmbeddedNeo4j engine() {
        return holder().engine();
    }

    private static Holder holder() {
        Holder h = holder;
        if (h == null) {
            synchronized (TestNeo4j.class) {
                h = holder;
                if (h == null) {
                    h = start();
                    holder = h;
                }
            }
        }
        return h;
    }

    private static Holder start() {
        try {
            Path dir = Files.createTempDirectory("borderlink-test-neo4j");
            EmbeddedNeo4j engine = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(dir, 0, 256L << 20));
            // through the in-VM channel, as the application talks to its embedded engine
            Driver driver = engine.driver(
                    // the driver's default logger formats every message, parameters included, even when dropped
                    Config.builder().withLogging(Logging.slf4j()).build());
            driver.verifyConnectivity();
            GraphSchema.apply(driver);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                driver.close();
                engine.close();
            }));
            return new Holder(engine, driver);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
