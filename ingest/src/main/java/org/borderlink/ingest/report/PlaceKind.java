package org.borderlink.ingest.report;

/** What kind of place a {@link Place} is, when the report says so. */
public enum PlaceKind {
    CITY,
    BORDER_CROSSING,
    HOTSPOT,
    SAFE_HOUSE,
    PORT,
    OTHER
}
