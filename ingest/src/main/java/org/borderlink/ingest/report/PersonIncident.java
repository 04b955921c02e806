package org.borderlink.ingest.report;

import org.borderlink.graph.model.Role;
import org.jspecify.annotations.Nullable;

/**
 * A person's part in one incident of the same report.
 *
 * @param ref the incident's local reference
 * @param role the role in that incident, when it differs from the person's role in the case
 */
public record PersonIncident(String ref, @Nullable Role role) {}
