package org.borderlink.ingest.write;

/** What writing one report did to the graph. */
public enum WriteOutcome {
    /** A report Borderlink did not hold before. */
    STORED,
    /** The same version with the same content was already stored: nothing changed. */
    UNCHANGED,
    /** A higher version replaced the facts of the earlier one, and only those. */
    REPLACED,
    /** A lower version, or the same version with different content: refused, nothing changed. */
    REFUSED_VERSION
}
