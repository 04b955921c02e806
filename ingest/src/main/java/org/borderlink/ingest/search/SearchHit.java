package org.borderlink.ingest.search;

import java.util.List;

/**
 * One entity a search found, as the user may see it.
 *
 * @param id the entity's graph id: a person id, an E.164 number, {@code RS:BG123AB}, a gazetteer id, a report id
 * @param label how to show it: a name, a number, a plate, a place name, a report reference
 * @param snippet the matching text with the matched words in {@code <mark>…</mark>}, HTML-escaped otherwise
 * @param matchedBy {@code selector} (an exact value), {@code name} or {@code text}
 * @param score the relevance within its tier
 * @param reportIds the visible reports the hit comes from (none for gazetteer places)
 */
public record SearchHit(
        SearchType type,
        String id,
        String label,
        String snippet,
        SearchType.Tier matchedBy,
        double score,
        List<String> reportIds) {

    public SearchHit {
        reportIds = List.copyOf(reportIds);
    }
}
