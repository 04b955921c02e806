package org.borderlink.api.security;

/**
 * What a user may do (design §5). Roles gate endpoints; they never widen what a user may see, which is decided by
 * the user's audience tokens alone.
 */
public enum UserRole {
    /** Explores networks: search, entity cards, expand, paths, timelines. */
    INVESTIGATOR,
    /** Shares cases: changes markings of the own agency's reports, decides access requests. */
    LIAISON_OFFICER,
    /** Runs pattern queries and route analytics. */
    ANALYST,
    /** Submits reports for the agencies the account is allowed to submit for. */
    INGEST,
    /** Reads and verifies the audit trail. */
    AUDITOR,
    /** Operates the platform. Sees no case data by virtue of this role. */
    ADMIN;

    /** The Spring Security authority, so {@code hasRole('ANALYST')} works in {@code @PreAuthorize}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
