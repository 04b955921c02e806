package org.borderlink.api.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderlink.graph.analysis.EntityNotVisible;
import org.borderlink.graph.analysis.QueryTimedOut;
import org.borderlink.graph.analysis.QueryTooLarge;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** How analysis errors are answered: status, problem type and the parameter to change. */
class AnalysisProblemsTest {

    private final AnalysisProblems problems = new AnalysisProblems();
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/graph/expand");

    @Test
    void aStoppedQueryIs503WithRetryAfterAndSaysWhatToDo() {
        ResponseEntity<ProblemDetail> r = problems.timedOut(
                new QueryTimedOut("the query ran longer than the limit of 10 s and was stopped", null), request);

        assertThat(r.getStatusCode().value()).isEqualTo(503);
        assertThat(r.getHeaders().getFirst("Retry-After")).isEqualTo("10");
        assertThat(r.getBody().getDetail()).contains("10 s", "Narrow it");
        assertThat(r.getBody().getType().toString()).endsWith("/query-timed-out");
    }

    @Test
    void aQuestionTooLargeIs422NamingTheParameter() {
        ResponseEntity<ProblemDetail> r = problems.tooLarge(new QueryTooLarge("hops", "more than 2000 nodes"), request);

        assertThat(r.getStatusCode().value()).isEqualTo(422);
        assertThat(r.getBody().getProperties()).containsEntry("parameter", "hops");
    }

    @Test
    void notVisibleIsOne404WhateverTheReason() {
        ResponseEntity<ProblemDetail> r = problems.notVisible(new EntityNotVisible("X"), request);

        assertThat(r.getStatusCode().value()).isEqualTo(404);
        assertThat(r.getBody().getDetail()).isEqualTo("No entity with this id is visible to you.");
    }
}
