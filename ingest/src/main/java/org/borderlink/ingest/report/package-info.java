/**
 * The canonical case report (format version 1): the records JSON binds to, the reader for single, array,
 * NDJSON and directory inputs, the structural validator, and the {@link org.borderlink.ingest.report.Problem}
 * every ingest step reports errors with.
 */
@NullMarked
package org.borderlink.ingest.report;

import org.jspecify.annotations.NullMarked;
