/**
 * The resolution endpoints: analysts list, confirm, reject and undo the {@code POSSIBLY_SAME_AS} suggestions that
 * ingest makes, only ever those whose two mentions they may see.
 */
@NullMarked
package org.borderlink.api.resolution;

import org.jspecify.annotations.NullMarked;
