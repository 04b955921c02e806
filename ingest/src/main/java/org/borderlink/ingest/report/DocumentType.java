package org.borderlink.ingest.report;

/** The type of an identity or travel document. */
public enum DocumentType {
    PASSPORT,
    ID_CARD,
    VISA,
    RESIDENCE_PERMIT,
    TRAVEL_DOCUMENT,
    OTHER
}
