package org.borderlink.ingest.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BooleanSimilarity;
import org.borderlink.graph.sharing.Viewer;
import org.borderlink.ingest.normalise.Gazetteer;
import org.borderlink.ingest.normalise.PlaceMatch;
import org.borderlink.ingest.search.SearchType.Tier;
import org.jspecify.annotations.Nullable;

/**
 * One search, as {@link SearchIndex#search} runs it. Three queries, one per tier, each restricted inside Lucene by
 * the viewer's audience tokens, the wanted types and searchability:
 *
 * <ol>
 *   <li><b>selectors</b>: exact values ({@link SelectorTerms}) against phones, plates, handles and gazetteer ids;
 *   <li><b>names</b>: every word of the query must match a word of a person's, organisation's or place's name in its
 *       folded form (any script, any regional spelling), its phonetic key, or within one edit; persons are grouped
 *       across their mentions;
 *   <li><b>text</b>: every word of the query in a report's narrative, transliterated and folded alike.
 * </ol>
 *
 * Hits are listed tier by tier, an entity at most once. Hit/no-hit counts come from one more query: the union of the
 * three, restricted to documents outside the viewer's audience, counted per owning agency.
 *
 * <p><b>Scores that leak nothing.</b> BM25 weighs a term by how many documents hold it, hidden ones included: a
 * visible hit's score, even the order of two hits, would change when another agency indexes a report the user cannot
 * see. User searches therefore score with {@link BooleanSimilarity} (the sum of the matching clauses' boosts, from
 * the hit alone) and break ties by entity id, so an answer depends only on what the user may see. For the same
 * reason there are no fuzzy clauses: which spellings a fuzzy query expands to depends on every document's terms.
 */
final class IndexSearch {

    private static final int NARRATIVE_SNIPPET = 200;
    private static final int SPELLINGS_SHOWN = 3;
    private static final Sort BY_SCORE_THEN_ID =
            new Sort(SortField.FIELD_SCORE, new SortField(IndexDocuments.ENTITY, SortField.Type.STRING));

    private final Analyzer analyzer;
    private final SelectorTerms selectorTerms = new SelectorTerms();
    private final Gazetteer gazetteer = Gazetteer.load();

    IndexSearch(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    SearchResults run(IndexSearcher shared, SearchQuery q, Viewer viewer) throws IOException {
        IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
        searcher.setSimilarity(new BooleanSimilarity());
        Query visible = visible(viewer);
        Query selectors = selectorQuery(q.text(), viewer);
        AnalyzedText folded = AnalyzedText.of(analyzer, IndexDocuments.FOLDED, q.text());
        AnalyzedText phonetic = AnalyzedText.of(analyzer, IndexDocuments.PHONETIC, q.text());
        Query names = nameQuery(q.text(), folded, phonetic);
        AnalyzedText words = AnalyzedText.of(analyzer, IndexDocuments.NARRATIVE, q.text());
        Query text = allWords(IndexDocuments.NARRATIVE, words);

        List<SearchHit> hits = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean more = false;
        Set<String> nameTerms = new HashSet<>(folded.terms());
        nameTerms.addAll(phonetic.terms());

        if (selectors != null) {
            more |= grouped(
                    searcher, restrict(selectors, visible, q, Tier.SELECTOR), Tier.SELECTOR, q, hits, seen, Set.of());
        }
        if (names != null) {
            more |= grouped(searcher, restrict(names, visible, q, Tier.NAME), Tier.NAME, q, hits, seen, nameTerms);
        }
        if (text != null && q.wants(SearchType.REPORT)) {
            more |= narratives(searcher, restrict(text, visible, q, Tier.TEXT), q, hits, seen, words.terms());
        }

        List<HiddenHits> hidden = List.of();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int tiers = 0;
        for (Query tierQuery : new Query[] {selectors, names, text}) {
            if (tierQuery != null) {
                any.add(tierQuery, Occur.SHOULD);
                tiers++;
            }
        }
        if (tiers > 0) {
            Query outside = new BooleanQuery.Builder()
                    .add(any.build(), Occur.MUST)
                    .add(visible, Occur.MUST_NOT)
                    .add(searchable(), Occur.FILTER)
                    .add(types(q.types()), Occur.FILTER)
                    .build();
            hidden = searcher.search(outside, HiddenCounter.manager());
        }
        return new SearchResults(hits, more, hidden);
    }

    /** Entities of one tier, best first, grouped across the documents (mentions) that describe them. */
    private boolean grouped(
            IndexSearcher searcher,
            Query query,
            Tier tier,
            SearchQuery q,
            List<SearchHit> hits,
            Set<String> seen,
            Set<String> terms)
            throws IOException {
        // a person several agencies reported is shown in the spellings of its best visible mentions
        List<EntityGroups.Group> groups = searcher.search(query, EntityGroups.manager(SPELLINGS_SHOWN, true));
        StoredFields stored = searcher.storedFields();
        boolean more = false;
        for (EntityGroups.Group group : groups) {
            if (!seen.add(group.entity)) continue;
            if (hits.size() >= q.limit()) {
                more = true;
                break;
            }
            Document doc = stored.document(group.hits().getFirst().doc());
            SearchType searchType = SearchType.parse(doc.get(IndexDocuments.TYPE));
            String label = doc.get(IndexDocuments.LABEL);
            String snippet;
            if (tier == Tier.SELECTOR) {
                snippet = "<mark>" + Snippets.escape(label) + "</mark>";
            } else {
                Set<String> spellings = new LinkedHashSet<>();
                for (EntityGroups.Hit hit : group.hits()) spellings.add(nameSnippet(stored.document(hit.doc()), terms));
                snippet = String.join(" · ", spellings);
            }
            hits.add(new SearchHit(
                    searchType, group.entity, label, snippet, tier, group.best, List.copyOf(group.reports)));
        }
        return more;
    }

    private boolean narratives(
            IndexSearcher searcher,
            Query query,
            SearchQuery q,
            List<SearchHit> hits,
            Set<String> seen,
            Set<String> terms)
            throws IOException {
        int room = q.limit() - hits.size();
        if (room <= 0) return searcher.count(query) > 0;
        TopDocs top = searcher.search(query, room + 1, BY_SCORE_THEN_ID, true);
        StoredFields stored = searcher.storedFields();
        boolean more = top.scoreDocs.length > room;
        for (int i = 0; i < Math.min(room, top.scoreDocs.length); i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document doc = stored.document(sd.doc);
            String id = doc.get(IndexDocuments.ENTITY);
            if (!seen.add(id)) continue;
            String narrative = doc.get(IndexDocuments.NARRATIVE);
            String snippet = narrative == null
                    ? ""
                    : Snippets.window(analyzer, IndexDocuments.NARRATIVE, narrative, terms, NARRATIVE_SNIPPET);
            hits.add(new SearchHit(
                    SearchType.REPORT, id, doc.get(IndexDocuments.LABEL), snippet, Tier.TEXT, sd.score, List.of(id)));
        }
        return more;
    }

    private String nameSnippet(Document doc, Set<String> terms) {
        String name = doc.get(IndexDocuments.NAME);
        String latin = doc.get(IndexDocuments.NAME_LATIN);
        String snippet = Snippets.mark(
                analyzer, IndexDocuments.NAMES, name != null ? name : doc.get(IndexDocuments.LABEL), terms);
        if (latin != null && !latin.equals(name)) snippet += " (" + Snippets.escape(latin) + ")";
        String[] aliases = doc.getValues(IndexDocuments.ALIAS);
        if (aliases.length > 0) {
            List<String> marked = new ArrayList<>();
            for (String alias : aliases) marked.add(Snippets.mark(analyzer, IndexDocuments.NAMES, alias, terms));
            snippet += " aka " + String.join(", ", marked);
        }
        return snippet;
    }

    private @Nullable Query selectorQuery(String text, Viewer viewer) {
        Set<String> keys = selectorTerms.of(text, viewer.agency().country());
        if (keys.isEmpty()) return null;
        return new TermInSetQuery(IndexDocuments.KEY, SearchIndex.bytes(keys));
    }

    /**
     * Every word of the query must match the name: its folded form (boosted) or its phonetic key. A gazetteer place the whole query names (inflected Albanian names included: Shkodra for Shkodër) is
     * a match too.
     */
    private @Nullable Query nameQuery(String text, AnalyzedText folded, AnalyzedText phonetic) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int words = 0;
        for (AnalyzedText.Word word : folded.words()) {
            BooleanQuery.Builder forms = new BooleanQuery.Builder();
            for (String term : word.terms()) {
                forms.add(new BoostQuery(new TermQuery(new Term(IndexDocuments.FOLDED, term)), 2f), Occur.SHOULD);
            }
            for (AnalyzedText.Word key : phonetic.words()) {
                if (key.start() == word.start()) {
                    for (String term : key.terms()) {
                        forms.add(new TermQuery(new Term(IndexDocuments.PHONETIC, term)), Occur.SHOULD);
                    }
                }
            }
            all.add(forms.build(), Occur.MUST);
            words++;
        }
        Query byWords = words == 0 ? null : all.build();
        PlaceMatch place = placeNamed(text);
        if (place == null) return byWords;
        Query byPlace = new BoostQuery(new TermQuery(new Term(IndexDocuments.ENTITY, place.id())), 4f);
        if (byWords == null) return byPlace;
        return new BooleanQuery.Builder()
                .add(byWords, Occur.SHOULD)
                .add(byPlace, Occur.SHOULD)
                .build();
    }

    private @Nullable PlaceMatch placeNamed(String text) {
        try {
            PlaceMatch match = gazetteer.match(text, null);
            return match.verified() ? match : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static @Nullable Query allWords(String field, AnalyzedText text) {
        if (text.isEmpty()) return null;
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (AnalyzedText.Word word : text.words()) {
            BooleanQuery.Builder forms = new BooleanQuery.Builder();
            for (String term : word.terms()) forms.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            all.add(forms.build(), Occur.MUST);
        }
        return all.build();
    }

    private static Query restrict(Query query, Query visible, SearchQuery q, Tier tier) {
        Set<SearchType> wanted = EnumSet.noneOf(SearchType.class);
        for (SearchType type : q.types()) {
            // a gazetteer id is an exact value, so places take part in the selector tier too
            if (type.tier() == tier || (tier == Tier.SELECTOR && type == SearchType.PLACE)) wanted.add(type);
        }
        return new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(visible, Occur.FILTER)
                .add(searchable(), Occur.FILTER)
                .add(types(wanted), Occur.FILTER)
                .build();
    }

    private static Query visible(Viewer viewer) {
        Set<String> tokens = new LinkedHashSet<>(viewer.tokenValues());
        return new TermInSetQuery(IndexDocuments.AUD, SearchIndex.bytes(tokens));
    }

    private static Query searchable() {
        return new TermQuery(new Term(IndexDocuments.SEARCHABLE, "true"));
    }

    private static Query types(Set<SearchType> types) {
        return new TermInSetQuery(
                IndexDocuments.TYPE,
                SearchIndex.bytes(types.stream().map(SearchType::value).toList()));
    }
}
