package org.borderlink.ingest.synthetic;

import org.borderlink.graph.model.Role;

/** Who a person mention really is, and in which role the report mentions them. */
public record TrueMention(MentionKey key, TruePerson person, Role role) {}
