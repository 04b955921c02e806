/**
 * The link-analysis API (design §7): entity cards, expansion, paths, connections, timelines, centrality and
 * communities, routes, the pattern library and exports. Every answer is computed through the visibility rule for the
 * asking user; errors are RFC 9457 problem details.
 */
@NullMarked
package org.borderlink.api.analysis;

import org.jspecify.annotations.NullMarked;
