package org.borderlink.graph.model;

/** The node labels of the graph (design §3). Every node has a stable string {@code id}. */
public enum NodeLabel {
    Report,
    Incident,
    Person,
    Organisation,
    Location,
    Phone,
    Vehicle,
    Document,
    Account,
    OnlineAccount,
    Leg
}
