package org.borderlink.api.ingest;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A request body over {@code borderlink.ingest.max-request-size}: answered 413, naming the limit. */
final class RequestTooLarge extends ResponseStatusException {

    RequestTooLarge(long limit) {
        super(
                HttpStatus.CONTENT_TOO_LARGE,
                "The request is larger than the limit of " + limit
                        + " bytes (borderlink.ingest.max-request-size); split it into several submissions.");
        getBody().setTitle("Request too large");
        getBody().setProperty("limitBytes", limit);
    }
}
