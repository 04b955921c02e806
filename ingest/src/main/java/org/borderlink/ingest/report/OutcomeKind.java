package org.borderlink.ingest.report;

/** A step of the criminal-justice response to a person in the case. */
public enum OutcomeKind {
    ARREST,
    CHARGE,
    INDICTMENT,
    CONVICTION,
    ACQUITTAL,
    SENTENCE
}
