package org.borderlink.ingest.search;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderlink.ingest.facts.ReportFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the index up to date with the reports the ingest pipeline has just committed, read back from the graph in one
 * query per batch, so every document carries exactly the audience its facts got there (the sharing rules narrow some,
 * such as facts about minors) and the ingest sequence the graph stamped, which spares {@link IndexCatchUp} reading
 * them again. Changes are searchable at once and made durable at most every {@link #COMMIT_INTERVAL} and at the end
 * of each ingest.
 *
 * <p>The index is derived data: if updating it fails the reports are stored all the same, and the next catch-up
 * indexes them from the graph.
 */
public final class IngestIndexer {

    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(IngestIndexer.class);

    private final SearchIndex index;
    private final GraphIndexSource graph;
    private long lastCommit = System.nanoTime();

    public IngestIndexer(SearchIndex index, GraphIndexSource graph) {
        this.index = index;
        this.graph = graph;
    }

    public SearchIndex index() {
        return index;
    }

    /** Indexes reports the graph has just committed. */
    public synchronized void written(List<ReportFacts> reports) {
        if (reports.isEmpty()) return;
        try {
            Set<String> ids = new HashSet<>();
            reports.forEach(f -> ids.add(f.reportId()));
            index.index(graph.load(ids));
            if (System.nanoTime() - lastCommit > COMMIT_INTERVAL.toNanos()) flush();
        } catch (RuntimeException e) {
            log.warn(
                    "Search index not updated for {} reports ({}); the next catch-up will index them",
                    reports.size(),
                    e.getMessage());
        }
    }

    /** Makes what was indexed durable. */
    public synchronized void flush() {
        try {
            index.commit();
        } catch (RuntimeException e) {
            log.warn("Search index commit failed ({}); the next catch-up will repeat the work", e.getMessage());
        }
        lastCommit = System.nanoTime();
    }
}
