package org.borderlink.ingest.report;

/** A fact linking two actors; each becomes a relationship of the same name in the graph (design §3). */
public enum RelationType {
    CONTACTED,
    PAID,
    RECRUITED,
    TRANSPORTED,
    HARBOURED,
    EXPLOITED,
    MEMBER_OF,
    ASSOCIATE_OF
}
