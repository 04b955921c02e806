package org.borderlink.graph.model;

/** How much of a date is known. Case records often give only a month or a year. */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR
}
