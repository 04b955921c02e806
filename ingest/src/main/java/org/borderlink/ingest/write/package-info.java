/**
 * Batched, idempotent writes of report facts to Neo4j: one transaction per batch of reports, one {@code UNWIND}
 * statement per kind of node and the facts that hang from it, through the driver (never entity-by-entity repository
 * saves).
 */
@NullMarked
package org.borderlink.ingest.write;

import org.jspecify.annotations.NullMarked;
