package org.borderlink.api.analysis;

import static org.borderlink.api.web.Problems.answer;
import static org.borderlink.api.web.Problems.invalid;
import static org.borderlink.api.web.Problems.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.borderlink.graph.analysis.EntityNotVisible;
import org.borderlink.graph.analysis.QueryTimedOut;
import org.borderlink.graph.analysis.QueryTooLarge;
import org.borderlink.graph.analysis.patterns.InvalidPatternParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/**
 * RFC 9457 problem details for the link-analysis API. An id that is absent and an id whose every fact is hidden get
 * the same 404, word for word; a parameter that does not fit gets a 400 naming it; a question too large to answer a
 * 422 saying which parameter to change; a query the database stopped at its time limit a 503.
 */
@RestControllerAdvice(basePackages = "org.borderlink.api.analysis")
@Order(Ordered.HIGHEST_PRECEDENCE)
class AnalysisProblems {

    private static final Logger log = LoggerFactory.getLogger(AnalysisProblems.class);

    @ExceptionHandler(EntityNotVisible.class)
    ResponseEntity<ProblemDetail> notVisible(EntityNotVisible e, HttpServletRequest request) {
        ProblemDetail p = problem(
                HttpStatus.NOT_FOUND, "not-found", "Not found", "No entity with this id is visible to you.", request);
        p.setProperty("id", e.id());
        return answer(p);
    }

    @ExceptionHandler(BadParameter.class)
    ResponseEntity<ProblemDetail> badParameter(BadParameter e, HttpServletRequest request) {
        return invalid(e.parameter(), e.getMessage(), request);
    }

    @ExceptionHandler(InvalidPatternParameter.class)
    ResponseEntity<ProblemDetail> badPatternParameter(InvalidPatternParameter e, HttpServletRequest request) {
        return invalid("parameters." + e.parameter(), e.getMessage(), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return invalid(e.getParameterName(), "The parameter '" + e.getParameterName() + "' is required.", request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String type =
                e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
        return invalid(e.getName(), "The parameter '" + e.getName() + "' must be a " + type + ".", request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        String field = "body";
        if (e.getMostSpecificCause() instanceof JacksonException j
                && !j.getPath().isEmpty()) {
            field = j.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
        }
        return invalid(field, "The request body could not be read at '" + field + "'.", request);
    }

    @ExceptionHandler(QueryTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(QueryTooLarge e, HttpServletRequest request) {
        ProblemDetail p = problem(
                HttpStatus.UNPROCESSABLE_CONTENT, "query-too-large", "Query too large", e.getMessage(), request);
        p.setProperty("parameter", e.parameter());
        return answer(p);
    }

    @ExceptionHandler(QueryTimedOut.class)
    ResponseEntity<ProblemDetail> timedOut(QueryTimedOut e, HttpServletRequest request) {
        log.warn("Analysis query stopped on {}: {}", request.getRequestURI(), e.getMessage());
        ProblemDetail p = problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "query-timed-out",
                "Query stopped",
                "The query was stopped: " + e.getMessage() + ". Narrow it (fewer hops, a shorter window, more "
                        + "filters) or try again later.",
                request);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "10")
                .body(p);
    }
}
