package org.borderlink.ingest.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.borderlink.ingest.normalise.Gazetteer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in step with the graph, which is the source of truth (design §6):
 *
 * <ul>
 *   <li>{@link #catchUp()} indexes every report written since the index's checkpoint, in the order of the graph's
 *       monotonic {@code ingestSeq}: after a restart, and on an instance that did not write them itself. A report
 *       already indexed at its current sequence (this instance indexed it when it wrote it) is not read again;
 *   <li>{@link #rebuild()} recreates the index from the whole graph;
 *   <li>{@link #reindex} re-reads given reports, after a merge or split moved their facts to another person.
 * </ul>
 *
 * {@link #ensureCurrent()} runs before every search: one read of the graph's sequence counter, and a catch-up when the
 * graph is ahead, so a search never shows what the graph no longer says (a report narrowed by its owner a moment ago,
 * facts moved by a merge on another instance). Scheduled runs commit what was caught up, with the sequence reached, so
 * a crash costs at most a replay from the last commit; replaying a report replaces its documents, so it is harmless.
 */
public final class IndexCatchUp {

    private static final Logger log = LoggerFactory.getLogger(IndexCatchUp.class);
    private static final int PAGE = 1000;
    private static final int LOAD_BATCH = 250;

    /** How long a search waits for a catch-up another thread is running before it goes ahead without. */
    private static final long WAIT_MILLIS = 5_000;

    private final SearchIndex index;
    private final GraphIndexSource graph;
    private final Gazetteer gazetteer;
    private final ReentrantLock lock = new ReentrantLock();
    /** The sequence the index has caught up to, committed or not. */
    private volatile long caughtUp;

    public IndexCatchUp(SearchIndex index, GraphIndexSource graph, Gazetteer gazetteer) {
        this.index = index;
        this.graph = graph;
        this.gazetteer = gazetteer;
        this.caughtUp = index.checkpoint();
    }

    /** What a run did. */
    public record Run(int reindexed, int skipped, long checkpoint) {}

    /** Indexes what the graph received since the index last caught up, and commits. */
    public Run catchUp() {
        lock.lock();
        try {
            Run run = follow();
            if (run.checkpoint() != index.checkpoint()) index.commit(run.checkpoint());
            return run;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Makes the index current with the graph before a search: nothing but one read of the sequence counter when it is;
     * a catch-up, left to the next scheduled run to commit, when it is not. If a catch-up is already running the
     * search waits for it, up to a few seconds.
     *
     * @return whether the index is now as current as the graph was when this was called; when it is not, the search
     *     must not run: a stale index may still hold a report under the audience it had before it was narrowed
     */
    public boolean ensureCurrent() {
        long target = graph.currentSeq();
        if (target <= caughtUp) return true;
        try {
            if (!lock.tryLock(WAIT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)) return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            if (caughtUp < target) follow();
            return caughtUp >= target;
        } finally {
            lock.unlock();
        }
    }

    private Run follow() {
        // every report up to the counter's value has committed: once nothing newer is found, that is caught up too
        long target = graph.currentSeq();
        long checkpoint = caughtUp;
        int reindexed = 0;
        int skipped = 0;
        while (true) {
            List<GraphIndexSource.Written> written = graph.writtenAfter(checkpoint, PAGE);
            if (written.isEmpty()) break;
            Map<String, Long> indexed = index.indexedSeqs(
                    written.stream().map(GraphIndexSource.Written::id).toList());
            List<String> stale = new ArrayList<>();
            for (GraphIndexSource.Written w : written) {
                if (indexed.getOrDefault(w.id(), -1L) == w.seq()) skipped++;
                else stale.add(w.id());
            }
            reindexed += load(stale);
            checkpoint = written.getLast().seq();
            caughtUp = checkpoint;
        }
        if (target > checkpoint) {
            checkpoint = target;
            caughtUp = target;
        }
        if (reindexed > 0) {
            log.info("Search index caught up to ingest sequence {}: {} reports indexed", checkpoint, reindexed);
        }
        return new Run(reindexed, skipped, checkpoint);
    }

    /** Recreates the index from the whole graph and the gazetteer. */
    public Run rebuild() {
        lock.lock();
        try {
            return rebuildLocked();
        } finally {
            lock.unlock();
        }
    }

    private Run rebuildLocked() {
        long started = System.nanoTime();
        // reports written while the rebuild runs carry a higher sequence: the next catch-up picks them up
        long checkpoint = graph.currentSeq();
        index.clear();
        index.indexGazetteer(gazetteer);
        int indexed = 0;
        String after = "";
        while (true) {
            List<String> ids = graph.reportIdsAfter(after, PAGE);
            if (ids.isEmpty()) break;
            indexed += load(ids);
            after = ids.getLast();
        }
        index.commit(checkpoint);
        caughtUp = checkpoint;
        log.info(
                "Search index rebuilt from the graph: {} reports in {} ms, at ingest sequence {}",
                indexed,
                (System.nanoTime() - started) / 1_000_000,
                checkpoint);
        return new Run(indexed, 0, checkpoint);
    }

    /** Re-reads these reports from the graph now (removing those it no longer holds), and commits. */
    public void reindex(Collection<String> reportIds) {
        lock.lock();
        try {
            load(List.copyOf(reportIds));
            index.commit();
        } finally {
            lock.unlock();
        }
    }

    private int load(List<String> ids) {
        int loaded = 0;
        for (int i = 0; i < ids.size(); i += LOAD_BATCH) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + LOAD_BATCH));
            List<IndexedReport> reports = graph.load(chunk);
            index.index(reports);
            Set<String> gone = new HashSet<>(chunk);
            gone.removeAll(IndexedReport.ids(reports));
            index.remove(gone);
            loaded += reports.size();
        }
        return loaded;
    }
}
