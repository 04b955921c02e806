package org.borderlink.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.borderlink.graph.embedded.EmbeddedNeo4j;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.schema.GraphSchema;
import org.borderlink.ingest.facts.FactBuilder;
import org.borderlink.ingest.facts.Pseudonymiser;
import org.borderlink.ingest.facts.ReportFacts;
import org.borderlink.ingest.normalise.Gazetteer;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.pipeline.IngestSummary;
import org.borderlink.ingest.report.CaseReport;
import org.borderlink.ingest.report.Person;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.report.ReportValidator;
import org.borderlink.ingest.resolve.MentionScorer;
import org.borderlink.ingest.resolve.ResolutionSettings;
import org.borderlink.ingest.resolve.ResolutionStore;
import org.borderlink.ingest.resolve.ResolvedBatch;
import org.borderlink.ingest.resolve.Resolver;
import org.borderlink.ingest.search.GraphIndexSource;
import org.borderlink.ingest.search.IndexedReport;
import org.borderlink.ingest.search.IngestIndexer;
import org.borderlink.ingest.search.SearchIndex;
import org.borderlink.ingest.synthetic.Generated;
import org.borderlink.ingest.synthetic.GroundTruth;
import org.borderlink.ingest.synthetic.MentionKey;
import org.borderlink.ingest.synthetic.WesternBalkansGenerator;
import org.borderlink.ingest.write.GraphWriter;
import org.neo4j.driver.Driver;

/**
 * Quality and cost of person resolution on generated data with ground truth.
 *
 * <ol>
 *   <li><b>Calibration</b> (no graph): the seeded reports go through normalisation, the {@link Resolver} and an
 *       in-memory index batch by batch, once per join threshold of {@code --sweep}; pairwise precision, recall and F1
 *       of each are tabled, so the threshold can be chosen on data.
 *   <li><b>The real pipeline</b>, {@code --runs} times: a fresh embedded engine and index, ingest with resolution on
 *       (the configured thresholds), the person every mention was attached to read back from the graph and scored
 *       against the ground truth overall, per pair of reporting countries and per pair of scripts; then, in the same
 *       run, a second fresh engine ingests the same file with resolution off, for the throughput ratio.
 * </ol>
 *
 * <p>Run: {@code ./mvnw -Pbench -pl bench -am verify -DskipTests -Dbench.main=org.borderlink.bench.ResolutionBenchmark
 * -Dbench.args="--reports 20000 --runs 3"}
 */
public final class ResolutionBenchmark {

    private static final int BATCH = IngestPipeline.DEFAULT_BATCH_SIZE;
    private static final Pseudonymiser PSEUDONYMS =
            new Pseudonymiser("benchmark-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8));

    public static void main(String[] args) throws Exception {
        Map<String, String> options = IngestBenchmark.options(args);
        int reports = Integer.parseInt(options.getOrDefault("reports", "20000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        ResolutionSettings settings = ResolutionSettings.DEFAULTS.withThresholds(
                Double.parseDouble(
                        options.getOrDefault("join", String.valueOf(ResolutionSettings.DEFAULTS.joinThreshold()))),
                Double.parseDouble(options.getOrDefault(
                        "suggest", String.valueOf(ResolutionSettings.DEFAULTS.suggestThreshold()))));
        List<Double> sweep = options.containsKey("sweep")
                ? Stream.of(options.get("sweep").split(","))
                        .map(Double::parseDouble)
                        .toList()
                : List.of();
        Path work =
                Path.of(options.getOrDefault("work", "target/resolution-bench")).toAbsolutePath();
        Path results = Path.of(options.getOrDefault("results", "results")).toAbsolutePath();

        long started = System.nanoTime();
        Generated generated = WesternBalkansGenerator.generate(reports, seed);
        System.out.printf(
                "Generated %,d reports with %,d mentions of %,d true persons in %.1f s%n",
                reports,
                generated.truth().personOf().size(),
                generated.truth().persons().size(),
                (System.nanoTime() - started) / 1e9);
        Results r = new Results("resolution", "Person resolution: quality and cost");
        r.put("reports", reports);
        r.put("seed", seed);
        r.put("joinThreshold", settings.joinThreshold());
        r.put("suggestThreshold", settings.suggestThreshold());

        if (!sweep.isEmpty()) {
            List<Map<String, Object>> table = new ArrayList<>();
            r.line("## Calibration (resolver and in-memory index, no graph)");
            r.line("");
            r.line("| join threshold | mentions | precision | recall | F1 | true pairs | predicted pairs | seconds |");
            r.line("|---|---|---|---|---|---|---|---|");
            for (double join : sweep) {
                long t = System.nanoTime();
                Map<String, String> predicted =
                        offline(generated, settings.withThresholds(join, Math.min(join, settings.suggestThreshold())));
                double seconds = (System.nanoTime() - t) / 1e9;
                List<ResolutionQuality.Mention> all = mentions(generated, predicted);
                ResolutionQuality.Figures named = ResolutionQuality.overall(named(all));
                ResolutionQuality.Figures everyone = ResolutionQuality.overall(all);
                System.out.printf(
                        Locale.ROOT,
                        "join %.2f: named precision %.4f recall %.4f F1 %.4f; all F1 %.4f (%.0f s)%n",
                        join,
                        named.precision(),
                        named.recall(),
                        named.f1(),
                        everyone.f1(),
                        seconds);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("joinThreshold", join);
                row.put("named", named.asMap());
                row.put("all", everyone.asMap());
                row.put("seconds", ResolutionQuality.round(seconds));
                table.add(row);
                String threshold = String.format(Locale.ROOT, "%.2f", join);
                r.line(named.row(threshold + " | named").replaceFirst("\\|$", "")
                        + String.format(Locale.ROOT, "| %.0f |", seconds));
                r.line(everyone.row(threshold + " | all").replaceFirst("\\|$", "") + "| |");
            }
            r.put("calibration", table);
            r.line("");
        }

        if (runs > 0) pipelineRuns(generated, settings, runs, work, r);
        r.line("");
        r.line("`" + String.join(" ", args) + "`: " + reports + " reports (seed " + seed + "), thresholds join "
                + settings.joinThreshold() + ", suggest " + settings.suggestThreshold() + ".");
        r.write(results);
        System.out.println("results in " + results);
    }

    /** The person of every mention of the final version of every report, by {@code reportId#ref}. */
    static Map<String, String> offline(Generated generated, ResolutionSettings settings) {
        FactBuilder builder = FactBuilder.standard(PSEUDONYMS);
        Map<String, String> predicted = new HashMap<>();
        try (SearchIndex index = SearchIndex.inMemory()) {
            Resolver resolver = new Resolver(index, new MentionScorer(), settings, PSEUDONYMS);
            List<ReportFacts> batch = new ArrayList<>();
            Set<String> inBatch = new HashSet<>();
            int i = 0;
            for (CaseReport report : generated.reports()) {
                if (builder.build(i++, report) instanceof FactBuilder.Result.Built built) {
                    if (inBatch.contains(built.facts().reportId()) || batch.size() >= BATCH) {
                        resolveOffline(resolver, index, batch, predicted);
                        batch.clear();
                        inBatch.clear();
                    }
                    batch.add(built.facts());
                    inBatch.add(built.facts().reportId());
                }
            }
            resolveOffline(resolver, index, batch, predicted);
        }
        return predicted;
    }

    private static void resolveOffline(
            Resolver resolver, SearchIndex index, List<ReportFacts> batch, Map<String, String> predicted) {
        if (batch.isEmpty()) return;
        ResolvedBatch resolved = resolver.resolve(batch);
        index.index(resolved.facts().stream().map(f -> IndexedReport.of(f, 0)).toList());
        for (ReportFacts f : resolved.facts()) {
            for (var p : f.persons())
                predicted.put(f.reportId() + "#" + p.mention().get("localRef"), p.id());
        }
    }

    /** The mentions of the final version of each report, with truth, prediction and categories. */
    static List<ResolutionQuality.Mention> mentions(Generated generated, Map<String, String> predicted) {
        Map<String, CaseReport> latest = new LinkedHashMap<>();
        for (CaseReport report : generated.reports()) {
            latest.merge(report.key(), report, (a, b) -> b.version() > a.version() ? b : a);
        }
        GroundTruth truth = generated.truth();
        List<ResolutionQuality.Mention> out = new ArrayList<>();
        for (CaseReport report : latest.values()) {
            String country = AgencyId.of(report.agency()).country().code();
            for (Person person : report.persons()) {
                String t = truth.personOf().get(new MentionKey(report.key(), report.version(), person.ref()));
                String p = predicted.get(report.key() + "#" + person.ref());
                if (t == null || p == null) continue;
                out.add(new ResolutionQuality.Mention(
                        report.key() + "#" + person.ref(), t, p, country, script(person)));
            }
        }
        return out;
    }

    private static List<ResolutionQuality.Mention> named(List<ResolutionQuality.Mention> mentions) {
        return mentions.stream().filter(m -> !m.script().equals("protected")).toList();
    }

    private static String script(Person person) {
        if (person.role().isProtected()) return "protected";
        if (person.name() == null) return "unnamed";
        return person.name()
                        .codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)
                ? "Cyrillic"
                : "Latin";
    }

    private static void pipelineRuns(Generated generated, ResolutionSettings settings, int runs, Path work, Results r)
            throws Exception {
        IngestBenchmark.deleteRecursively(work);
        List<Double> on = new ArrayList<>();
        List<Double> off = new ArrayList<>();
        List<Double> f1s = new ArrayList<>();
        List<Double> precisions = new ArrayList<>();
        List<Double> recalls = new ArrayList<>();
        ResolutionQuality.Figures figures = null;
        ResolutionQuality.Figures protectedFigures = null;
        List<Double> allF1s = new ArrayList<>();
        List<ResolutionQuality.Mention> lastMentions = List.of();
        long suggestions = 0;
        for (int run = 1; run <= runs; run++) {
            Path dir = work.resolve("run-" + run + "-on");
            try (EmbeddedNeo4j engine =
                            EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.sizedForThisMachine(dir.resolve("graph"), 0));
                    Driver driver = driver(engine);
                    SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
                GraphSchema.apply(driver);
                Resolver resolver = new Resolver(index, new MentionScorer(), settings, PSEUDONYMS);
                index.indexGazetteer(Gazetteer.load());
                IngestPipeline pipeline = new IngestPipeline(
                                new ReportValidator(), FactBuilder.standard(PSEUDONYMS), new GraphWriter(driver), BATCH)
                        .withResolution(resolver, new ResolutionStore(driver))
                        .withIndex(new IngestIndexer(index, new GraphIndexSource(driver)));
                IngestSummary summary = pipeline.ingest(read(generated));
                on.add(summary.total() / (summary.elapsed().toNanos() / 1e9));
                Map<String, String> predicted = graphAssignment(driver);
                lastMentions = mentions(generated, predicted);
                figures = ResolutionQuality.overall(named(lastMentions));
                allF1s.add(ResolutionQuality.overall(lastMentions).f1());
                protectedFigures = ResolutionQuality.overall(lastMentions.stream()
                        .filter(m -> m.script().equals("protected"))
                        .toList());
                f1s.add(figures.f1());
                precisions.add(figures.precision());
                recalls.add(figures.recall());
                suggestions = new ResolutionStore(driver).count();
                System.out.printf(
                        Locale.ROOT,
                        "run %d resolution on: %,.0f reports/s; named persons: precision %.4f recall %.4f F1 %.4f;"
                                + " %,d suggestions%n",
                        run,
                        on.getLast(),
                        figures.precision(),
                        figures.recall(),
                        figures.f1(),
                        suggestions);
            }
            IngestBenchmark.deleteRecursively(dir);

            dir = work.resolve("run-" + run + "-off");
            try (EmbeddedNeo4j engine = EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.sizedForThisMachine(dir, 0));
                    Driver driver = driver(engine)) {
                GraphSchema.apply(driver);
                IngestPipeline pipeline = new IngestPipeline(
                        new ReportValidator(), FactBuilder.standard(PSEUDONYMS), new GraphWriter(driver), BATCH);
                IngestSummary summary = pipeline.ingest(read(generated));
                off.add(summary.total() / (summary.elapsed().toNanos() / 1e9));
                System.out.printf("run %d resolution off: %,.0f reports/s%n", run, off.getLast());
            }
            IngestBenchmark.deleteRecursively(dir);
        }
        double medianOn = median(on);
        double medianOff = median(off);
        r.put("runs", runs);
        r.put("reportsPerSecondResolutionOn", on);
        r.put("reportsPerSecondResolutionOff", off);
        r.put("medianReportsPerSecondResolutionOn", medianOn);
        r.put("medianReportsPerSecondResolutionOff", medianOff);
        r.put("onToOffRatio", medianOn / medianOff);
        r.put("figuresAreFor", "named persons (not victims or smuggled migrants); protected and all below");
        r.put("precision", precisions);
        r.put("recall", recalls);
        r.put("f1", f1s);
        r.put("medianPrecision", median(precisions));
        r.put("medianRecall", median(recalls));
        r.put("medianF1", median(f1s));
        r.put("suggestions", suggestions);
        r.put("protectedPersons", protectedFigures.asMap());
        r.put("allMentionsF1", allF1s);
        r.put("allMentions", ResolutionQuality.overall(lastMentions).asMap());
        r.put("floors", Map.of("f1", 0.90, "precision", 0.97));
        r.line("## The real pipeline (embedded Neo4j, index on disk), " + runs + (runs == 1 ? " run" : " runs"));
        r.line("");
        r.line("| figure | median | runs |");
        r.line("|---|---|---|");
        r.line(row("named persons: pairwise precision", median(precisions), precisions, "%.4f"));
        r.line(row("named persons: pairwise recall", median(recalls), recalls, "%.4f"));
        r.line(row("named persons: pairwise F1", median(f1s), f1s, "%.4f"));
        r.line(String.format(
                Locale.ROOT,
                "| protected persons (last run): precision / recall / F1 | %.4f / %.4f / %.4f | |",
                protectedFigures.precision(),
                protectedFigures.recall(),
                protectedFigures.f1()));
        r.line(row("all mentions: pairwise F1", median(allF1s), allF1s, "%.4f"));
        r.line(row("ingest reports/s, resolution on", medianOn, on, "%,.0f"));
        r.line(row("ingest reports/s, resolution off", medianOff, off, "%,.0f"));
        r.line(String.format(Locale.ROOT, "| on / off | %.2f | |", medianOn / medianOff));
        r.line("");
        r.line(
                ("Floors: F1 ≥ 0.90 with precision ≥ 0.97. Named persons are the mentions resolution may compare by name;"
                                + " victims and smuggled migrants are stored without names and are joined only on exact"
                                + " pseudonymised selectors (docs/search-and-resolution.md), which bounds their recall and the"
                                + " all-mentions figure. POSSIBLY_SAME_AS suggestions made (last run): %,d.")
                        .formatted(suggestions));
        r.line("");
        breakdown(
                "reporting countries, named persons",
                ResolutionQuality.byCategory(named(lastMentions), ResolutionQuality.Mention::country),
                r,
                "byCountryPairNamed");
        breakdown(
                "scripts the names were written in",
                ResolutionQuality.byCategory(lastMentions, ResolutionQuality.Mention::script),
                r,
                "byScriptPair");
    }

    private static void breakdown(String what, Map<String, ResolutionQuality.Figures> figures, Results r, String key) {
        Map<String, Object> json = new LinkedHashMap<>();
        r.line("### By pair of " + what + " (last run; pairs with at least 20 true pairs)");
        r.line("");
        r.line("| pair | precision | recall | F1 | true pairs | predicted pairs |");
        r.line("|---|---|---|---|---|---|");
        figures.forEach((k, f) -> {
            json.put(k, f.asMap());
            if (f.truePairs() >= 20) r.line(f.row(k));
        });
        r.put(key, json);
        r.line("");
    }

    /** Every mention's person as the graph holds it, by {@code reportId#localRef}. */
    static Map<String, String> graphAssignment(Driver driver) {
        Map<String, String> out = new HashMap<>();
        try (var session = driver.session()) {
            session.run("MATCH (r:Report)-[m:MENTIONS]->(p:Person) RETURN r.id AS r, m.localRef AS ref, p.id AS p")
                    .forEachRemaining(rec -> out.put(
                            rec.get("r").asString() + "#" + rec.get("ref").asString(),
                            rec.get("p").asString()));
        }
        return out;
    }

    private static Stream<ReadResult> read(Generated generated) {
        AtomicInteger index = new AtomicInteger();
        return generated.reports().stream()
                .map(report -> new ReadResult.Parsed(index.get(), "generated", index.incrementAndGet(), report));
    }

    /** Through the engine's in-VM Bolt channel, as the application reaches its embedded engine. */
    private static Driver driver(EmbeddedNeo4j engine) {
        return engine.driver(org.neo4j.driver.Config.builder()
                .withLogging(org.neo4j.driver.Logging.slf4j())
                .build());
    }

    private static String row(String name, double median, List<Double> values, String format) {
        return "| %s | %s | %s |"
                .formatted(
                        name,
                        String.format(Locale.ROOT, format, median),
                        values.stream()
                                .map(v -> String.format(Locale.ROOT, format, v))
                                .toList());
    }

    private static double median(List<Double> values) {
        return Results.median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
