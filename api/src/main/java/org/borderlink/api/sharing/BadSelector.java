package org.borderlink.api.sharing;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A selector that cannot be read as its type: 400, saying what was expected (never what is held). */
final class BadSelector extends ResponseStatusException {

    BadSelector(String detail) {
        super(HttpStatus.BAD_REQUEST, detail);
        getBody().setTitle("Bad selector");
    }
}
