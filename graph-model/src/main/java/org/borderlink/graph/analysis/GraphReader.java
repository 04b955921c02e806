package org.borderlink.graph.analysis;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.borderlink.graph.sharing.Viewer;
import org.borderlink.graph.sharing.Visibility;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * Runs link-analysis reads on behalf of a viewer: one read transaction per question, bounded by a server-side
 * timeout so an expensive query ends on the server rather than holding a request, with the viewer's audience tokens
 * bound as {@code $visibleTo} in every statement.
 */
public final class GraphReader {

    private final Driver driver;
    private final Duration timeout;

    public GraphReader(Driver driver, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        this.driver = driver;
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    /** Statements of one read transaction, each with the viewer's tokens bound. */
    public interface Tx {
        List<Record> list(String cypher, Map<String, Object> parameters);

        default List<Record> list(String cypher) {
            return list(cypher, Map.of());
        }
    }

    /** Runs {@code work} in one read transaction for {@code viewer}. */
    public <T> T read(Viewer viewer, Function<Tx, T> work) {
        Map<String, Object> visibility = Visibility.parameters(viewer);
        TransactionConfig config =
                TransactionConfig.builder().withTimeout(timeout).build();
        try (var session = driver.session(
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> work.apply(bound(tx, visibility)), config);
        } catch (ServiceUnavailableException e) {
            throw new QueryTimedOut("the graph database is not reachable", e);
        } catch (Neo4jException e) {
            if (isTimeout(e)) {
                String limit = timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
                throw new QueryTimedOut("the query ran longer than the limit of " + limit + " and was stopped", e);
            }
            throw e;
        }
    }

    /**
     * Every statement runs as Cypher 25 ({@code SHORTEST $k}, {@code CALL (x) { … }}), whatever the database's
     * default language is.
     */
    static final String LANGUAGE = "CYPHER 25 ";

    private static Tx bound(TransactionContext tx, Map<String, Object> visibility) {
        return (cypher, parameters) -> {
            Map<String, Object> all = new HashMap<>(parameters);
            all.putAll(visibility);
            return tx.run(LANGUAGE + cypher, all).list();
        };
    }

    static boolean isTimeout(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        return code.contains("TransactionTimedOut") || code.contains("Transaction.Terminated");
    }
}
