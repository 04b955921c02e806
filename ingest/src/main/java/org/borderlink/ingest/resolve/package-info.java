/**
 * Person resolution (design §6): at ingest, each person mention is joined to a known person, suggested as possibly
 * the same, or made a new person, on transliteration-aware name similarity, attributes, shared selectors and
 * co-occurrence; analysts confirm, reject, undo or split, and every fact keeps its provenance through all of it.
 */
@NullMarked
package org.borderlink.ingest.resolve;

import org.jspecify.annotations.NullMarked;
