package org.borderlink.ingest.report;

/** What the reporting agency established about a document. */
public enum DocumentStatus {
    GENUINE,
    FORGED,
    IMPOSTOR,
    STOLEN_BLANK
}
