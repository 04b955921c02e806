/**
 * Link analysis over the graph, as the viewer may see it: entity cards, expansion, paths, connections, timelines,
 * route aggregates and the pattern library. Every query embeds the visibility rule ({@code Visibility}) and runs in a
 * read transaction with a server-side timeout ({@link org.borderlink.graph.analysis.GraphReader}).
 */
@NullMarked
package org.borderlink.graph.analysis;

import org.jspecify.annotations.NullMarked;
