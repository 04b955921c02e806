package org.borderlink.api.formats;

import static org.borderlink.api.web.Problems.answer;
import static org.borderlink.api.web.Problems.invalid;
import static org.borderlink.api.web.Problems.problem;

import jakarta.servlet.http.HttpServletRequest;
import org.borderlink.ingest.tabular.MappingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * RFC 9457 problem details for the format endpoints: a parameter or part that does not fit gets a 400 naming it, a
 * mapping that cannot be used a 422 listing every mistake in it, an upload over the limit a 413.
 */
@RestControllerAdvice(basePackages = "org.borderlink.api.formats")
@Order(Ordered.HIGHEST_PRECEDENCE)
class FormatProblems {

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequest e, HttpServletRequest request) {
        return invalid(e.parameter(), e.getMessage(), request);
    }

    @ExceptionHandler(MappingException.class)
    ResponseEntity<ProblemDetail> mapping(MappingException e, HttpServletRequest request) {
        ProblemDetail p = problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "mapping-refused",
                "Mapping refused",
                "The column mapping cannot be used: " + e.problems().size() + " problem(s) listed.",
                request);
        p.setProperty("errors", e.problems());
        return answer(p);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return invalid(e.getRequestPartName(), "The part '" + e.getRequestPartName() + "' is required.", request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(
            MissingServletRequestParameterException e, HttpServletRequest request) {
        return invalid(e.getParameterName(), "The parameter '" + e.getParameterName() + "' is required.", request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return invalid(e.getName(), "The parameter '" + e.getName() + "' does not have the expected form.", request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return invalid(
                "body", "The request body is not the JSON expected: {\"reportIds\": [\"agency:reference\"]}.", request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return answer(problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "too-large",
                "Upload too large",
                "The file is larger than this server accepts; split the export.",
                request));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest request) {
        return invalid("file", "Send the file as multipart/form-data with a part named 'file'.", request);
    }
}
