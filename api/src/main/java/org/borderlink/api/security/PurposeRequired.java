package org.borderlink.api.security;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A read without a stated purpose, or with one that cannot go into the audit trail as it is: 400. */
final class PurposeRequired extends ErrorResponseException {

    PurposeRequired(String detail) {
        super(HttpStatus.BAD_REQUEST, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Purpose required");
        problem.setType(URI.create("https://borderlink.invalid/problems/purpose-required"));
        problem.setProperty("parameter", CallerArgumentResolver.PURPOSE_HEADER);
        return problem;
    }
}
