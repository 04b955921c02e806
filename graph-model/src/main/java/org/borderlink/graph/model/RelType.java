package org.borderlink.graph.model;

/**
 * The relationship types. Every relationship asserts a fact and carries its provenance: {@code reportId},
 * {@code agency}, {@code aud} (audience tokens), {@code firstSeen}, {@code lastSeen}.
 */
public enum RelType {
    MENTIONS,
    REPORTS,
    INVOLVED_IN,
    OCCURRED_AT,
    USES,
    CONTACTED,
    PAID,
    RECRUITED,
    TRANSPORTED,
    HARBOURED,
    EXPLOITED,
    MEMBER_OF,
    ASSOCIATE_OF,
    FROM,
    TO,
    VIA,
    ON_LEG,
    DESCRIBES,
    POSSIBLY_SAME_AS
}
