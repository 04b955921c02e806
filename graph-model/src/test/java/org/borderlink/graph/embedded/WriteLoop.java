package org.borderlink.graph.embedded;

import java.nio.file.Path;
import java.util.Map;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * Child-process program for {@link CrashRecoveryIT}: starts the engine on a data directory and commits one
 * small transaction after another over Bolt, printing {@code committed N} after each commit returns.
 */
public final class WriteLoop {

    public static void main(String[] args) {
        EmbeddedNeo4j engine = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(Path.of(args[0]), 0, 64L << 20));
        Runtime.getRuntime().addShutdownHook(new Thread(engine::close));
        System.out.println("ready");
        System.out.flush();
        try (var driver = GraphDatabase.driver(
                        engine.boltUri(),
                        AuthTokens.basic(
                                engine.credentials().username(),
                                engine.credentials().password()));
                var session = driver.session()) {
            for (long n = 1; ; n++) {
                long seq = n;
                session.executeWrite(tx -> tx.run(
                                "CREATE (:CrashProbe {seq: $seq, payload: $payload})-[:NEXT {seq: $seq}]->(:CrashProbe {seq: -$seq})",
                                Map.of("seq", seq, "payload", "x".repeat(200)))
                        .consume());
                System.out.println("committed " + seq);
                System.out.flush();
            }
        }
    }
}
