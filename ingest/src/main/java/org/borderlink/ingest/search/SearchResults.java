package org.borderlink.ingest.search;

import java.util.List;

/**
 * The answer to a search: the visible hits, best first (exact selectors, then names, then narrative text), and how
 * many matching records other agencies hold that the user may not see.
 *
 * @param more whether more visible hits matched than {@code limit} allowed
 */
public record SearchResults(List<SearchHit> hits, boolean more, List<HiddenHits> hidden) {

    public SearchResults {
        hits = List.copyOf(hits);
        hidden = List.copyOf(hidden);
    }
}
