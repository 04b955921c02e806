package org.borderlink.api.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * Chooses the Neo4j the integration tests run against: the embedded engine by default, or, when the build runs with
 * {@code -Pcontainers} ({@code borderlink.it.target=containers}), the official Neo4j 2026.08 server image started
 * with Testcontainers and connected through {@code spring.neo4j.uri} like any external server. Either way the
 * application's data directory (engine store, audit trail, search index, pseudonym secret) is a temporary directory
 * of its own per application context, deleted when the test JVM exits.
 */
public final class Neo4jTarget implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String IMAGE = "neo4j:2026.08";

    private static Neo4jContainer container;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // set once here: a `${random.uuid}` in the property would resolve anew at every use, scattering one
        // application's files over several directories
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "borderlink-it-data",
                        Map.of("borderlink.data-dir", newDataDir().toString())));
        if (!"containers".equals(System.getProperty("borderlink.it.target"))) {
            return;
        }
        Neo4jContainer server = server();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "neo4j-container",
                        Map.of(
                                "spring.neo4j.uri", server.getBoltUrl(),
                                "spring.neo4j.authentication.username", "neo4j",
                                "spring.neo4j.authentication.password", server.getAdminPassword())));
    }

    private static Path newDataDir() {
        try {
            Path dir = Files.createTempDirectory("borderlink-it-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is harmless
        }
    }

    private static synchronized Neo4jContainer server() {
        if (container == null) {
            container = new Neo4jContainer(IMAGE).withRandomPassword();
            container.start();
        }
        return container;
    }
}
