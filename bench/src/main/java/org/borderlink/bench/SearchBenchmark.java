package org.borderlink.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.borderlink.graph.embedded.EmbeddedNeo4j;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.schema.GraphSchema;
import org.borderlink.graph.sharing.Viewer;
import org.borderlink.ingest.facts.FactBuilder;
import org.borderlink.ingest.facts.Pseudonymiser;
import org.borderlink.ingest.normalise.Gazetteer;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.pipeline.IngestSummary;
import org.borderlink.ingest.report.CaseReport;
import org.borderlink.ingest.report.Person;
import org.borderlink.ingest.report.Phone;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.report.ReportReader;
import org.borderlink.ingest.report.ReportValidator;
import org.borderlink.ingest.report.Vehicle;
import org.borderlink.ingest.resolve.MentionScorer;
import org.borderlink.ingest.resolve.ResolutionSettings;
import org.borderlink.ingest.resolve.ResolutionStore;
import org.borderlink.ingest.resolve.Resolver;
import org.borderlink.ingest.search.GraphIndexSource;
import org.borderlink.ingest.search.IngestIndexer;
import org.borderlink.ingest.search.SearchIndex;
import org.borderlink.ingest.search.SearchQuery;
import org.borderlink.ingest.search.SearchResults;
import org.borderlink.ingest.synthetic.WesternBalkansGenerator;
import org.borderlink.ingest.write.GraphWriter;
import org.neo4j.driver.Driver;

/**
 * Search latency on a large generated set, and what resolution costs ingest, in one run:
 *
 * <ol>
 *   <li>the seeded reports are ingested into a fresh embedded engine by the real pipeline with resolution and the
 *       index on (the index on disk, as in production);
 *   <li>a query mix drawn from the data is run against that index as users of the region's agencies: person names as
 *       other reports spell them (Cyrillic, Latin, passport capitals), phones in local notation, plates, narrative
 *       words, place names; after a warm-up, each query's latency is recorded, hit/no-hit counting included;
 *   <li>a second fresh engine ingests the same file with resolution and index off, for the throughput ratio.
 * </ol>
 *
 * <p>Run: {@code ./mvnw -Pbench -pl bench -am verify -DskipTests -Dbench.main=org.borderlink.bench.SearchBenchmark
 * -Dbench.args="--reports 100000"}
 */
public final class SearchBenchmark {

    private static final Pseudonymiser PSEUDONYMS =
            new Pseudonymiser("benchmark-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    private static final List<Viewer> VIEWERS = Stream.of("RS-MUP", "BA-GP", "ME-UP", "MK-MVR", "AL-ASP", "XK-KP")
            .map(a -> Viewer.of(AgencyId.of(a), "WB"))
            .toList();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = IngestBenchmark.options(args);
        int reports = Integer.parseInt(options.getOrDefault("reports", "100000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        int queries = Integer.parseInt(options.getOrDefault("queries", "2000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "500"));
        boolean compare = Boolean.parseBoolean(options.getOrDefault("compare", "true"));
        // off, persons are not resolved at ingest (every mention is its own person): the index is built in a fifth of
        // the time and the queries are the same; the cost of resolution is then measured by ResolutionBenchmark
        boolean resolution = Boolean.parseBoolean(options.getOrDefault("resolution", "true"));
        Path work = Path.of(options.getOrDefault("work", "target/search-bench")).toAbsolutePath();
        Path results = Path.of(options.getOrDefault("results", "results")).toAbsolutePath();

        IngestBenchmark.deleteRecursively(work);
        Path input = work.resolve("input");
        WesternBalkansGenerator.writeTo(input, reports, seed);
        Path ndjson = input.resolve(WesternBalkansGenerator.REPORTS_FILE);
        ReportReader reader = new ReportReader();
        List<String> mix = queryMix(reader, ndjson, queries + warmup, seed);
        System.out.printf("Generated %,d reports; %,d queries drawn from them%n", reports, mix.size());

        Results r = new Results("search", "Search latency and the cost of resolution at ingest");
        r.put("reports", reports);
        r.put("seed", seed);
        double on;
        double[] latencies;
        long documents;
        long hiddenAnswers = 0;
        long hits = 0;
        Path dir = work.resolve("on");
        try (EmbeddedNeo4j engine =
                        EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.sizedForThisMachine(dir.resolve("graph"), 0));
                Driver driver = driver(engine);
                SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            GraphSchema.apply(driver);
            index.indexGazetteer(Gazetteer.load());
            IngestPipeline pipeline = new IngestPipeline(
                    new ReportValidator(),
                    FactBuilder.standard(PSEUDONYMS),
                    new GraphWriter(driver),
                    IngestPipeline.DEFAULT_BATCH_SIZE);
            if (resolution) {
                pipeline = pipeline.withResolution(
                        new Resolver(index, new MentionScorer(), ResolutionSettings.DEFAULTS, PSEUDONYMS),
                        new ResolutionStore(driver));
            }
            pipeline = pipeline.withIndex(new IngestIndexer(index, new GraphIndexSource(driver)));
            IngestSummary summary;
            try (Stream<ReadResult> in = reader.read(ndjson)) {
                summary = pipeline.ingest(in, done -> {
                    if (done % 10_000 < IngestPipeline.DEFAULT_BATCH_SIZE) System.out.printf("  %,d reports%n", done);
                });
            }
            on = summary.total() / (summary.elapsed().toNanos() / 1e9);
            documents = index.documentCount();
            System.out.printf(
                    "ingest with %s: %,.0f reports/s; %,d index documents%n",
                    resolution ? "resolution and index" : "the index, resolution off", on, documents);

            latencies = new double[mix.size() - warmup];
            for (int i = 0; i < mix.size(); i++) {
                Viewer viewer = VIEWERS.get(i % VIEWERS.size());
                long started = System.nanoTime();
                SearchResults answer =
                        index.search(new SearchQuery(mix.get(i), Set.of(), SearchQuery.DEFAULT_LIMIT), viewer);
                long nanos = System.nanoTime() - started;
                if (i >= warmup) {
                    latencies[i - warmup] = nanos / 1e6;
                    hits += answer.hits().size();
                    if (!answer.hidden().isEmpty()) hiddenAnswers++;
                }
            }
        }
        IngestBenchmark.deleteRecursively(dir);
        Arrays.sort(latencies);
        double p50 = percentile(latencies, 50);
        double p95 = percentile(latencies, 95);
        double p99 = percentile(latencies, 99);
        System.out.printf(Locale.ROOT, "search latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", p50, p95, p99);

        Double off = null;
        if (compare) {
            dir = work.resolve("off");
            try (EmbeddedNeo4j engine = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.sizedForThisMachine(dir, 0));
                    Driver driver = driver(engine)) {
                GraphSchema.apply(driver);
                IngestPipeline pipeline = new IngestPipeline(
                        new ReportValidator(),
                        FactBuilder.standard(PSEUDONYMS),
                        new GraphWriter(driver),
                        IngestPipeline.DEFAULT_BATCH_SIZE);
                IngestSummary summary;
                try (Stream<ReadResult> in = reader.read(ndjson)) {
                    summary = pipeline.ingest(in);
                }
                off = summary.total() / (summary.elapsed().toNanos() / 1e9);
                System.out.printf("ingest with resolution and index off: %,.0f reports/s%n", off);
            }
            IngestBenchmark.deleteRecursively(dir);
        }

        r.put("queries", latencies.length);
        r.put("warmupQueries", warmup);
        r.put("indexDocuments", documents);
        r.put(
                "latencyMillis",
                Map.of(
                        "p50",
                        round(p50),
                        "p95",
                        round(p95),
                        "p99",
                        round(p99),
                        "max",
                        round(latencies[latencies.length - 1])));
        r.put("meanHitsPerQuery", round((double) hits / latencies.length));
        r.put("answersWithHiddenHits", hiddenAnswers);
        r.put("resolutionAtIngest", resolution);
        r.put(resolution ? "ingestReportsPerSecondResolutionOn" : "ingestReportsPerSecondIndexOnly", round(on));
        if (off != null) {
            r.put("ingestReportsPerSecondResolutionOff", round(off));
            r.put("onToOffRatio", round(on / off));
        }
        r.put("floors", Map.of("p99Millis", 50));
        r.line("`" + String.join(" ", args) + "`: " + reports + " reports (seed " + seed + "); " + latencies.length
                + " timed queries after " + warmup + " warm-up ones, as users of six agencies in turn.");
        r.line("");
        r.line("| figure | value |");
        r.line("|---|---|");
        r.line(String.format(Locale.ROOT, "| search latency p50 | %.2f ms |", p50));
        r.line(String.format(Locale.ROOT, "| search latency p95 | %.2f ms |", p95));
        r.line(String.format(Locale.ROOT, "| search latency p99 | %.2f ms |", p99));
        r.line(String.format(Locale.ROOT, "| index documents | %,d |", documents));
        r.line(String.format(
                Locale.ROOT, "| mean visible hits per query (limit 20) | %.1f |", (double) hits / latencies.length));
        r.line(String.format(
                Locale.ROOT, "| answers with hit/no-hit counts | %,d of %,d |", hiddenAnswers, latencies.length));
        r.line(String.format(
                Locale.ROOT,
                "| ingest reports/s, %s | %,.0f |",
                resolution ? "resolution and index on" : "index on, resolution off",
                on));
        if (off != null) {
            r.line(String.format(Locale.ROOT, "| ingest reports/s, resolution and index off | %,.0f |", off));
            r.line(String.format(Locale.ROOT, "| on / off | %.2f |", on / off));
        }
        r.line("");
        r.line("Floor: p99 < 50 ms. Latency is of `SearchIndex.search` in process (three tier queries, the grouping of"
                + " mentions into persons, snippets and the hit/no-hit count), not of HTTP.");
        r.write(results);
        System.out.println("results in " + results);
    }

    /**
     * Queries as users would type them, drawn from the reports: names as written by one report (found by the others'
     * spellings), phones re-typed in local notation, plates, a narrative word, a place name.
     */
    static List<String> queryMix(ReportReader reader, Path ndjson, int count, long seed) throws Exception {
        Random random = new Random(seed);
        List<String> names = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        List<String> plates = new ArrayList<>();
        List<String> words = new ArrayList<>();
        try (Stream<ReadResult> in = reader.read(ndjson)) {
            in.forEach(read -> {
                if (!(read instanceof ReadResult.Parsed p) || random.nextInt(20) != 0) return;
                CaseReport report = p.report();
                for (Person person : report.persons()) {
                    if (!person.role().isProtected() && person.name() != null) names.add(person.name());
                }
                for (Phone phone : report.selectors().phones()) phones.add(phone.number());
                for (Vehicle vehicle : report.selectors().vehicles()) plates.add(vehicle.plate());
                if (report.narrative() != null) {
                    String[] tokens = report.narrative().text().split("[\\s,.;:()„“\"]+");
                    for (String t : tokens) if (t.length() > 6 && !t.contains("{")) words.add(t);
                }
            });
        }
        List<String> places = Gazetteer.load().places().stream()
                .flatMap(pl -> Stream.of(pl.name(), pl.nameLocal()))
                .filter(n -> !n.isBlank())
                .toList();
        List<String> mix = new ArrayList<>(count);
        while (mix.size() < count) {
            int kind = random.nextInt(10);
            List<String> from = kind < 5 ? names : kind < 7 ? phones : kind < 8 ? plates : kind < 9 ? words : places;
            if (!from.isEmpty()) mix.add(from.get(random.nextInt(from.size())));
        }
        return mix;
    }

    private static double percentile(double[] sorted, int p) {
        int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** Through the engine's in-VM Bolt channel, as the application reaches its embedded engine. */
    private static Driver driver(EmbeddedNeo4j engine) {
        return engine.driver(org.neo4j.driver.Config.builder()
                .withLogging(org.neo4j.driver.Logging.slf4j())
                .build());
    }
}
