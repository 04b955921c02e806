/**
 * Batched, idempotent writes of report facts to Neo4j: one transaction per batch of reports, one {@code UNWIND}
 * statement per kind of fact, through the driver (never entity-by-entity repository saves).
 */
@NullMarked
package org.borderlink.ingest.write;

import org.jspecify.annotations.NullMarked;
