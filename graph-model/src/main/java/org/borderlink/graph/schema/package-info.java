/** The graph's constraints and indexes, applied idempotently and versioned at start-up. */
@NullMarked
package org.borderlink.graph.schema;

import org.jspecify.annotations.NullMarked;
