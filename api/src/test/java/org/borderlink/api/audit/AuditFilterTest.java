package org.borderlink.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.borderlink.ingest.facts.Pseudonymiser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** No answer leaves without its audit event on disk; if the event cannot be written, the answer does not leave. */
class AuditFilterTest {

    private static final String SECRET = "{\"name\":\"content that must not leave unaudited\"}";

    @TempDir
    Path dir;

    private AuditTrail trail;
    private AuditFilter filter;

    @BeforeEach
    void open() {
        trail = new AuditTrail(dir, "unit", Clock.systemUTC());
        filter = new AuditFilter(trail, new AuditParameters(List.of("name"), new Pseudonymiser(new byte[32])));
    }

    @AfterEach
    void close() throws IOException {
        trail.close();
    }

    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/things");
        request.setQueryString("name=Ahmad%20Khan&hops=2");
        request.addHeader("X-Purpose", "case 7/26");
        return request;
    }

    /** A handler that attaches its summary as the body advice would, then writes the body. */
    private static final FilterChain ANSWERS = (req, res) -> {
        RequestAudit.of((jakarta.servlet.http.HttpServletRequest) req)
                .orElseThrow()
                .summary(AuditSummary.of(3, Set.of("RS-MUP:KU-1")));
        res.setContentType("application/json");
        res.getOutputStream().write(SECRET.getBytes(StandardCharsets.UTF_8));
    };

    private List<AuditEvent> events() {
        List<AuditEvent> events = new ArrayList<>();
        trail.read(events::add);
        return events;
    }

    @Test
    void theEventIsWrittenBeforeTheAnswerWithItsFigures() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request(), response, ANSWERS);

        assertThat(response.getContentAsString()).isEqualTo(SECRET);
        AuditEvent event = events().getLast();
        assertThat(event.action()).isEqualTo(AuditAction.READ);
        assertThat(event.path()).isEqualTo("/api/v1/things");
        assertThat(event.purpose()).isEqualTo("case 7/26");
        assertThat(event.status()).isEqualTo(200);
        assertThat(event.resultSize()).isEqualTo(3);
        assertThat(event.reportIds()).containsExactly("RS-MUP:KU-1");
        assertThat(event.parameters()).containsEntry("hops", "2");
        assertThat(event.parameters().get("name")).startsWith("hmac:").doesNotContain("Ahmad");
    }

    @Test
    void anAnswerWhoseEventCannotBeWrittenIsRefusedWithoutAByteOfIt() throws Exception {
        trail.close();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request(), response, ANSWERS);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("Audit unavailable").doesNotContain("must not leave");
    }

    @Test
    void anAnswerWithoutBodyIsAuditedWhenTheRequestEnds() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(
                request(), response, (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setStatus(204));

        assertThat(events().getLast().status()).isEqualTo(204);
    }

    @Test
    void aRefusalByARoleCheckIsAuditedBeforeSpringSecurityAnswersIt() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThatThrownBy(() -> filter.doFilter(request(), response, (req, res) -> {
                    throw new jakarta.servlet.ServletException(new AccessDeniedException("role"));
                }))
                .isInstanceOf(jakarta.servlet.ServletException.class);
        assertThat(events().getLast().status()).isEqualTo(403);
    }

    @Test
    void requestsOutsideTheApiAreNotAudited() throws Exception {
        int before = events().size();
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/index.html");

        filter.doFilter(page, new MockHttpServletResponse(), (req, res) -> {});

        assertThat(events()).hasSize(before);
    }
}
