package org.borderlink.ingest.tabular;

/** A cell value that cannot become the value of its field; the message says why and what would be accepted. */
final class ValueProblem extends Exception {

    ValueProblem(String message) {
        super(message, null, false, false);
    }
}
