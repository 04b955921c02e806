package org.borderlink.graph.embedded;

import static org.neo4j.configuration.GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
import static org.neo4j.configuration.GraphDatabaseSettings.SYSTEM_DATABASE_NAME;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokenManagers;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j engine running inside this JVM with authentication on and Bolt bound to 127.0.0.1 only. Memory is
 * sized from the machine, usage reporting is off, and nothing else listens.
 *
 * <p>Besides the loopback port (for {@code cypher-shell}, Neo4j Browser and other processes), the engine's Bolt
 * server takes connections from this JVM through an in-VM channel: {@link #driver} speaks the same Bolt protocol
 * through it, without the TCP stack, which saves the process CPU on every message (docs/architecture.md gives the
 * figures).
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    /** Numbers the engines of this JVM, so each in-VM channel has a name of its own. */
    private static final AtomicInteger ENGINES = new AtomicInteger();

    /** Where the engine keeps its data and on which loopback port Bolt listens (0 = any free port). */
    public record Settings(Path dataDir, int boltPort, long pageCacheBytes) {

        /** Page cache sized from the machine: an eighth of the memory not taken by this JVM's heap, 128 MiB–4 GiB. */
        public static Settings sizedForThisMachine(Path dataDir, int boltPort) {
            return new Settings(dataDir, boltPort, defaultPageCache());
        }

        static long defaultPageCache() {
            long total = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getTotalMemorySize();
            long heap = Runtime.getRuntime().maxMemory();
            long share = Math.max(0, total - heap) / 8;
            return Math.clamp(share, 128L << 20, 4L << 30);
        }
    }

    private final DatabaseManagementService management;
    private final EmbeddedCredentials credentials;
    private final URI boltUri;
    private final String inVmChannel;

    private EmbeddedNeo4j(
            DatabaseManagementService management, EmbeddedCredentials credentials, URI boltUri, String inVmChannel) {
        this.management = management;
        this.credentials = credentials;
        this.boltUri = boltUri;
        this.inVmChannel = inVmChannel;
    }

    public static EmbeddedNeo4j start(Settings settings) {
        long started = System.nanoTime();
        Path home = settings.dataDir().toAbsolutePath().normalize();
        EmbeddedCredentials.Loaded loaded;
        try {
            loaded = EmbeddedCredentials.loadOrCreate(home);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the Bolt credentials in " + home, e);
        }
        String inVmChannel = "borderlink-bolt-" + ENGINES.incrementAndGet();
        DatabaseManagementService management = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress("127.0.0.1"))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", settings.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // the in-VM connector is on by default and listens once it has a name
                .setConfig(BoltConnectorInternalSettings.enable_local_connector, true)
                .setConfig(BoltConnectorInternalSettings.local_channel_address, inVmChannel)
                .setConfig(GraphDatabaseSettings.pagecache_memory, settings.pageCacheBytes())
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(10))
                .build();
        try {
            if (loaded.created()) {
                // First start of this data directory: replace the engine's initial password with the generated one.
                management
                        .database(SYSTEM_DATABASE_NAME)
                        .executeTransactionally(
                                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                                Map.of("password", loaded.credentials().password()));
            }
            GraphDatabaseService db = management.database(DEFAULT_DATABASE_NAME);
            var port = ((GraphDatabaseAPI) db)
                    .getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            URI uri = URI.create("bolt://127.0.0.1:" + port.getPort());
            log.info(
                    "Embedded Neo4j ready in {} ms: data in {}, Bolt at {}, page cache {} MiB. Credentials in {} (connect with: cypher-shell -a {} -u {} -p <password from that file>, or Neo4j Browser at that Bolt URL)",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(),
                    home,
                    uri,
                    settings.pageCacheBytes() >> 20,
                    loaded.credentials().file(),
                    uri,
                    loaded.credentials().username());
            return new EmbeddedNeo4j(management, loaded.credentials(), uri, inVmChannel);
        } catch (RuntimeException e) {
            management.shutdown();
            throw e;
        }
    }

    public URI boltUri() {
        return boltUri;
    }

    public EmbeddedCredentials credentials() {
        return credentials;
    }

    /**
     * A driver for this engine through its in-VM Bolt channel, signed in with the generated credentials; usable only
     * from this JVM. Close it before the engine.
     */
    public Driver driver(Config config) {
        AuthToken token = AuthTokens.basic(credentials.username(), credentials.password());
        return new InVmDriverFactory(inVmChannel)
                .newInstance(boltUri, AuthTokenManagers.basic(() -> token), null, config);
    }

    /** The default database, for in-process checks only; application code talks Bolt through the driver. */
    public GraphDatabaseService database() {
        return management.database(DEFAULT_DATABASE_NAME);
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        management.shutdown();
        log.info(
                "Embedded Neo4j stopped in {} ms",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }
}
