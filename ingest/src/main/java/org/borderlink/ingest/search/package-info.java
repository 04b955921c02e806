/**
 * The Lucene index, derived from the graph (design §6): person and organisation mentions in every form of their
 * names, selectors, places and narratives, each document under its report's audience tokens. Search filters by the
 * user's tokens inside Lucene and answers hit/no-hit for the rest; resolution draws its candidates from here. The
 * index is rebuilt from the graph on demand and catches up from it by the reports' ingest sequence.
 */
@NullMarked
package org.borderlink.ingest.search;

import org.jspecify.annotations.NullMarked;
