/** Entity cards, expansion, paths, connections and timelines over HTTP. */
@NullMarked
package org.borderlink.api.analysis.graph;

import org.jspecify.annotations.NullMarked;
