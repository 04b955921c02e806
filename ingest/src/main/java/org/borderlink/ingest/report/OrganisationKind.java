package org.borderlink.ingest.report;

/** What kind of organisation a report mentions. */
public enum OrganisationKind {
    CRIMINAL_GROUP,
    TRANSPORT_COMPANY,
    TRAVEL_AGENCY,
    OTHER
}
