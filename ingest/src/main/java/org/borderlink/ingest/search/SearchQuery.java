package org.borderlink.ingest.search;

import java.util.EnumSet;
import java.util.Set;

/**
 * A search as a user asks it.
 *
 * @param text what they typed: a name in any script, a phone in any notation, a plate, a handle, words of a narrative
 * @param types the kinds of hit wanted; empty means all
 * @param limit the most hits returned, 1 to {@value #MAX_LIMIT}
 */
public record SearchQuery(String text, Set<SearchType> types, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_TEXT_LENGTH = 200;

    public SearchQuery {
        text = text.strip();
        if (text.isEmpty()) throw new IllegalArgumentException("the search text is empty");
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("the search text is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        types = types.isEmpty() ? EnumSet.allOf(SearchType.class) : EnumSet.copyOf(types);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), DEFAULT_LIMIT);
    }

    public boolean wants(SearchType type) {
        return types.contains(type);
    }
}
