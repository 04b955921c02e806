package org.borderlink.graph.model;

/** Smuggling of migrants, trafficking in human beings, or a case that involves both. */
public enum CaseType {
    SOM,
    THB,
    MIXED
}
