package org.borderlink.api.analysis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.graph.analysis.GraphReader;
import org.borderlink.graph.analysis.QueryTimedOut;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.sharing.Viewer;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** The server-side limit stops a query on the real engine, and the stop is told apart from other failures. */
@BorderlinkIntegrationTest
class QueryTimeoutIT {

    @Autowired
    Driver driver;

    @Test
    void aQueryLongerThanTheLimitIsStoppedOnTheServer() {
        GraphReader reader = new GraphReader(driver, Duration.ofMillis(300));
        Viewer viewer = Viewer.of(AgencyId.of("RS-MUP"), List.of("WB"));

        assertThatThrownBy(() -> reader.read(
                        viewer,
                        tx -> tx.list("UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x)")))
                .isInstanceOf(QueryTimedOut.class)
                .hasMessageContaining("limit");
    }
}
