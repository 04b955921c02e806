/**
 * What the browser workspace (module {@code ui-static}) needs from the server besides the API itself: its
 * configuration ({@code GET /api/v1/ui-config}): an optional map tile source, the gazetteer's places to draw, the
 * names of the tabular mappings an upload may use.
 */
@NullMarked
package org.borderlink.api.ui;

import org.jspecify.annotations.NullMarked;
