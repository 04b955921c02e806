package org.borderlink.api.search;

import io.swagger.v3.oas.annotations.Operation;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.borderlink.api.audit.AuditSummary;
import org.borderlink.api.security.Caller;
import org.borderlink.ingest.search.HiddenHits;
import org.borderlink.ingest.search.IndexCatchUp;
import org.borderlink.ingest.search.SearchHit;
import org.borderlink.ingest.search.SearchIndex;
import org.borderlink.ingest.search.SearchQuery;
import org.borderlink.ingest.search.SearchResults;
import org.borderlink.ingest.search.SearchType;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/v1/search?q=…&types=…&limit=…}: one box for names in any script, phones in any notation, plates,
 * handles, places and narrative words. Exact selector hits come first, then names, then narrative text, each with a
 * highlighted snippet; only what the caller may see is shown, and what matched beyond that is told as {@code
 * hiddenHits}: so many records held by such an agency, nothing more (design §5).
 */
@RestController
@RequestMapping("/api/v1/search")
@ConditionalOnWebApplication
class SearchController {

    private final SearchIndex index;
    private final IndexCatchUp catchUp;

    SearchController(SearchIndex index, IndexCatchUp catchUp) {
        this.index = index;
        this.catchUp = catchUp;
    }

    /**
     * One hit.
     *
     * @param type {@code person}, {@code organisation}, {@code phone}, {@code vehicle}, {@code online}, {@code place}
     *     or {@code report}
     * @param matchedBy {@code selector}, {@code name} or {@code text}
     * @param snippet HTML: the matched words in {@code <mark>}, everything else escaped
     */
    record Hit(
            String type,
            String id,
            String label,
            String snippet,
            String matchedBy,
            double score,
            List<String> reportIds) {

        static Hit of(SearchHit h) {
            return new Hit(
                    h.type().value(),
                    h.id(),
                    h.label(),
                    h.snippet(),
                    h.matchedBy().name().toLowerCase(java.util.Locale.ROOT),
                    Math.round(h.score() * 1000) / 1000.0,
                    h.reportIds());
        }
    }

    /** The answer: visible hits best first, whether more matched than the limit, and hit/no-hit counts. */
    record Answer(String query, List<Hit> hits, boolean more, List<HiddenHits> hiddenHits) implements AuditSummary {

        @Override
        public int resultSize() {
            return hits.size();
        }

        @Override
        public Set<String> reportIds() {
            return hits.stream()
                    .flatMap(h -> h.reportIds().stream())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    @Operation(summary = "Search names, selectors, places and narratives, in any script or notation")
    @GetMapping
    @PreAuthorize("hasAnyRole('INVESTIGATOR', 'ANALYST', 'LIAISON_OFFICER')")
    Answer search(
            Caller caller,
            @RequestParam(name = "q", required = false) @Nullable String q,
            @RequestParam(name = "types", required = false) @Nullable String types,
            @RequestParam(name = "limit", required = false) @Nullable Integer limit) {
        SearchQuery query;
        try {
            query = new SearchQuery(
                    q == null ? "" : q, types(types), limit == null ? SearchQuery.DEFAULT_LIMIT : limit);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        // what the graph says now, not what it said at the last catch-up: a report narrowed a moment ago stays hidden
        if (!catchUp.ensureCurrent()) {
            throw new ResponseStatusException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "the search index is catching up with the graph; try again shortly");
        }
        SearchResults results = index.search(query, caller.viewer());
        return new Answer(
                query.text(), results.hits().stream().map(Hit::of).toList(), results.more(), results.hidden());
    }

    private static Set<SearchType> types(@Nullable String types) {
        if (types == null || types.isBlank()) return Set.of();
        Set<SearchType> out = EnumSet.noneOf(SearchType.class);
        for (String name : types.split(",")) {
            if (name.isBlank()) continue;
            SearchType type = SearchType.parse(name);
            if (type == null) {
                throw new IllegalArgumentException("unknown type '" + name.strip() + "'; known types: "
                        + Stream.of(SearchType.values()).map(SearchType::value).collect(Collectors.joining(", ")));
            }
            out.add(type);
        }
        return out;
    }
}
