package org.borderlink.api.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * RFC 9457 problem details as the API's exception handlers build them: a type under one namespace, a title, a detail a
 * person can act on, the request path as the instance, and nothing from inside the server.
 */
public final class Problems {

    /** Where the problem types live; {@code .invalid} so that no one mistakes them for pages to fetch. */
    public static final String TYPES = "https://borderlink.invalid/problems/";

    private Problems() {}

    public static ProblemDetail problem(
            HttpStatus status, String type, String title, String detail, HttpServletRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPES + type));
        p.setTitle(title);
        p.setInstance(URI.create(request.getRequestURI()));
        return p;
    }

    /** A 400 that names the parameter to correct. */
    public static ResponseEntity<ProblemDetail> invalid(String parameter, String detail, HttpServletRequest request) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", detail, request);
        p.setProperty("parameter", parameter);
        return answer(p);
    }

    public static ResponseEntity<ProblemDetail> answer(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }
}
