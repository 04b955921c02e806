package org.borderlink.api.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.borderlink.api.analysis.Http.Answer;
import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.api.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The link-analysis endpoints are described in the OpenAPI document, each operation with a summary. */
@BorderlinkIntegrationTest
class ApiDocsIT {

    @LocalServerPort
    int port;

    @Test
    void everyAnalysisEndpointIsDescribed() {
        Answer a = Http.get(TestUsers.anonymous(port), "/v3/api-docs");

        assertThat(a.status()).isEqualTo(200);
        List<String> paths = new ArrayList<>();
        a.body().get("paths").properties().forEach(e -> paths.add(e.getKey()));
        assertThat(paths).anyMatch(p -> p.startsWith("/api/v1/entities/"));
        assertThat(paths)
                .contains(
                        "/api/v1/graph/expand",
                        "/api/v1/graph/paths",
                        "/api/v1/graph/connections",
                        "/api/v1/timeline",
                        "/api/v1/analytics/centrality",
                        "/api/v1/analytics/communities",
                        "/api/v1/routes/crossing-points",
                        "/api/v1/routes/legs",
                        "/api/v1/patterns",
                        "/api/v1/patterns/{name}/run",
                        "/api/v1/export/{format}");
        a.body()
                .get("paths")
                .forEach(path -> path.forEach(operation -> {
                    String tags = operation.has("tags") ? operation.get("tags").toString() : "";
                    if (tags.matches(".*(Link analysis|Analytics|Routes|Patterns|Export).*")) {
                        assertThat(operation.get("summary").asString()).isNotBlank();
                    }
                }));
    }
}
