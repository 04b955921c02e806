package org.borderlink.api.config;

import java.net.URI;
import org.borderlink.graph.embedded.EmbeddedNeo4j;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts the Neo4j engine in-process when no server is configured ({@code spring.neo4j.uri} unset) and points the
 * driver, Spring Data Neo4j and the health check at its loopback Bolt connector. With {@code spring.neo4j.uri}
 * set nothing here runs and Spring Boot connects to that server or cluster as usual.
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

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j engine) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return engine.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.basic(
                        engine.credentials().username(), engine.credentials().password());
            }
        };
    }

    static class NoServerConfigured implements org.springframework.context.annotation.Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.neo4j.uri"));
        }
    }
}
