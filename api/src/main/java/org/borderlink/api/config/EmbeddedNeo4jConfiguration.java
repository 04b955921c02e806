package org.borderlink.api.config;

import java.util.concurrent.TimeUnit;
import org.borderlink.graph.embedded.EmbeddedNeo4j;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.neo4j.autoconfigure.Neo4jProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts the Neo4j engine in-process when no server is configured ({@code spring.neo4j.uri} unset) and gives the
 * application, Spring Data Neo4j and the health check a driver for it: through the engine's in-VM Bolt channel, or
 * through its loopback port with {@code borderlink.embedded.in-vm-bolt=false}. With {@code spring.neo4j.uri} set
 * nothing here runs and Spring Boot connects to that server or cluster as usual.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.NoServerConfigured.class)
class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(BorderlinkProperties properties) {
        BorderlinkProperties.Embedded e = properties.embedded();
        EmbeddedNeo4j.Settings settings = e.pageCache() > 0
                ? new EmbeddedNeo4j.Settings(e.dataDir(), e.boltPort(), e.pageCache())
                : EmbeddedNeo4j.Settings.sizedForThisMachine(e.dataDir(), e.boltPort());
        return EmbeddedNeo4j.start(settings);
    }

    /**
     * The driver Spring Boot would build from {@code spring.neo4j.*} (pool, timeouts, the {@link
     * ConfigBuilderCustomizer}s), except for where it connects: Boot's own driver knows only sockets.
     */
    @Bean(destroyMethod = "close")
    Driver embeddedNeo4jDriver(
            EmbeddedNeo4j engine,
            BorderlinkProperties properties,
            Neo4jProperties neo4j,
            ObjectProvider<ConfigBuilderCustomizer> customizers) {
        Config.ConfigBuilder builder = Config.builder();
        Neo4jProperties.Pool pool = neo4j.getPool();
        builder.withMaxConnectionPoolSize(pool.getMaxConnectionPoolSize());
        if (pool.getIdleTimeBeforeConnectionTest() != null) {
            builder.withConnectionLivenessCheckTimeout(
                    pool.getIdleTimeBeforeConnectionTest().toMillis(), TimeUnit.MILLISECONDS);
        }
        builder.withMaxConnectionLifetime(pool.getMaxConnectionLifetime().toMillis(), TimeUnit.MILLISECONDS);
        builder.withConnectionAcquisitionTimeout(
                pool.getConnectionAcquisitionTimeout().toMillis(), TimeUnit.MILLISECONDS);
        if (pool.isLogLeakedSessions()) builder.withLeakedSessionsLogging();
        builder.withConnectionTimeout(neo4j.getConnectionTimeout().toMillis(), TimeUnit.MILLISECONDS);
        builder.withMaxTransactionRetryTime(neo4j.getMaxTransactionRetryTime().toMillis(), TimeUnit.MILLISECONDS);
        customizers.orderedStream().forEach(c -> c.customize(builder));
        Config config = builder.build();
        if (properties.embedded().inVmBolt()) return engine.driver(config);
        return GraphDatabase.driver(
                engine.boltUri(),
                AuthTokens.basic(
                        engine.credentials().username(), engine.credentials().password()),
                config);
    }

    static class NoServerConfigured implements org.springframework.context.annotation.Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.neo4j.uri"));
        }
    }
}
