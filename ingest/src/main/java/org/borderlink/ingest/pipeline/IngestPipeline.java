package org.borderlink.ingest.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.borderlink.ingest.facts.FactBuilder;
import org.borderlink.ingest.facts.ReportFacts;
import org.borderlink.ingest.report.Problem;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.report.ReportValidator;
import org.borderlink.ingest.resolve.ResolutionStore;
import org.borderlink.ingest.resolve.ResolvedBatch;
import org.borderlink.ingest.resolve.Resolver;
import org.borderlink.ingest.resolve.Suggestion;
import org.borderlink.ingest.search.IngestIndexer;
import org.borderlink.ingest.write.GraphWriter;
import org.borderlink.ingest.write.WriteOutcome;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pipeline behind every front door (REST, command line, drop folder): each record is validated, normalised and
 * anonymised on its own; good reports are written in batches of {@link #batchSize}; a refused report changes
 * nothing and is answered with every problem found, while the good reports around it are still stored.
 *
 * <p>While one batch is written, the next is read, validated and normalised on the calling thread: batches commit
 * one after another. A batch holds one version of a report at most: a later version of a report the batch already
 * holds (a correction close behind its first version) waits for the next batch, so it never overtakes the version it
 * corrects, and the batch goes on filling instead of being cut short.
 *
 * <p>With {@link #withResolution resolution}, each batch is resolved against what the batches before it wrote
 * (person ids rewritten, suggestions recorded once the batch has committed); with {@link #withIndex an index}, the
 * reports of each committed batch are indexed at once, so the next batch resolves against them and searches find them.
 * Resolve, write and index run one batch at a time per pipeline, whichever front door the batches come from.
 *
 * <p>Batch size: 500 reports per transaction by default. Measured here (bench/), 500 writes about 15% faster than
 * 100; beyond that the gain is small while a failed batch must be retried report by report to isolate the culprit.
 */
public final class IngestPipeline {

    public static final int DEFAULT_BATCH_SIZE = 500;

    private static final Logger log = LoggerFactory.getLogger(IngestPipeline.class);

    private final ReportValidator validator;
    private final FactBuilder facts;
    private final GraphWriter writer;
    private final int batchSize;
    private final @Nullable Resolver resolver;
    private final @Nullable ResolutionStore suggestions;
    private final @Nullable IngestIndexer indexer;
    /** One batch at a time resolves, writes and indexes, so each resolves against everything written before it. */
    private final Object batchLock;

    public IngestPipeline(ReportValidator validator, FactBuilder facts, GraphWriter writer, int batchSize) {
        this(validator, facts, writer, batchSize, null, null, null, new Object());
    }

    private IngestPipeline(
            ReportValidator validator,
            FactBuilder facts,
            GraphWriter writer,
            int batchSize,
            @Nullable Resolver resolver,
            @Nullable ResolutionStore suggestions,
            @Nullable IngestIndexer indexer,
            Object batchLock) {
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1");
        this.validator = validator;
        this.facts = facts;
        this.writer = writer;
        this.batchSize = batchSize;
        this.resolver = resolver;
        this.suggestions = suggestions;
        this.indexer = indexer;
        this.batchLock = batchLock;
    }

    /** This pipeline, resolving persons before each write and recording suggestions after it. */
    public IngestPipeline withResolution(Resolver resolver, ResolutionStore suggestions) {
        return new IngestPipeline(validator, facts, writer, batchSize, resolver, suggestions, indexer, new Object());
    }

    /** This pipeline, indexing each committed batch. */
    public IngestPipeline withIndex(IngestIndexer indexer) {
        return new IngestPipeline(validator, facts, writer, batchSize, resolver, suggestions, indexer, new Object());
    }

    /** Progress after each batch: reports handled so far. */
    public interface Progress extends Consumer<Integer> {
        Progress NONE = done -> {};
    }

    public IngestSummary ingest(Stream<ReadResult> input) {
        return ingest(input, Progress.NONE);
    }

    public IngestSummary ingest(Stream<ReadResult> input, Progress progress) {
        long started = System.nanoTime();
        try (ExecutorService writes = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("ingest-writer").daemon(true).factory())) {
            Run run = new Run(progress, writes);
            try {
                input.forEach(run::accept);
                run.flushAll();
                run.awaitWrite();
            } finally {
                if (indexer != null) indexer.flush();
            }
            return run.summary(Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private final class Run {
        private final Progress progress;
        private final ExecutorService writes;
        private final List<ReportResult> results = java.util.Collections.synchronizedList(new ArrayList<>());
        private List<Pending> pending = new ArrayList<>();
        private final Set<String> pendingIds = new HashSet<>();
        /**
         * Later versions of reports the pending batch already holds, in input order: each goes into the first batch
         * after the one that holds its predecessor, so it commits after it, without cutting the batch short.
         */
        private List<Pending> deferred = new ArrayList<>();

        private @Nullable Future<?> inFlight;
        private int stored;
        private int unchanged;
        private int replaced;
        private int refused;
        private long elements;

        Run(Progress progress, ExecutorService writes) {
            this.progress = progress;
            this.writes = writes;
        }

        private record Pending(ReadResult.Parsed read, ReportFacts facts) {}

        void accept(ReadResult read) {
            switch (read) {
                case ReadResult.Failed failed -> refuse(failed, failed.reportId(), failed.problems());
                case ReadResult.Parsed parsed -> {
                    List<Problem> problems = validator.validate(parsed.index(), parsed.report());
                    String reportId =
                            parsed.report().agency() == null || parsed.report().reference() == null
                                    ? null
                                    : parsed.report().key();
                    if (!problems.isEmpty()) {
                        refuse(parsed, reportId, problems);
                        return;
                    }
                    switch (facts.build(parsed.index(), parsed.report())) {
                        case FactBuilder.Result.Refused r -> refuse(parsed, reportId, r.problems());
                        case FactBuilder.Result.Built built -> {
                            Pending p = new Pending(parsed, built.facts());
                            if (!add(p)) deferred.add(p);
                            // many versions of one report in a row are written a batch each, as they must be, with
                            // no more of them held back than a batch
                            if (pending.size() >= batchSize || deferred.size() >= batchSize) flush();
                        }
                    }
                }
            }
        }

        /** Adds {@code p} to the pending batch unless the batch already holds a version of the same report. */
        private boolean add(Pending p) {
            if (!pendingIds.add(p.facts().reportId())) return false;
            pending.add(p);
            return true;
        }

        /**
         * Hands the pending batch to the writer, once the previous batch has committed, and starts the next batch
         * with the deferred reports it can take.
         */
        void flush() {
            if (pending.isEmpty()) return;
            List<Pending> batch = pending;
            pending = new ArrayList<>();
            pendingIds.clear();
            awaitWrite();
            inFlight = writes.submit(() -> write(batch));
            List<Pending> waiting = deferred;
            deferred = new ArrayList<>();
            for (Pending p : waiting) {
                if (!add(p)) deferred.add(p);
            }
        }

        /** Writes what is pending, then what was deferred, batch after batch, until nothing is left. */
        void flushAll() {
            while (!pending.isEmpty()) flush();
        }

        void awaitWrite() {
            if (inFlight == null) return;
            try {
                inFlight.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing a batch", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } finally {
                inFlight = null;
            }
        }

        private void write(List<Pending> batch) {
            synchronized (batchLock) {
                List<Pending> pending = batch;
                List<Suggestion> suggested = List.of();
                if (resolver != null) {
                    ResolvedBatch resolved =
                            resolver.resolve(batch.stream().map(Pending::facts).toList());
                    pending = new ArrayList<>(batch.size());
                    for (int i = 0; i < batch.size(); i++) {
                        pending.add(new Pending(
                                batch.get(i).read(), resolved.facts().get(i)));
                    }
                    suggested = resolved.suggestions();
                }
                Map<String, WriteOutcome> outcomes = new HashMap<>();
                try {
                    outcomes.putAll(
                            writer.write(pending.stream().map(Pending::facts).toList()));
                } catch (Neo4jException e) {
                    log.warn("A batch of {} reports failed ({}); writing them one by one", pending.size(), e.code());
                    for (Pending p : pending) {
                        try {
                            outcomes.putAll(writer.write(List.of(p.facts())));
                        } catch (Neo4jException single) {
                            outcomes.remove(p.facts().reportId());
                            refuse(
                                    p.read(),
                                    p.facts().reportId(),
                                    List.of(new Problem(
                                            p.read().index(),
                                            Problem.ROOT,
                                            "the graph refused this report (" + single.code()
                                                    + "); nothing was stored")));
                        }
                    }
                }
                List<ReportFacts> written = new ArrayList<>();
                for (Pending p : pending) {
                    WriteOutcome outcome = outcomes.get(p.facts().reportId());
                    if (outcome == null) continue;
                    record(p, outcome);
                    if (outcome == WriteOutcome.STORED || outcome == WriteOutcome.REPLACED) written.add(p.facts());
                }
                afterCommit(written, suggested);
            }
            progress.accept(results.size());
        }

        /** Suggestions of the reports actually written, and the index: the graph has committed, so neither can undo it. */
        private void afterCommit(List<ReportFacts> written, List<Suggestion> suggested) {
            if (suggestions != null && !suggested.isEmpty()) {
                Set<String> ids = new HashSet<>();
                written.forEach(f -> ids.add(f.reportId()));
                try {
                    suggestions.record(suggested.stream()
                            .filter(s -> ids.contains(s.fromReport()))
                            .toList());
                } catch (Neo4jException e) {
                    log.warn("Resolution suggestions of a batch not recorded ({})", e.code());
                }
            }
            if (indexer != null) indexer.written(written);
        }

        private synchronized void record(Pending p, WriteOutcome outcome) {
            ReadResult.Parsed read = p.read();
            ReportFacts f = p.facts();
            ReportResult.Status status;
            switch (outcome) {
                case STORED -> {
                    status = ReportResult.Status.STORED;
                    stored++;
                    elements += f.elementCount();
                }
                case REPLACED -> {
                    status = ReportResult.Status.REPLACED;
                    replaced++;
                    elements += f.elementCount();
                }
                case UNCHANGED -> {
                    status = ReportResult.Status.UNCHANGED;
                    unchanged++;
                }
                case REFUSED_VERSION -> {
                    refuse(
                            read,
                            f.reportId(),
                            List.of(new Problem(
                                    read.index(),
                                    "$.version",
                                    "version " + f.version() + " of " + f.reportId()
                                            + " is not newer than the version already stored, and its content differs;"
                                            + " send a higher version to correct a report")));
                    return;
                }
                default -> throw new IllegalStateException(outcome.name());
            }
            results.add(new ReportResult(
                    read.index(), read.source(), read.line(), f.reportId(), status, List.of(), f.removed()));
        }

        private synchronized void refuse(ReadResult read, @Nullable String reportId, List<Problem> problems) {
            refused++;
            results.add(new ReportResult(
                    read.index(),
                    read.source(),
                    read.line(),
                    reportId,
                    ReportResult.Status.REFUSED,
                    problems,
                    List.of()));
        }

        synchronized IngestSummary summary(Duration elapsed) {
            results.sort(java.util.Comparator.comparingInt(ReportResult::index));
            return new IngestSummary(stored, unchanged, replaced, refused, elements, elapsed, results);
        }
    }
}
