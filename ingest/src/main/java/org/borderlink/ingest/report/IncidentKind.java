package org.borderlink.ingest.report;

/** What happened in an incident (design §3, {@code Incident.kind}). */
public enum IncidentKind {
    INTERCEPTION,
    ARREST,
    CROSSING_ATTEMPT,
    RESCUE,
    DEATH,
    RECRUITMENT,
    TRANSIT,
    EXPLOITATION,
    PAYMENT,
    KIDNAPPING,
    OTHER
}
