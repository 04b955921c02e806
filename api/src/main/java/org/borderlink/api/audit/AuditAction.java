package org.borderlink.api.audit;

/** What an audited request or event did (LED Art. 25: collection, alteration, consultation, disclosure, …). */
public enum AuditAction {
    /** A successful interactive login or the issue of an API token. */
    LOGIN,
    /** A failed authentication: wrong password, unknown user, invalid or expired token. */
    LOGIN_FAILED,
    /** Consultation of case data: entity cards, expansions, paths, timelines, patterns. */
    READ,
    /** A search or selector query, including hit/no-hit answers. */
    SEARCH,
    /** Disclosure outside the platform: exports in any format. */
    EXPORT,
    /** Collection: reports submitted. */
    INGEST,
    /** A marking changed by the owning agency: releasability, TLP or handling code. */
    SHARE,
    /** An access request filed after a hit/no-hit answer. */
    ACCESS_REQUEST,
    /** An access request granted or refused by the owning agency. */
    ACCESS_DECISION,
    /** The audit trail itself read or verified. */
    AUDIT,
    /** Any other change requested through the API. */
    WRITE,
    /** This instance opened its audit trail (at start-up). */
    START
}
