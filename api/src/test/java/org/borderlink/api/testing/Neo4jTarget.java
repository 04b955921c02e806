package org.borderlink.api.testing;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * Chooses the Neo4j the integration tests run against: the embedded engine by default, or, when the build runs with
 * {@code -Pcontainers} ({@code borderlink.it.target=containers}), the official Neo4j 2026.08 server image started
 * with Testcontainers and connected through {@code spring.neo4j.uri} like any external server.
 */
public final class Neo4jTarget implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String IMAGE = "neo4j:2026.08";

    private static Neo4jContainer container;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
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

    private static synchronized Neo4jContainer server() {
        if (container == null) {
            container = new Neo4jContainer(IMAGE).withRandomPassword();
            container.start();
        }
        return container;
    }
}
