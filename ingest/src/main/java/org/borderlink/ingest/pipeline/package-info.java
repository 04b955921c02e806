/**
 * The ingest pipeline every front door uses: read → validate → normalise and anonymise → write in batches, with a
 * per-report answer (stored, unchanged, replaced or refused with every problem).
 */
@NullMarked
package org.borderlink.ingest.pipeline;

import org.jspecify.annotations.NullMarked;
