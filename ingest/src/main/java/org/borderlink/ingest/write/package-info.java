/**
 * Batched, idempotent writes of report facts to Neo4j: one transaction per batch of reports, one {@code UNWIND}
 * statement per kind of node and the facts that hang from it, through the driver (never entity-by-entity repository
 * saves). A migrant's or victim's mention also gets the raw tallies of what its report says about them
 * ({@link org.borderlink.ingest.write.MentionTallies}), computed from the facts in hand, which the migrant patterns use
 * as upper bounds.
 */
@NullMarked
package org.borderlink.ingest.write;

import org.jspecify.annotations.NullMarked;
