package org.borderlink.ingest.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.borderlink.graph.sharing.Viewer;
import org.borderlink.ingest.normalise.Gazetteer;
import org.borderlink.ingest.normalise.Place;
import org.jspecify.annotations.Nullable;

/**
 * The Lucene index of one API instance (design §6): derived from the graph, so it can always be rebuilt, and
 * kept current by the ingest pipeline (after each committed batch) and by {@link IndexCatchUp} (reports other
 * instances wrote, merges and splits). A report's documents are replaced as a whole.
 *
 * <p>Searches see every change made before them (near-real-time readers, refreshed after each write). Changes are
 * made durable by {@link #commit(long)}, which records the ingest sequence the index has caught up to; after a crash
 * the index reopens at its last commit and catches up from the graph from there.
 *
 * <p>Thread-safe. One instance per index directory: Lucene's write lock refuses a second writer, in this JVM or
 * another (the server and {@code borderlink index rebuild} cannot run on one directory at once).
 */
public final class SearchIndex implements AutoCloseable {

    /** The commit user data key of the ingest sequence the index has caught up to. */
    static final String CHECKPOINT = "ingestSeq";

    /** Decoded person mentions kept for resolution: about 50 MB at the most. */
    private static final int MENTION_CACHE = 100_000;
    /** Analysed names kept for blocking. */
    private static final int NAME_CACHE = 50_000;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private final IndexSearch search;
    private final Map<String, NameTerms> nameTermCache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, NameTerms> eldest) {
            return size() > NAME_CACHE;
        }
    };
    private final Map<CachedDoc, PersonMention> mentionCache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CachedDoc, PersonMention> eldest) {
            return size() > MENTION_CACHE;
        }
    };

    private SearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.analyzer = IndexDocuments.analyzer();
        this.writer = new IndexWriter(
                directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.searchers = new SearcherManager(writer, null);
        this.search = new IndexSearch(analyzer);
    }

    /** Opens (or creates) the index in {@code dir}. */
    public static SearchIndex open(Path dir) {
        try {
            Files.createDirectories(dir);
            return new SearchIndex(FSDirectory.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** An index held in memory only, for tests and offline evaluation. */
    public static SearchIndex inMemory() {
        try {
            return new SearchIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the documents of each of these reports by their new content; visible to searches at return. */
    public void index(Collection<IndexedReport> reports) {
        if (reports.isEmpty()) return;
        try {
            for (IndexedReport report : reports) {
                writer.updateDocuments(
                        new Term(IndexDocuments.REPORT_ID, report.reportId()), IndexDocuments.of(report));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index", e);
        }
    }

    /** Removes the documents of reports the graph no longer holds. */
    public void remove(Collection<String> reportIds) {
        if (reportIds.isEmpty()) return;
        try {
            writer.deleteDocuments(new TermInSetQuery(IndexDocuments.REPORT_ID, bytes(reportIds)));
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index", e);
        }
    }

    /** Replaces the gazetteer's places (public reference data, every name they have). */
    public void indexGazetteer(Gazetteer gazetteer) {
        try {
            List<Document> docs = new ArrayList<>();
            for (Place place : gazetteer.places()) docs.add(IndexDocuments.of(place));
            writer.updateDocuments(new Term(IndexDocuments.SOURCE, IndexDocuments.SOURCE_GAZETTEER), docs);
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index", e);
        }
    }

    /** Empties the index, checkpoint included (a rebuild starts here). */
    public void clear() {
        try {
            writer.deleteAll();
            writer.setLiveCommitData(Map.of(CHECKPOINT, "0").entrySet());
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the search index", e);
        }
    }

    /** The ingest sequence the index had caught up to at its last commit (0 for a new index). */
    public long checkpoint() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(CHECKPOINT)) return Long.parseLong(e.getValue());
            }
        }
        return 0;
    }

    /** Makes every change so far durable, recording that the index has caught up to {@code checkpoint}. */
    public synchronized void commit(long checkpoint) {
        try {
            writer.setLiveCommitData(
                    Map.of(CHECKPOINT, Long.toString(checkpoint)).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the search index", e);
        }
    }

    /** Makes every change so far durable, keeping the checkpoint. */
    public void commit() {
        commit(checkpoint());
    }

    /** The ingest sequence each of these reports was indexed at; absent if not indexed. */
    public Map<String, Long> indexedSeqs(Collection<String> reportIds) {
        if (reportIds.isEmpty()) return Map.of();
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexDocuments.KIND, IndexDocuments.KIND_REPORT)), Occur.FILTER)
                .add(new TermInSetQuery(IndexDocuments.REPORT_ID, bytes(reportIds)), Occur.FILTER)
                .build();
        return withSearcher(searcher -> {
            Map<String, Long> seqs = new HashMap<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query, Math.max(1, reportIds.size())).scoreDocs) {
                Document doc = stored.document(hit.doc, Set.of(IndexDocuments.REPORT_ID, IndexDocuments.SEQ));
                seqs.put(
                        doc.get(IndexDocuments.REPORT_ID),
                        doc.getField(IndexDocuments.SEQ).numericValue().longValue());
            }
            return seqs;
        });
    }

    /** The person mentions indexed for these reports (protected ones included), by report. */
    public Map<String, List<PersonMention>> mentionsOf(Collection<String> reportIds) {
        if (reportIds.isEmpty()) return Map.of();
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexDocuments.KIND, IndexDocuments.KIND_PERSON)), Occur.FILTER)
                .add(new TermInSetQuery(IndexDocuments.REPORT_ID, bytes(reportIds)), Occur.FILTER)
                .build();
        return withSearcher(searcher -> {
            Map<String, List<PersonMention>> out = new HashMap<>();
            StoredFields stored = searcher.storedFields();
            int max = Math.max(1, searcher.count(query));
            for (ScoreDoc hit : searcher.search(query, max).scoreDocs) {
                PersonMention m = IndexDocuments.mention(stored.document(hit.doc));
                out.computeIfAbsent(m.reportId(), k -> new ArrayList<>()).add(m);
            }
            return out;
        });
    }

    /** Up to {@code max} indexed mentions of one person, for the facts all its mentions must agree with. */
    public List<PersonMention> mentionsOfPerson(String personId, int max) {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexDocuments.KIND, IndexDocuments.KIND_PERSON)), Occur.FILTER)
                .add(new TermQuery(new Term(IndexDocuments.ENTITY, personId)), Occur.FILTER)
                .build();
        return withSearcher(searcher -> {
            List<PersonMention> out = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (ScoreDoc hit : searcher.search(query, max).scoreDocs) out.add(mention(leaves, stored, hit.doc));
            return out;
        });
    }

    /**
     * The persons most likely to be the one {@code mention} describes, best first, each with its best-matching
     * mentions: blocking for resolution. A candidate shares a folded or phonetic name word, a selector or (for a
     * protected person) the subject key with the mention; protected mentions are only ever compared with protected
     * ones. Visibility plays no part here: resolution runs for the platform, and what it concludes is shown to users
     * only through the visibility rule.
     *
     * @param excludeReports reports whose mentions are not candidates (the mention's own, those being replaced)
     */
    public List<List<PersonMention>> candidates(
            PersonMention mention, Set<String> excludeReports, int persons, int mentionsPerPerson) {
        Query query = candidateQuery(mention, excludeReports);
        if (query == null) return List.of();
        return withSearcher(searcher -> {
            List<EntityGroups.Group> groups = searcher.search(query, EntityGroups.manager(mentionsPerPerson, false));
            List<List<PersonMention>> out = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (EntityGroups.Group group : groups.subList(0, Math.min(persons, groups.size()))) {
                List<PersonMention> mentions = new ArrayList<>();
                for (EntityGroups.Hit hit : group.hits()) mentions.add(mention(leaves, stored, hit.doc()));
                out.add(mentions);
            }
            return out;
        });
    }

    /**
     * A person document's mention, decoded once: the same prolific facilitator is a candidate for thousands of new
     * mentions, and decompressing stored fields again each time would dominate resolution. Segments never change,
     * so (segment, document) is a safe key; entries of merged-away segments simply age out.
     */
    private PersonMention mention(List<LeafReaderContext> leaves, StoredFields stored, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) return IndexDocuments.mention(stored.document(doc));
        CachedDoc key = new CachedDoc(helper.getKey(), doc - leaf.docBase);
        synchronized (mentionCache) {
            PersonMention cached = mentionCache.get(key);
            if (cached != null) return cached;
        }
        PersonMention decoded = IndexDocuments.mention(stored.document(doc));
        synchronized (mentionCache) {
            mentionCache.put(key, decoded);
        }
        return decoded;
    }

    private record CachedDoc(Object segment, int doc) {}

    private record NameTerms(Set<String> folded, Set<String> phonetic) {}

    /** The blocking terms of a name; spellings recur across thousands of mentions, so they are analysed once. */
    private NameTerms nameTerms(String name) {
        synchronized (nameTermCache) {
            NameTerms cached = nameTermCache.get(name);
            if (cached != null) return cached;
        }
        NameTerms terms = new NameTerms(
                AnalyzedText.of(analyzer, IndexDocuments.FOLDED, name).terms(),
                AnalyzedText.of(analyzer, IndexDocuments.PHONETIC, name).terms());
        synchronized (nameTermCache) {
            nameTermCache.put(name, terms);
        }
        return terms;
    }

    private @Nullable Query candidateQuery(PersonMention mention, Set<String> excludeReports) {
        BooleanQuery.Builder should = new BooleanQuery.Builder();
        int clauses = 0;
        if (!mention.isProtected()) {
            Set<String> folded = new LinkedHashSet<>();
            Set<String> phonetic = new LinkedHashSet<>();
            for (String name : mention.names()) {
                NameTerms terms = nameTerms(name);
                folded.addAll(terms.folded());
                phonetic.addAll(terms.phonetic());
            }
            for (String term : folded) {
                should.add(new TermQuery(new Term(IndexDocuments.FOLDED, term)), Occur.SHOULD);
                clauses++;
            }
            for (String term : phonetic) {
                should.add(new BoostQuery(new TermQuery(new Term(IndexDocuments.PHONETIC, term)), 0.5f), Occur.SHOULD);
                clauses++;
            }
        } else if (mention.subjectKey() != null) {
            should.add(
                    new BoostQuery(new TermQuery(new Term(IndexDocuments.SUBJECT_KEY, mention.subjectKey())), 4f),
                    Occur.SHOULD);
            clauses++;
        }
        for (String id : mention.selectorIds().distinct().toList()) {
            should.add(new BoostQuery(new TermQuery(new Term(IndexDocuments.SELECTOR, id)), 4f), Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) return null;
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(should.build(), Occur.MUST)
                .add(new TermQuery(new Term(IndexDocuments.KIND, IndexDocuments.KIND_PERSON)), Occur.FILTER)
                .add(
                        new TermQuery(new Term(IndexDocuments.PROTECTED, Boolean.toString(mention.isProtected()))),
                        Occur.FILTER);
        if (!excludeReports.isEmpty()) {
            query.add(new TermInSetQuery(IndexDocuments.REPORT_ID, bytes(excludeReports)), Occur.MUST_NOT);
        }
        return query.build();
    }

    /**
     * Searches as {@code viewer}: the visible hits, best first, and hit/no-hit counts of what matched but may not be
     * seen. The audience filter is a clause of the Lucene query, never a filter on results already found.
     */
    public SearchResults search(SearchQuery query, Viewer viewer) {
        return withSearcher(searcher -> search.run(searcher, query, viewer));
    }

    /** Number of documents, for operators and tests. */
    public int documentCount() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    static List<BytesRef> bytes(Collection<String> values) {
        return values.stream().map(BytesRef::new).toList();
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }
}
