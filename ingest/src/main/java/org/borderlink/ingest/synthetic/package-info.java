/**
 * A seeded generator of synthetic Western Balkans case reports (smuggling networks, their facilitators,
 * migrants and trafficking victims, written as the region's agencies write them) with the ground truth of who
 * every person mention really is, for tests, demos and benchmarks.
 */
@NullMarked
package org.borderlink.ingest.synthetic;

import org.jspecify.annotations.NullMarked;
