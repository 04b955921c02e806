package org.borderlink.ingest.report;

/** The state of the case at the reporting agency, aligned with HTCDS 2.0 {@code cas_Status}. */
public enum CaseStatus {
    /** The case is being worked on ({@code Active}). */
    ACTIVE,
    /** Closed for now but followed up ({@code FollowUp}). */
    FOLLOW_UP,
    /** Closed ({@code Closed}). */
    CLOSED,
    /** Closed by referral to another agency or to prosecution ({@code ClosedReferred}). */
    CLOSED_REFERRED
}
