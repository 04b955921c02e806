package org.borderlink.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.borderlink.api.BorderlinkApplication;
import org.borderlink.graph.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/**
 * With {@code spring.neo4j.uri} set the application starts no engine of its own and works against that server. The
 * "server" here is a separate Neo4j engine in this JVM with its own Bolt port and store, standing in for a remote one.
 */
class ExternalNeo4jIT {

    @TempDir
    Path serverDir;

    @TempDir
    Path unusedEmbeddedDir;

    @Test
    void usesTheConfiguredServerAndStartsNoEngine() {
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(serverDir, 0, 64L << 20))) {
            SpringApplication app = new SpringApplication(BorderlinkApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            try (var context = app.run(
                    "--spring.neo4j.uri=" + server.boltUri(),
                    "--spring.neo4j.authentication.username="
                            + server.credentials().username(),
                    "--spring.neo4j.authentication.password="
                            + server.credentials().password(),
                    "--borderlink.data-dir=" + unusedEmbeddedDir)) {

                assertThat(context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
                assertThat(unusedEmbeddedDir.resolve("neo4j")).doesNotExist();

                try (var session = context.getBean(Driver.class).session()) {
                    session.run("CREATE (:ExternalProbe {id: 'written-by-the-app'})")
                            .consume();
                }
            }
            long seenByServer = (long) server.database()
                    .executeTransactionally(
                            "MATCH (p:ExternalProbe {id: 'written-by-the-app'}) RETURN count(p) AS c",
                            Map.of(),
                            r -> r.next().get("c"));
            assertThat(seenByServer).isEqualTo(1);
            long migrations = (long) server.database()
                    .executeTransactionally(
                            "MATCH (m:SchemaMigration) RETURN count(m) AS c",
                            Map.of(),
                            r -> r.next().get("c"));
            assertThat(migrations)
                    .as("the app applied its schema to the server")
                    .isPositive();
        }
    }
}
