package org.borderlink.ingest.report;

/** How a route leg was travelled. */
public enum TransportMode {
    FOOT,
    CAR,
    VAN,
    TRUCK,
    BUS,
    TAXI,
    TRAIN,
    BOAT,
    OTHER
}
