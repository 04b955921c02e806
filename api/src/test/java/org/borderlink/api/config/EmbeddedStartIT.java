package org.borderlink.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.graph.embedded.EmbeddedNeo4j;
import org.borderlink.graph.schema.GraphSchema;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

@BorderlinkIntegrationTest
class EmbeddedStartIT {

    @Autowired
    ObjectProvider<EmbeddedNeo4j> engine;

    @Autowired
    Driver applicationDriver;

    @LocalServerPort
    int port;

    @Test
    void healthIsUpAndIncludesNeo4j() {
        String health = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/actuator/health")
                .retrieve()
                .body(String.class);

        assertThat(health).contains("\"status\":\"UP\"").contains("\"neo4j\":{\"status\":\"UP\"}");
    }

    @Test
    void anOutsideBoltClientConnectsWithTheGeneratedCredentials() {
        EmbeddedNeo4j embedded = engine.getIfAvailable();
        assumeTrue(embedded != null, "runs against the embedded engine only");
        assertThat(embedded.boltUri().getHost()).isEqualTo("127.0.0.1");

        try (Driver outside = GraphDatabase.driver(
                        embedded.boltUri(),
                        AuthTokens.basic(
                                embedded.credentials().username(),
                                embedded.credentials().password()));
                var session = outside.session()) {
            assertThat(session.run("RETURN 1 AS one").single().get("one").asInt())
                    .isEqualTo(1);
        }
    }

    @Test
    void theApplicationReachesItsEngineThroughTheInVmChannel() {
        assumeTrue(engine.getIfAvailable() != null, "runs against the embedded engine only");

        try (var session = applicationDriver.session()) {
            String connection = session.run("""
                            SHOW TRANSACTIONS YIELD connectionId, currentQuery
                            WHERE currentQuery CONTAINS 'in-vm check' RETURN connectionId // in-vm check""").single().get("connectionId").asString();
            // the engine names connections by connector: bolt-local-N in-VM, bolt-N through the port
            assertThat(connection).startsWith("bolt-local-");
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        EmbeddedNeo4j embedded = engine.getIfAvailable();
        assumeTrue(embedded != null, "runs against the embedded engine only");

        try (Driver outside = GraphDatabase.driver(embedded.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(outside::verifyConnectivity)
                    .isInstanceOf(org.neo4j.driver.exceptions.AuthenticationException.class);
        }
    }

    @Test
    void theSchemaIsAppliedAtStart() {
        assertThat(GraphSchema.currentVersion(applicationDriver))
                .isEqualTo(GraphSchema.MIGRATIONS.getLast().version());
    }
}
