package org.borderlink.graph.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.consistency.ConsistencyCheckService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The engine runs in a child JVM that commits transactions in a loop; the child is killed with SIGKILL in the middle
 * of it. The next start must recover: every transaction whose commit was acknowledged is there, the store passes
 * Neo4j's consistency checker, and the generated credentials still open Bolt.
 */
class CrashRecoveryIT {

    @TempDir
    Path dataDir;

    @Test
    void recoversEveryCommittedTransactionAfterKillMinusNine() throws Exception {
        Process child = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        WriteLoop.class.getName(),
                        dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long lastCommitted = 0;
        List<String> lines = new ArrayList<>();
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (line.startsWith("committed ")) {
                    lastCommitted = Long.parseLong(line.substring("committed ".length()));
                    if (lastCommitted >= 300) {
                        child.destroyForcibly(); // SIGKILL while the loop keeps writing
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(lastCommitted).as("child output %s", lines).isGreaterThanOrEqualTo(300);
        Path credentials = dataDir.resolve(EmbeddedCredentials.FILE_NAME);
        assertThat(Files.getPosixFilePermissions(credentials))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        String passwordBefore = Files.readString(credentials);

        DatabaseLayout layout;
        try (EmbeddedNeo4j restarted = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(dataDir, 0, 64L << 20));
                var driver = GraphDatabase.driver(
                        restarted.boltUri(),
                        AuthTokens.basic(
                                restarted.credentials().username(),
                                restarted.credentials().password()));
                var session = driver.session()) {
            layout = ((GraphDatabaseAPI) restarted.database()).databaseLayout();
            long present = session.run(
                            "MATCH (a:CrashProbe)-[n:NEXT]->(b:CrashProbe) WHERE a.seq = n.seq AND b.seq = -n.seq AND n.seq <= $last RETURN count(DISTINCT n.seq) AS c",
                            java.util.Map.of("last", lastCommitted))
                    .single()
                    .get("c")
                    .asLong();
            assertThat(present).isEqualTo(lastCommitted);
            long halfWritten = session.run(
                            "MATCH (a:CrashProbe) WHERE a.seq > 0 AND NOT (a)-[:NEXT]->() RETURN count(a) AS c")
                    .single()
                    .get("c")
                    .asLong();
            assertThat(halfWritten).as("transactions are atomic").isZero();
        }
        assertThat(Files.readString(credentials)).isEqualTo(passwordBefore);

        var result = new ConsistencyCheckService(layout)
                .with(Config.defaults(GraphDatabaseSettings.neo4j_home, dataDir.toAbsolutePath()))
                .runFullConsistencyCheck();
        assertThat(result.isSuccessful())
                .as("consistency report %s", result.reportFile())
                .isTrue();
    }
}
