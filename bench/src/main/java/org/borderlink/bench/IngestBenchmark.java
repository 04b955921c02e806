package org.borderlink.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.borderlink.graph.embedded.EmbeddedNeo4j;
import org.borderlink.graph.schema.GraphSchema;
import org.borderlink.ingest.facts.FactBuilder;
import org.borderlink.ingest.facts.Pseudonymiser;
import org.borderlink.ingest.facts.ReportFacts;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.pipeline.IngestSummary;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.report.ReportReader;
import org.borderlink.ingest.report.ReportValidator;
import org.borderlink.ingest.synthetic.WesternBalkansGenerator;
import org.borderlink.ingest.write.GraphWriter;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Ingest throughput: N generated reports (seeded) through the real pipeline (read, validate, normalise, anonymise,
 * version check, batched writes) into a fresh embedded engine, against the ceiling of writing the same facts with the
 * pipeline's plain {@code UNWIND} statements alone (facts built beforehand, no reading, checks or normalisation), over
 * the same driver, in the same run. Repeated {@code runs} times; medians and the pipeline/ceiling ratio are reported.
 * Each run also measures the engine's own write path on reports of the same size ({@link EngineReference}; {@code
 * --engine-reference false} leaves it out).
 *
 * <p>Run: {@code ./mvnw -Pbench -pl bench -am verify -DskipTests -Dbench.args="--reports 100000 --runs 3"}
 */
public final class IngestBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int reports = Integer.parseInt(options.getOrDefault("reports", "100000"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        int batch = Integer.parseInt(options.getOrDefault("batch", String.valueOf(IngestPipeline.DEFAULT_BATCH_SIZE)));
        Path work = Path.of(options.getOrDefault("work", "target/ingest-bench")).toAbsolutePath();
        long pageCache = pageCache(options);
        boolean engineReference = Boolean.parseBoolean(options.getOrDefault("engine-reference", "true"));
        // in-vm: the engine's in-VM Bolt channel, as the application reaches its embedded engine; tcp: its loopback
        // port
        String transport = options.getOrDefault("transport", "in-vm");
        if (!transport.equals("in-vm") && !transport.equals("tcp"))
            throw new IllegalArgumentException("--transport is in-vm or tcp, not " + transport);
        boolean inVm = transport.equals("in-vm");
        Path results = Path.of(options.getOrDefault("results", "results")).toAbsolutePath();

        deleteRecursively(work);
        Path input = work.resolve("input");
        long generateStarted = System.nanoTime();
        WesternBalkansGenerator.writeTo(input, reports, seed);
        double generateSeconds = (System.nanoTime() - generateStarted) / 1e9;
        Path ndjson = input.resolve("reports.ndjson");
        System.out.printf(
                "Generated %,d reports (%,d MiB NDJSON) in %.1f s%n",
                reports, Files.size(ndjson) >> 20, generateSeconds);

        Pseudonymiser pseudonyms =
                new Pseudonymiser("benchmark-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8));
        ReportReader reader = new ReportReader();

        List<Double> pipelineRate = new ArrayList<>();
        List<Double> pipelineElementRate = new ArrayList<>();
        List<Double> ceilingRate = new ArrayList<>();
        List<Double> ceilingElementRate = new ArrayList<>();
        List<Double> referenceRate = new ArrayList<>();
        List<Double> referenceElementRate = new ArrayList<>();
        int referencePersons = 0;
        List<Double> peakHeapMiB = new ArrayList<>();
        List<Double> storeMiB = new ArrayList<>();
        List<Double> pipelineGcShare = new ArrayList<>();
        List<Double> ceilingGcShare = new ArrayList<>();
        IngestSummary last = null;
        for (int run = 1; run <= runs; run++) {
            // the full pipeline
            Path dir = work.resolve("run-" + run + "-pipeline");
            resetPeaks();
            long gcBefore = gcMillis();
            try (EmbeddedNeo4j engine = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(dir, 0, pageCache));
                    Driver driver = driver(engine, inVm)) {
                GraphSchema.apply(driver);
                IngestPipeline pipeline = new IngestPipeline(
                        new ReportValidator(), FactBuilder.standard(pseudonyms), new GraphWriter(driver), batch);
                IngestSummary summary;
                try (Stream<ReadResult> in = reader.read(ndjson)) {
                    summary = pipeline.ingest(in);
                }
                last = summary;
                double seconds = summary.elapsed().toNanos() / 1e9;
                pipelineRate.add(summary.total() / seconds);
                pipelineElementRate.add(summary.elementsWritten() / seconds);
                peakHeapMiB.add(peakHeapMiB());
                pipelineGcShare.add((gcMillis() - gcBefore) / 1000.0 / seconds);
                System.out.printf(
                        "run %d pipeline: %,.0f reports/s, %,.0f elements/s (%d stored, %d replaced, %d refused)%n",
                        run,
                        pipelineRate.getLast(),
                        pipelineElementRate.getLast(),
                        summary.stored(),
                        summary.replaced(),
                        summary.refused());
            }
            storeMiB.add(directorySize(dir) / 1048576.0);
            deleteRecursively(dir);

            // the ceiling: the same final facts, plain UNWIND statements only. They are built here, untimed, and
            // dropped after, so the pipeline's peak heap above does not include them.
            List<ReportFacts> ceilingFacts = finalFacts(reader, ndjson, FactBuilder.standard(pseudonyms));
            long ceilingElements =
                    ceilingFacts.stream().mapToLong(ReportFacts::elementCount).sum();
            dir = work.resolve("run-" + run + "-ceiling");
            try (EmbeddedNeo4j engine = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(dir, 0, pageCache));
                    Driver driver = driver(engine, inVm)) {
                GraphSchema.apply(driver);
                GraphWriter writer = new GraphWriter(driver);
                long ceilingGcBefore = gcMillis();
                long started = System.nanoTime();
                for (int i = 0; i < ceilingFacts.size(); i += batch) {
                    writer.writeNew(ceilingFacts.subList(i, Math.min(ceilingFacts.size(), i + batch)));
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                ceilingRate.add(ceilingFacts.size() / seconds);
                ceilingGcShare.add((gcMillis() - ceilingGcBefore) / 1000.0 / seconds);
                ceilingElementRate.add(ceilingElements / seconds);
                System.out.printf(
                        "run %d ceiling:  %,.0f reports/s, %,.0f elements/s%n",
                        run, ceilingRate.getLast(), ceilingElementRate.getLast());
            }
            deleteRecursively(dir);

            // the engine's own write path: reports of the same mean size, written by the barest statement
            int ceilingReports = ceilingFacts.size();
            ceilingFacts = null; // not held while the reference builds its own rows
            if (engineReference) {
                double elementsPerReport = (double) ceilingElements / ceilingReports;
                dir = work.resolve("run-" + run + "-engine");
                try (EmbeddedNeo4j engine = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(dir, 0, pageCache));
                        Driver driver = driver(engine, inVm)) {
                    EngineReference.Result reference =
                            EngineReference.run(driver, ceilingReports, batch, elementsPerReport, seed);
                    referenceRate.add(reference.reportsPerSecond());
                    referenceElementRate.add(reference.elementsPerSecond());
                    referencePersons = reference.personsPerReport();
                    System.out.printf(
                            "run %d engine reference: %,.0f reports/s, %,.0f elements/s (%d persons a report)%n",
                            run, reference.reportsPerSecond(), reference.elementsPerSecond(), referencePersons);
                }
                deleteRecursively(dir);
            }
        }

        double pipeline = median(pipelineRate);
        double ceiling = median(ceilingRate);
        Results r = new Results("ingest", "Ingest throughput");
        r.put("reports", reports);
        r.put("seed", seed);
        r.put("runs", runs);
        r.put("batchSize", batch);
        r.put("pageCacheMiB", pageCache >> 20);
        r.put("generateSeconds", generateSeconds);
        r.put("pipelineReportsPerSecond", pipelineRate);
        r.put("pipelineElementsPerSecond", pipelineElementRate);
        r.put("ceilingReportsPerSecond", ceilingRate);
        r.put("ceilingElementsPerSecond", ceilingElementRate);
        r.put("medianPipelineReportsPerSecond", pipeline);
        r.put("medianPipelineElementsPerSecond", median(pipelineElementRate));
        r.put("medianCeilingReportsPerSecond", ceiling);
        r.put("medianCeilingElementsPerSecond", median(ceilingElementRate));
        r.put("pipelineToCeilingRatio", pipeline / ceiling);
        if (engineReference) {
            r.put("engineReferenceReportsPerSecond", referenceRate);
            r.put("engineReferenceElementsPerSecond", referenceElementRate);
            r.put("engineReferencePersonsPerReport", referencePersons);
            r.put("medianEngineReferenceReportsPerSecond", median(referenceRate));
            r.put("ceilingToEngineReferenceRatio", ceiling / median(referenceRate));
        }
        r.put("peakHeapMiB", median(peakHeapMiB));
        r.put("collectors", collectors());
        r.put("pipelineGcShare", pipelineGcShare);
        r.put("ceilingGcShare", ceilingGcShare);
        r.put("storeMiB", median(storeMiB));
        r.put("floors", Map.of("reportsPerSecond", 500, "ratioToCeiling", 0.6));
        r.put("transport", transport);
        r.line("`" + String.join(" ", args) + "` — " + reports + " reports (seed " + seed + "), " + runs
                + " runs, batches of " + batch + " reports per transaction, page cache " + (pageCache >> 20) + " MiB, "
                + "collectors " + collectors() + ", every phase's driver "
                + (inVm ? "through the engine's in-VM Bolt channel" : "through the engine's loopback Bolt port") + ".");
        r.line("");
        r.line("| figure | median | runs |");
        r.line("|---|---|---|");
        r.line(row("pipeline reports/s", pipeline, pipelineRate));
        r.line(row("pipeline graph elements/s", median(pipelineElementRate), pipelineElementRate));
        r.line(row("ceiling reports/s (plain UNWIND, same facts)", ceiling, ceilingRate));
        r.line(row("ceiling graph elements/s", median(ceilingElementRate), ceilingElementRate));
        r.line("| pipeline / ceiling | %.2f | |".formatted(pipeline / ceiling));
        if (engineReference) {
            r.line(row(
                    "engine reference reports/s (bare CREATE, reports of the same size, " + referencePersons
                            + " persons each)",
                    median(referenceRate),
                    referenceRate));
            r.line(row("engine reference graph elements/s", median(referenceElementRate), referenceElementRate));
            r.line("| ceiling / engine reference | %.2f | |".formatted(ceiling / median(referenceRate)));
        }
        r.line(row("peak heap (MiB)", median(peakHeapMiB), peakHeapMiB));
        r.line(percentRow("garbage collection, share of the pipeline's time", pipelineGcShare));
        r.line(percentRow("garbage collection, share of the ceiling's time", ceilingGcShare));
        r.line(row("store size after ingest (MiB)", median(storeMiB), storeMiB));
        r.line("");
        r.line("Floors: ≥ 500 reports/s with validation and normalisation on; pipeline ≥ 0.6 × ceiling. "
                + "The last pipeline run stored %,d, replaced %,d (version-2 corrections), refused %,d."
                        .formatted(last.stored(), last.replaced(), last.refused()));
        r.write(results);
        System.out.printf(
                "median pipeline %,.0f reports/s, ceiling %,.0f reports/s, ratio %.2f; results in %s%n",
                pipeline, ceiling, pipeline / ceiling, results);
    }

    /** The facts of the last version of every report, built before timing starts. */
    private static List<ReportFacts> finalFacts(ReportReader reader, Path ndjson, FactBuilder builder)
            throws IOException {
        Map<String, ReportFacts> latest = new LinkedHashMap<>();
        try (Stream<ReadResult> in = reader.read(ndjson)) {
            in.forEach(read -> {
                if (read instanceof ReadResult.Parsed p
                        && builder.build(p.index(), p.report()) instanceof FactBuilder.Result.Built b) {
                    latest.merge(
                            b.facts().reportId(), b.facts(), (old, neu) -> neu.version() > old.version() ? neu : old);
                }
            });
        }
        return List.copyOf(latest.values());
    }

    /** A driver for {@code engine}: through its in-VM Bolt channel, or through its loopback port. */
    private static Driver driver(EmbeddedNeo4j engine, boolean inVm) {
        // the driver's default logger formats every message, batch parameters included, before dropping it
        org.neo4j.driver.Config config = org.neo4j.driver.Config.builder()
                .withLogging(org.neo4j.driver.Logging.slf4j())
                .build();
        if (inVm) return engine.driver(config);
        return GraphDatabase.driver(
                engine.boltUri(),
                AuthTokens.basic(
                        engine.credentials().username(), engine.credentials().password()),
                config);
    }

    private static String row(String name, double median, List<Double> values) {
        return "| %s | %,.0f | %s |"
                .formatted(
                        name,
                        median,
                        values.stream().map(v -> "%,.0f".formatted(v)).toList());
    }

    private static String percentRow(String name, List<Double> shares) {
        return "| %s | %.0f %% | %s |"
                .formatted(
                        name,
                        100 * median(shares),
                        shares.stream().map(v -> "%.0f %%".formatted(100 * v)).toList());
    }

    private static String collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName)
                .toList()
                .toString();
    }

    /** Time the collectors report having spent so far (for G1 and Parallel, their pauses). */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    private static double median(List<Double> values) {
        return Results.median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static double peakHeapMiB() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed())
                        .sum()
                / 1048576.0;
    }

    static long directorySize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /**
     * {@code --page-cache-mib}: the engine's page cache; by default what the application would take on this machine.
     * Neo4j is fastest with the whole store in the page cache (about 4.3 GiB after 100,000 reports).
     */
    static long pageCache(Map<String, String> options) {
        String mib = options.get("page-cache-mib");
        return mib == null
                ? EmbeddedNeo4j.Settings.sizedForThisMachine(Path.of("."), 0).pageCacheBytes()
                : Long.parseLong(mib) << 20;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("expected --name value, got " + args[i]);
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
