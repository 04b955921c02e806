package org.borderlink.ingest.search;

/**
 * Hit/no-hit (design §5): the search also matched {@code count} records held by {@code agency} that the user may not
 * see. Nothing else is told: no content, no ids, no kinds.
 */
public record HiddenHits(String agency, int count) {}
