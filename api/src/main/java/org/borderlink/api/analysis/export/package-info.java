/**
 * Exports of a chosen subgraph for other tools: GraphML, GEXF (Gephi), CSV (nodes and edges) and an i2 Analyst's
 * Notebook import CSV. Every export holds only what the user may see, states each fact's TLP and handling code, and
 * leaves out facts other agencies marked H2 (no further dissemination without permission).
 */
@NullMarked
package org.borderlink.api.analysis.export;

import org.jspecify.annotations.NullMarked;
