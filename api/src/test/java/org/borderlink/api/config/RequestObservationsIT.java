package org.borderlink.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.api.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * A request is neither timed nor traced: nothing can read request metrics (only health and info are exposed) and the
 * audit trail records who asked what, so the server spends no CPU per request on observations (application.yml,
 * SecurityConfiguration).
 */
@BorderlinkIntegrationTest
class RequestObservationsIT {

    @LocalServerPort
    int port;

    @Autowired
    ObservationRegistry observations;

    @Autowired
    MeterRegistry meters;

    @Test
    void anApiRequestRecordsNoTimerAndStartsNoSecurityObservation() {
        // Spring Security's observations are not switched off by name, which would hide them from the list below
        // while their wrappers still ran: with the wrappers in place, the list would name them
        assertThat(Observation.createNotStarted("spring.security.filterchains", observations)
                        .isNoop())
                .isFalse();
        // every observation created from now on is named to this list (and goes on as it would have)
        List<String> created = new CopyOnWriteArrayList<>();
        observations.observationConfig().observationPredicate((name, context) -> {
            created.add(name);
            return true;
        });
        Observation.createNotStarted("borderlink.test.probe", observations).observe(() -> {});
        RestClient basic = TestUsers.client(port, TestUsers.RS_INVESTIGATOR);
        String token = basic.post()
                .uri("/api/v1/auth/token")
                .retrieve()
                .body(JsonNode.class)
                .get("access_token")
                .asString();

        for (int i = 0; i < 3; i++) {
            assertThat(TestUsers.bearer(port, token)
                            .get()
                            .uri("/api/v1/me")
                            .retrieve()
                            .toBodilessEntity()
                            .getStatusCode()
                            .value())
                    .isEqualTo(200);
        }

        assertThat(created).as("the probe shows observations are seen").contains("borderlink.test.probe");
        assertThat(created)
                .as("Spring Security starts no observation")
                .noneMatch(name -> name.startsWith("spring.security"));
        assertThat(Observation.createNotStarted("http.server.requests", observations)
                        .isNoop())
                .as("request observations are switched off")
                .isTrue();
        assertThat(meters.find("http.server.requests").meters()).isEmpty();
    }
}
