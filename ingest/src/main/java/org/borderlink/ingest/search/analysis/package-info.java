/**
 * Lucene analysis of person names across the region's scripts and spellings: one token filter per step
 * (transliteration, initials, folding, Arabic name particles, phonetic keys), the analyzers built from them and
 * the transliteration-aware name similarity that resolution scores candidates with (design §6).
 */
@NullMarked
package org.borderlink.ingest.search.analysis;

import org.jspecify.annotations.NullMarked;
