/**
 * Centrality and communities on a subgraph the user chooses (seeds and hops, or a pattern's result): degree,
 * betweenness, closeness and PageRank, connected components and Louvain communities with their modularity.
 */
@NullMarked
package org.borderlink.api.analysis.analytics;

import org.jspecify.annotations.NullMarked;
