/**
 * Search over the Lucene index (names in any script, selectors in any notation, places, narratives) with hit/no-hit
 * counts of what the caller may not see, and the index's configuration and catch-up with the graph.
 */
@NullMarked
package org.borderlink.api.search;

import org.jspecify.annotations.NullMarked;
