/**
 * Normalisation of reported values before validation: countries to ISO codes, dates with their precision,
 * phones to E.164, plates to one canonical form, places to the gazetteer and names to a Latin spelling and
 * a folded key (design §4, step 2).
 */
@NullMarked
package org.borderlink.ingest.normalise;

import org.jspecify.annotations.NullMarked;
