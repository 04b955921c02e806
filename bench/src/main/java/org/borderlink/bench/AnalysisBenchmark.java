package org.borderlink.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.borderlink.graph.analysis.EntityCards;
import org.borderlink.graph.analysis.Expansion;
import org.borderlink.graph.analysis.FacilitatorNetwork;
import org.borderlink.graph.analysis.GraphFilter;
import org.borderlink.graph.analysis.GraphNode;
import org.borderlink.graph.analysis.GraphReader;
import org.borderlink.graph.analysis.Paths;
import org.borderlink.graph.analysis.Routes;
import org.borderlink.graph.analysis.patterns.PatternLibrary;
import org.borderlink.graph.analysis.patterns.PatternRunner;
import org.borderlink.graph.embedded.EmbeddedNeo4j;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.NodeLabel;
import org.borderlink.graph.model.RelType;
import org.borderlink.graph.schema.GraphSchema;
import org.borderlink.graph.sharing.Viewer;
import org.borderlink.ingest.facts.FactBuilder;
import org.borderlink.ingest.facts.Pseudonymiser;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.pipeline.IngestSummary;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.report.ReportReader;
import org.borderlink.ingest.report.ReportValidator;
import org.borderlink.ingest.synthetic.WesternBalkansGenerator;
import org.borderlink.ingest.write.GraphWriter;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import tools.jackson.databind.json.JsonMapper;

/**
 * Link-analysis latency: the HTTP API (the application jar in its own JVM, embedded engine, security, audit, JSON)
 * against the ceiling of the same graph-model queries called over the Bolt driver of the same engine from this JVM,
 * with several concurrent clients, on a seeded generated data set ingested once through the ingest pipeline.
 *
 * <p>The API client logs in as API clients are meant to: it trades the account's password (HTTP Basic, bcrypt at the
 * default cost of 10) for a short-lived bearer token once ({@code POST /api/v1/auth/token}) and sends the token with
 * every request, renewing it before it expires. HTTP Basic on every request would cost a bcrypt check each time.
 *
 * <p>Run: {@code ./mvnw -Pbench -pl api,bench -am verify -DskipTests -Dbench.main=org.borderlink.bench.AnalysisBenchmark
 * -Dbench.heap=3g -Dbench.args="--reports 100000"}
 */
public final class AnalysisBenchmark {

    /** The benchmark account's password, and its bcrypt hash at the default cost of 10. */
    static final String PASSWORD = "it-password";

    static final String PASSWORD_HASH = "$2a$10$it7yPYzKHB3mevu0Yr2Tpu./X.rZibD0zO44slDBSgGWMk8FiuAv6";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Facts an investigator follows between persons and their selectors, incidents and journeys. */
    private static final List<String> NETWORK_TYPES = List.of(
            "USES",
            "INVOLVED_IN",
            "ON_LEG",
            "CONTACTED",
            "PAID",
            "RECRUITED",
            "TRANSPORTED",
            "HARBOURED",
            "EXPLOITED",
            "ASSOCIATE_OF",
            "MEMBER_OF");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = IngestBenchmark.options(args);
        int reports = Integer.parseInt(options.getOrDefault("reports", "100000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "4"));
        int iterations = Integer.parseInt(options.getOrDefault("iterations", "100"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        Duration serverWarmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warm-up-seconds", "120")));
        Path work =
                Path.of(options.getOrDefault("work", "target/analysis-bench")).toAbsolutePath();
        Path results = Path.of(options.getOrDefault("results", "results")).toAbsolutePath();
        Path jar = Path.of(options.getOrDefault("jar", "../api/target/borderlink.jar"))
                .toAbsolutePath();
        String serverHeap = options.getOrDefault("server-heap", "4g");
        long pageCache = Long.parseLong(options.getOrDefault("page-cache-mib", "6144")) << 20;
        // measuring a few operations while working on them: the figures are printed, the results left as they are
        String only = options.get("only");
        List<String> serverProperties = serverProperties(options.get("server-properties"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no application jar at " + jar
                    + ": build it with ./mvnw -Pbench -pl api,bench -am verify -DskipTests ...");
        }

        Path data = work.resolve("data-" + reports + "-" + seed);
        if (Boolean.parseBoolean(options.getOrDefault("store-only", "false"))) {
            ingestOnce(data, work, reports, seed);
            return;
        }
        String ingestLine = storeBuiltApart(data, args);

        int httpPort = freePort();
        int boltPort = freePort();
        Process server = startServer(jar, data, httpPort, boltPort, serverHeap, pageCache, serverProperties, work);
        try (Driver driver = driver(data, boltPort, Duration.ofMinutes(5))) {
            Api api = new Api(httpPort, clients);
            api.awaitReady(Duration.ofMinutes(10));
            // a fresh server first catches its search index up with the whole graph in the background
            awaitQuiet(server, Duration.ofMinutes(90));
            Viewer viewer = Viewer.of(AgencyId.of("RS-MUP"), "WB");
            GraphReader reader = new GraphReader(driver, Duration.ofSeconds(60));
            Targets targets = Targets.pick(driver, reader, viewer);
            System.out.printf(
                    "Targets: %d persons, %d path pairs, centrality subgraph of %d nodes (seed %s, limit %d)%n",
                    targets.persons().size(),
                    targets.pairs().size(),
                    targets.centralityNodes(),
                    targets.centralitySeed(),
                    targets.centralityLimit());

            List<Operation> operations = operations(api, reader, viewer, targets, iterations).stream()
                    .filter(op -> only == null
                            || java.util.Arrays.stream(only.split(",")).anyMatch(op.name()::contains))
                    .toList();
            warmUp(operations, iterations, clients, serverWarmUp);
            Map<String, List<Stats>> apiRuns = new LinkedHashMap<>();
            Map<String, List<Stats>> rawRuns = new LinkedHashMap<>();
            for (int run = 1; run <= runs; run++) {
                for (Operation op : operations) {
                    SideBySide measured = measureSideBySide(op, clients);
                    Stats a = measured.api();
                    Stats r = measured.raw();
                    apiRuns.computeIfAbsent(op.name(), k -> new ArrayList<>()).add(a);
                    rawRuns.computeIfAbsent(op.name(), k -> new ArrayList<>()).add(r);
                    System.out.printf(
                            "run %d %-42s api p50 %7.1f p95 %7.1f p99 %7.1f | raw p50 %7.1f p95 %7.1f p99 %7.1f ms%n",
                            run, op.name(), a.p50(), a.p95(), a.p99(), r.p50(), r.p95(), r.p99());
                }
            }
            if (only != null) return;
            write(
                    results,
                    options,
                    args,
                    reports,
                    seed,
                    clients,
                    runs,
                    ingestLine,
                    targets,
                    operations,
                    apiRuns,
                    rawRuns);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    // ---- data ------------------------------------------------------------------------------------------------

    /** Written into the store's directory once the store is complete, with the line that says how it was built. */
    private static final String STORE_BUILT = "ingested.txt";

    /**
     * The store, built by a JVM of its own the first time. The raw side of every measurement runs in this JVM; after
     * ingesting 100,000 reports its heap and compiled code are those of the ingest, and the raw entity card was measured
     * at 6.9 ms p50 in such a run against 2.6 ms in one that found the store built.
     */
    private static String storeBuiltApart(Path data, String[] args) throws IOException, InterruptedException {
        Path marker = data.resolve(STORE_BUILT);
        if (!Files.exists(marker)) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), AnalysisBenchmark.class.getName()));
            command.addAll(List.of(args));
            command.addAll(List.of("--store-only", "true"));
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (exit != 0 || !Files.exists(marker))
                throw new IllegalStateException("building the store in " + data + " failed (exit " + exit + ")");
        }
        System.out.println("Store in " + data);
        return Files.readString(marker).strip();
    }

    /**
     * Generates the reports and ingests them once, before the server starts, through the ingest pipeline (read,
     * validate, normalise, anonymise, batched writes) into an engine on the server's data directory (run with
     * {@code --store-only true} by {@link #storeBuiltApart}); later runs reuse the store. Person resolution and search
     * indexing, which the server's own pipeline adds, are left out: at their present speed on these machines they would
     * take hours for 100,000 reports, and no query measured here reads the search index.
     */
    private static String ingestOnce(Path data, Path work, int reports, long seed) throws IOException {
        Path marker = data.resolve(STORE_BUILT);
        if (Files.exists(marker)) {
            System.out.println("Reusing the store in " + data);
            return Files.readString(marker).strip();
        }
        IngestBenchmark.deleteRecursively(data);
        Path input = work.resolve("input-" + reports + "-" + seed);
        Path ndjson = input.resolve(WesternBalkansGenerator.REPORTS_FILE);
        if (!Files.exists(ndjson)) WesternBalkansGenerator.writeTo(input, reports, seed);
        Pseudonymiser pseudonyms =
                new Pseudonymiser("benchmark-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8));
        IngestSummary summary;
        try (EmbeddedNeo4j engine =
                        EmbeddedNeo4j.start(EmbeddedNeo4j.Settings.sizedForThisMachine(data.resolve("neo4j"), 0));
                Driver driver = engine.driver(
                        Config.builder().withLogging(Logging.slf4j()).build());
                Stream<ReadResult> in = new ReportReader().read(ndjson)) {
            GraphSchema.apply(driver);
            IngestPipeline pipeline = new IngestPipeline(
                    new ReportValidator(),
                    FactBuilder.standard(pseudonyms),
                    new GraphWriter(driver),
                    IngestPipeline.DEFAULT_BATCH_SIZE);
            summary = pipeline.ingest(in);
        }
        double seconds = summary.elapsed().toNanos() / 1e9;
        String line = ("%,d reports (seed %d) ingested through the ingest pipeline in %.0f s (%.0f reports/s; %,d "
                        + "stored, %,d replaced, %,d refused), without person resolution or search indexing")
                .formatted(
                        reports,
                        seed,
                        seconds,
                        summary.total() / seconds,
                        summary.stored(),
                        summary.replaced(),
                        summary.refused());
        Files.writeString(marker, line + "\n");
        System.out.println(line);
        return line;
    }

    /** Waits until the server uses less than a tenth of a core over ten seconds, twice in a row. */
    private static void awaitQuiet(Process server, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        int quiet = 0;
        Duration last = server.info().totalCpuDuration().orElse(Duration.ZERO);
        while (quiet < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10_000);
            Duration now = server.info().totalCpuDuration().orElse(Duration.ZERO);
            quiet = now.minus(last).toMillis() < 1_000 ? quiet + 1 : 0;
            last = now;
        }
        System.out.println(quiet >= 2 ? "Server idle" : "Server still busy after " + patience + "; measuring anyway");
    }

    /**
     * {@code --server-properties NAME=VALUE[,NAME=VALUE…]}: settings the server starts with beside the benchmark's own
     * (later ones win), for measuring what one setting costs, e.g. {@code borderlink.audit.dir=/dev/shm/audit}.
     */
    private static List<String> serverProperties(String option) {
        if (option == null || option.isBlank()) return List.of();
        List<String> arguments = new ArrayList<>();
        for (String property : option.split(",")) {
            String p = property.strip();
            if (p.indexOf('=') <= 0) {
                throw new IllegalArgumentException("--server-properties takes NAME=VALUE pairs: " + p);
            }
            arguments.add("--" + p);
        }
        return arguments;
    }

    private static Process startServer(
            Path jar,
            Path data,
            int httpPort,
            int boltPort,
            String heap,
            long pageCache,
            List<String> properties,
            Path work)
            throws IOException {
        List<String> command = new ArrayList<>(javaCommand(heap));
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "--server.port=" + httpPort,
                "--borderlink.data-dir=" + data,
                "--borderlink.demo=false",
                "--borderlink.embedded.bolt-port=" + boltPort,
                "--borderlink.embedded.page-cache=" + pageCache,
                "--borderlink.security.users[0].username=bench",
                "--borderlink.security.users[0].password-hash=" + PASSWORD_HASH,
                "--borderlink.security.users[0].agency=RS-MUP",
                "--borderlink.security.users[0].roles[0]=INVESTIGATOR",
                "--borderlink.security.users[0].roles[1]=ANALYST",
                "--logging.level.root=WARN"));
        command.addAll(properties);
        if (!properties.isEmpty()) System.out.println("Server settings: " + properties);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("server.log").toFile())
                .start();
    }

    /**
     * This JDK, with the engine's JVM options this JVM was started with, on a fixed heap as docs/operations.md advises
     * for a server (and says why).
     */
    private static List<String> javaCommand(String heap) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xms" + heap);
        command.add("-Xmx" + heap);
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("--enable-native-access")
                    || a.startsWith("--sun-misc-unsafe-memory-access")
                    || a.startsWith("--add-modules")) {
                command.add(a);
            }
        }
        return command;
    }

    /** The driver of the server's embedded engine, once it has written its Bolt credentials. */
    private static Driver driver(Path data, int boltPort, Duration patience) throws IOException, InterruptedException {
        Path credentials = data.resolve("neo4j/bolt-credentials.properties");
        long deadline = System.nanoTime() + patience.toNanos();
        while (!Files.exists(credentials) && System.nanoTime() < deadline) Thread.sleep(500);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(credentials)) {
            p.load(r);
        }
        // logging as the application's driver logs: the driver's default formats every message before checking a level
        return GraphDatabase.driver(
                "bolt://127.0.0.1:" + boltPort,
                AuthTokens.basic(p.getProperty("username"), p.getProperty("password")),
                Config.builder().withLogging(Logging.slf4j()).build());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    // ---- what is asked ---------------------------------------------------------------------------------------

    /**
     * What the operations are asked about, found over the driver before timing: persons the viewer may see that have
     * neighbours, pairs of persons linked within four hops, a seed whose two-hop neighbourhood holds about 2,000 nodes.
     */
    record Targets(
            List<String> persons,
            List<List<String>> pairs,
            String centralitySeed,
            int centralityLimit,
            int centralityNodes,
            LocalDate windowEnd) {

        static Targets pick(Driver driver, GraphReader reader, Viewer viewer) {
            List<String> persons = new ArrayList<>();
            try (var session = driver.session()) {
                for (Record r :
                        session.run("""
                                MATCH (rep:Report)-[m:MENTIONS]->(p:Person)
                                WHERE any(t IN m.aud WHERE t IN $tokens) AND COUNT { (p)--() } >= 4
                                RETURN DISTINCT p.id AS id ORDER BY id LIMIT 100000""", Map.of("tokens", viewer.tokenValues())).list()) {
                    persons.add(r.get("id").asString());
                }
            }
            // a stable, spread-out sample
            List<String> sample = new ArrayList<>();
            int step = Math.max(1, persons.size() / 200);
            for (int i = 0; i < persons.size() && sample.size() < 200; i += step) sample.add(persons.get(i));

            GraphFilter network = filter(null);
            Paths paths = new Paths(reader);
            Expansion expansion = new Expansion(reader);
            List<List<String>> pairs = new ArrayList<>();
            for (String a : sample) {
                if (pairs.size() == 50) break;
                var reached = expansion.expand(viewer, new Expansion.Request(List.of(a), 3, 5, network, 2000));
                List<String> candidates = reached.nodes().stream()
                        .filter(n -> n.label() == NodeLabel.Person && !n.id().equals(a))
                        .map(GraphNode::id)
                        .toList();
                for (int i = candidates.size() - 1; i >= 0; i--) {
                    String b = candidates.get(i);
                    var found = paths.find(viewer, new Paths.Request(a, b, 4, 1, network));
                    if (!found.paths().isEmpty() && found.paths().getFirst().length() >= 2) {
                        pairs.add(List.of(a, b));
                        break;
                    }
                }
            }

            // the busiest place, and the fan-out limit at which its two-hop neighbourhood holds about 2,000 nodes
            String place;
            try (var session = driver.session()) {
                place = session.run("""
                                MATCH (l:Location)<-[r:OCCURRED_AT]-()
                                WHERE any(t IN r.aud WHERE t IN $tokens)
                                RETURN l.id AS id, count(r) AS n ORDER BY n DESC LIMIT 1""", Map.of("tokens", viewer.tokenValues()))
                        .single()
                        .get("id")
                        .asString();
            }
            GraphFilter centrality = centralityFilter();
            int limit = 10;
            int nodes = 0;
            for (int l = 10; l <= 2000; l += 10) {
                int n = expansion
                        .expand(viewer, new Expansion.Request(List.of(place), 2, l, centrality, 100_000))
                        .nodes()
                        .size();
                limit = l;
                nodes = n;
                if (n >= 2000) break;
            }
            LocalDate windowEnd;
            try (var session = driver.session()) {
                windowEnd = session.run("MATCH (i:Incident) RETURN max(i.date) AS d")
                        .single()
                        .get("d")
                        .asLocalDate();
            }
            return new Targets(sample, pairs, place, limit, nodes, windowEnd);
        }
    }

    static GraphFilter filter(LocalDate since) {
        Set<RelType> types = new java.util.HashSet<>();
        NETWORK_TYPES.forEach(t -> types.add(RelType.valueOf(t)));
        return new GraphFilter(Set.of(), types, Set.of(), since, null, new TreeSet<>(), Set.of());
    }

    static GraphFilter centralityFilter() {
        Set<NodeLabel> labels = java.util.EnumSet.complementOf(java.util.EnumSet.of(NodeLabel.Report));
        return GraphFilter.none().withLabels(labels);
    }

    /**
     * One kind of request, through the API and as the same queries over the driver, on the i-th target; {@code raw} is
     * null for a request that reads nothing, timed to show what every API request costs before any query.
     */
    record Operation(
            String name,
            int iterations,
            IntConsumer api,
            @Nullable IntConsumer raw,
            String floor) {}

    private static List<Operation> operations(Api api, GraphReader reader, Viewer viewer, Targets t, int iterations) {
        EntityCards cards = new EntityCards(reader);
        Expansion expansion = new Expansion(reader);
        Paths paths = new Paths(reader);
        Routes routes = new Routes(reader);
        PatternRunner patterns = new PatternRunner(reader);
        FacilitatorNetwork networks = new FacilitatorNetwork(reader);
        List<String> persons = t.persons();
        List<List<String>> pairs = t.pairs();
        LocalDate since = LocalDate.of(2022, 1, 1);
        GraphFilter expandFilter = filter(since);
        Map<String, Object> expandFilterJson = Map.of("types", NETWORK_TYPES, "since", since.toString());
        String typesQuery = String.join(",", NETWORK_TYPES);
        LocalDate to = t.windowEnd();
        LocalDate from = to.minusDays(89);

        List<Operation> ops = new ArrayList<>();
        ops.add(new Operation(
                "no query: the caller (GET /api/v1/me)", iterations, i -> api.get("/api/v1/me"), null, ""));
        ops.add(new Operation(
                "entity card",
                iterations,
                i -> api.get("/api/v1/entities/" + Api.path(persons.get(i % persons.size())) + "?facts=100"),
                i -> cards.card(viewer, persons.get(i % persons.size()), 100),
                "p99 < 50 ms"));
        ops.add(new Operation(
                "expand 2 hops, filtered, limit 25",
                iterations,
                i -> api.post(
                        "/api/v1/graph/expand",
                        Map.of(
                                "seeds",
                                List.of(persons.get(i % persons.size())),
                                "hops",
                                2,
                                "limit",
                                25,
                                "filter",
                                expandFilterJson)),
                i -> expansion.expand(
                        viewer,
                        new Expansion.Request(List.of(persons.get(i % persons.size())), 2, 25, expandFilter, 2000)),
                "p99 < 100 ms"));
        ops.add(new Operation(
                "shortest path (≤ 4 hops)",
                iterations,
                i -> api.get(pathQuery(pairs.get(i % pairs.size()), 1, typesQuery)),
                i -> paths.find(viewer, pathRequest(pairs.get(i % pairs.size()), 1)),
                "p99 < 150 ms"));
        ops.add(new Operation(
                "5 shortest paths (≤ 4 hops)",
                iterations,
                i -> api.get(pathQuery(pairs.get(i % pairs.size()), 5, typesQuery)),
                i -> paths.find(viewer, pathRequest(pairs.get(i % pairs.size()), 5)),
                ""));
        ops.add(new Operation(
                "crossing points, 90 days vs the 90 before",
                Math.max(10, iterations / 5),
                i -> api.get("/api/v1/routes/crossing-points?from=" + from + "&to=" + to),
                i -> routes.crossingPoints(viewer, new Routes.Window(from, to, Set.of(), Set.of())),
                ""));
        ops.add(new Operation(
                "leg flows, 90 days",
                Math.max(10, iterations / 5),
                i -> api.get("/api/v1/routes/legs?from=" + from + "&to=" + to),
                i -> routes.legs(viewer, new Routes.Window(from, to, Set.of(), Set.of()), 100),
                ""));
        // patterns and centrality scan much of the graph: fewer requests, or a run would take hours
        int patternIterations = Math.max(2, iterations / 25);
        for (PatternLibrary.CypherPattern p : PatternLibrary.all()) {
            ops.add(new Operation(
                    "pattern " + p.name(),
                    patternIterations,
                    i -> api.post("/api/v1/patterns/" + p.name() + "/run", Map.of("parameters", Map.of())),
                    i -> patterns.run(viewer, p, Map.of()),
                    "< 2 s"));
        }
        ops.add(new Operation(
                "pattern brokers (90 days)",
                patternIterations,
                i -> api.post(
                        "/api/v1/patterns/brokers/run",
                        Map.of("parameters", Map.of("since", from.toString(), "until", to.toString()))),
                i -> networks.load(viewer, from, to, Set.of(), 30_000),
                "< 2 s"));
        ops.add(new Operation(
                "centrality, " + t.centralityNodes() + "-node subgraph",
                patternIterations,
                i -> api.post(
                        "/api/v1/analytics/centrality",
                        Map.of("seeds", List.of(t.centralitySeed()), "hops", 2, "limit", t.centralityLimit())),
                i -> expansion.expand(
                        viewer,
                        new Expansion.Request(
                                List.of(t.centralitySeed()), 2, t.centralityLimit(), centralityFilter(), 20_000)),
                ""));
        return ops;
    }

    private static String pathQuery(List<String> pair, int k, String types) {
        return "/api/v1/graph/paths?from=" + Api.query(pair.get(0)) + "&to=" + Api.query(pair.get(1)) + "&maxHops=4&k="
                + k + "&types=" + types;
    }

    private static Paths.Request pathRequest(List<String> pair, int k) {
        return new Paths.Request(pair.get(0), pair.get(1), 4, k, filter(null));
    }

    // ---- measuring -------------------------------------------------------------------------------------------

    /** Latency percentiles in milliseconds. */
    record Stats(double p50, double p95, double p99, int requests) {
        /** An operation that did not answer within its time limit. */
        static final Stats STOPPED = new Stats(Double.NaN, Double.NaN, Double.NaN, 0);

        /** The raw side of an operation that has none. */
        static final Stats NONE = new Stats(Double.NaN, Double.NaN, Double.NaN, -1);

        boolean none() {
            return requests == -1;
        }

        boolean stopped() {
            return Double.isNaN(p50) && !none();
        }

        Map<String, Object> figures() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("p50", stopped() ? null : p50);
            out.put("p95", stopped() ? null : p95);
            out.put("p99", stopped() ? null : p99);
            out.put("stopped", stopped());
            return out;
        }

        static Stats of(List<Long> nanos) {
            long[] v = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Stats(at(v, 0.50), at(v, 0.95), at(v, 0.99), v.length);
        }

        private static double at(long[] sorted, double q) {
            int i = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }
    }

    /**
     * Before anything is measured, the interactive operations (those asked {@code iterations} times: card, expand,
     * paths) in turn, through the API and raw, for {@code duration}. The per-request code they share (HTTP, security,
     * audit, JSON) is most of an interactive request's cost; on two cores the server's JIT takes a minute or two of such
     * requests to compile it, so measured without this the first operations time the compiler (about three times the
     * server CPU per request) rather than the service.
     */
    private static void warmUp(List<Operation> operations, int iterations, int clients, Duration duration)
            throws Exception {
        List<Operation> interactive =
                operations.stream().filter(op -> op.iterations() == iterations).toList();
        if (interactive.isEmpty() || duration.isZero()) return;
        long until = System.nanoTime() + duration.toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> warm = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                warm.add(pool.submit(() -> {
                    for (int i = 0; System.nanoTime() - until < 0; i++) {
                        Operation op = interactive.get(i % interactive.size());
                        op.api().accept(client * 7919 + i);
                        if (op.raw() != null) op.raw().accept(client * 7919 + i);
                    }
                }));
            }
            for (Future<?> f : warm) f.get();
        }
    }

    /** The shortest warm-up of each operation. */
    private static final Duration WARM_UP = Duration.ofSeconds(20);

    /** How many alternating slices the timed requests of each side are cut into. */
    private static final int SLICES = 10;

    /**
     * An operation through the API and raw, each timed for {@code clients} threads asking {@code iterations} times on
     * the same targets. The timed requests are cut into {@link #SLICES} slices that alternate between the two sides
     * (API, raw, API, raw, …): the machine is shared, and a burst of someone else's load during one side's only block
     * moved a ratio by more than any change to the service. Within a slice all requests are of one side, so neither
     * side's latency includes the other's work. Before that both sides warm up, as {@link Side#warmUp} says.
     */
    private static SideBySide measureSideBySide(Operation op, int clients) throws Exception {
        Side api = new Side(op.name() + " (api)", op.api());
        Side raw = op.raw() == null ? null : new Side(op.name() + " (raw)", op.raw());
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            api.warmUp(pool, op.iterations(), clients);
            if (raw != null) raw.warmUp(pool, op.iterations(), clients);
            int slices = Math.min(SLICES, op.iterations());
            for (int s = 0; s < slices; s++) {
                int requests = op.iterations() * (s + 1) / slices - op.iterations() * s / slices;
                api.time(pool, requests, clients);
                if (raw != null) raw.time(pool, requests, clients);
            }
        }
        return new SideBySide(api.stats(), raw == null ? Stats.NONE : raw.stats());
    }

    /** One operation's figures through the API and raw ({@link Stats#NONE} if it has no raw side), timed in the same slices. */
    record SideBySide(Stats api, Stats raw) {}

    /**
     * One side of an operation: its latencies so far. An operation the server or the engine stopped (its time limit,
     * 10 s) is recorded as stopped and the benchmark goes on: a query over its limit is a figure, not a reason to lose
     * the others.
     */
    private static final class Side {
        private final String name;
        private final IntConsumer call;
        private final List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        /** The next target: both sides walk the same sequence. */
        private final AtomicInteger next = new AtomicInteger();

        private boolean stopped;

        Side(String name, IntConsumer call) {
            this.name = name;
            this.call = call;
        }

        /**
         * Each client asks {@code iterations} times (at least five) and for at least {@link #WARM_UP}: both JVMs start
         * cold, and without it the first operations measured would time the JIT compiler rather than the service.
         */
        void warmUp(ExecutorService pool, int iterations, int clients) throws InterruptedException {
            int warmUp = Math.max(5, iterations);
            long warmUntil = System.nanoTime() + WARM_UP.toNanos();
            run(pool, clients, client -> {
                for (int i = 0; i < warmUp || System.nanoTime() - warmUntil < 0; i++) {
                    call.accept(client * 7919 + i);
                }
            });
        }

        /** Each client asks {@code requests} times, each request timed. */
        void time(ExecutorService pool, int requests, int clients) throws InterruptedException {
            run(pool, clients, client -> {
                for (int i = 0; i < requests; i++) {
                    int target = next.getAndIncrement();
                    long started = System.nanoTime();
                    call.accept(target);
                    latencies.add(System.nanoTime() - started);
                }
            });
        }

        Stats stats() {
            return stopped ? Stats.STOPPED : Stats.of(latencies);
        }

        private void run(ExecutorService pool, int clients, IntConsumer client) throws InterruptedException {
            if (stopped) return;
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int id = c;
                running.add(pool.submit(() -> client.accept(id)));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!stopped) {
                        System.out.println(name + " stopped: "
                                + String.valueOf(e.getCause().getMessage())
                                        .lines()
                                        .findFirst()
                                        .orElse(""));
                    }
                    stopped = true;
                }
            }
        }
    }

    /**
     * The API over HTTP/1.1 with a bearer token and a stated purpose; anything but 200 fails the benchmark. The token
     * is got with the account's password once and renewed when half its lifetime has passed.
     *
     * <p>Each request is a blocking {@link HttpURLConnection} exchange on the calling thread over the JDK's kept-alive
     * connections, the whole answer read before the next request. The client runs on the same cores as the server, so
     * its CPU is taken from the server's: {@code java.net.http.HttpClient}, which hands every exchange to its selector
     * thread and an executor, cost 0.22–0.28 ms of client CPU per entity card here, this 0.07–0.10 ms.
     */
    static final class Api {
        private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
        private static final int READ_TIMEOUT_MILLIS = 60_000;

        private final String base;
        private final String basic =
                "Basic " + Base64.getEncoder().encodeToString(("bench:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        private volatile String authorization = "";
        private volatile long renewAt;

        /** @param clients how many threads send requests at once: each keeps its own connection alive */
        Api(int port, int clients) {
            // The JDK keeps at most http.maxConnections idle connections per server (default 5), read once at the first
            // connection: with more clients than that, requests would open new connections.
            if (System.getProperty("http.maxConnections") == null) {
                System.setProperty("http.maxConnections", Integer.toString(Math.max(5, clients + 1)));
            }
            this.base = "http://127.0.0.1:" + port;
            this.renewAt = System.nanoTime();
        }

        /** A status and the whole body of an answer. */
        private record Answer(int status, byte[] body) {
            String text() {
                return new String(body, StandardCharsets.UTF_8);
            }
        }

        /** The bearer token's header; the request that finds it due (every seven minutes or so) logs in again first. */
        private synchronized String authorization() {
            if (System.nanoTime() - renewAt >= 0) {
                try {
                    Answer r = exchange("POST", "/api/v1/auth/token", basic, null, new byte[0]);
                    if (r.status() != 200) {
                        throw new IllegalStateException("login answered " + r.status() + ": " + r.text());
                    }
                    var token = JSON.readTree(r.body());
                    authorization = "Bearer " + token.get("access_token").asString();
                    renewAt = System.nanoTime()
                            + Duration.ofSeconds(token.get("expires_in").asLong() / 2)
                                    .toNanos();
                } catch (IOException e) {
                    throw new IllegalStateException("login failed", e);
                }
            }
            return authorization;
        }

        void awaitReady(Duration patience) throws InterruptedException {
            long deadline = System.nanoTime() + patience.toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    if (exchange("GET", "/actuator/health", null, null, null).status() == 200) return;
                } catch (IOException e) {
                    // not up yet
                }
                Thread.sleep(1000);
            }
            throw new IllegalStateException("the API did not start within " + patience);
        }

        void get(String path) {
            send("GET", path, null, null);
        }

        void post(String path, Object body) {
            send("POST", path, "application/json", JSON.writeValueAsBytes(body));
        }

        private void send(String method, String path, @Nullable String contentType, byte @Nullable [] body) {
            try {
                Answer r = exchange(method, path, authorization(), contentType, body);
                if (r.status() != 200) {
                    throw new IllegalStateException(base + path + " answered " + r.status() + ": " + r.text());
                }
            } catch (IOException e) {
                throw new IllegalStateException(base + path + " failed", e);
            }
        }

        /**
         * One exchange: the body (if any) sent with its length, the answer read to its end and its stream closed, which
         * hands the connection back for the next request.
         */
        private Answer exchange(
                String method,
                String path,
                @Nullable String authorization,
                @Nullable String contentType,
                byte @Nullable [] body)
                throws IOException {
            HttpURLConnection connection =
                    (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
            connection.setReadTimeout(READ_TIMEOUT_MILLIS);
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setRequestMethod(method);
            if (authorization != null) connection.setRequestProperty("Authorization", authorization);
            connection.setRequestProperty("X-Purpose", "benchmark");
            if (contentType != null) connection.setRequestProperty("Content-Type", contentType);
            if (body != null) {
                connection.setDoOutput(true);
                connection.setFixedLengthStreamingMode(body.length);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = connection.getResponseCode();
            InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            if (in == null) return new Answer(status, new byte[0]);
            try (in) {
                return new Answer(status, in.readAllBytes());
            }
        }

        /** An id as the rest of a path: each segment encoded, slashes kept. */
        static String path(String id) {
            return java.util.Arrays.stream(id.split("/", -1))
                    .map(Api::query)
                    .collect(java.util.stream.Collectors.joining("/"));
        }

        static String query(String value) {
            return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    // ---- results ---------------------------------------------------------------------------------------------

    private static void write(
            Path dir,
            Map<String, String> options,
            String[] args,
            int reports,
            long seed,
            int clients,
            int runs,
            String ingestLine,
            Targets targets,
            List<Operation> operations,
            Map<String, List<Stats>> apiRuns,
            Map<String, List<Stats>> rawRuns)
            throws IOException {
        Results r = new Results("analysis", "Link analysis latency");
        r.put("reports", reports);
        r.put("seed", seed);
        r.put("clients", clients);
        r.put("runs", runs);
        r.put("ingest", ingestLine);
        r.put("centralitySubgraphNodes", targets.centralityNodes());
        List<Map<String, Object>> rows = new ArrayList<>();
        r.line("`" + String.join(" ", args) + "` — " + ingestLine + ". " + clients + " concurrent clients; each figure "
                + "is the median over " + runs + " runs of that run's percentile. **API**: the application jar in its "
                + "own JVM (embedded engine, reached by the application's driver through its in-VM Bolt channel"
                + (serverProperties(options.get("server-properties")).contains("--borderlink.embedded.in-vm-bolt=false")
                        ? " — here turned off: through its loopback port"
                        : "")
                + "; a bearer token got once with the account's password, purpose header, audit trail, JSON). "
                + "**Raw**: the same graph-model queries called over the Bolt driver of the same engine from the "
                + "benchmark JVM, through the engine's loopback port (another process cannot open the in-VM channel; "
                + "for the centrality row: loading the subgraph only; the API also computes the measures). The two "
                + "sides are timed in " + SLICES + " alternating slices on the same targets.");
        r.line("");
        r.line(
                "| operation | requests/run | API p50 | API p95 | API p99 | raw p50 | raw p95 | raw p99 | API/raw p50 | floor |");
        r.line("|---|---|---|---|---|---|---|---|---|---|");
        for (Operation op : operations) {
            Stats a = median(apiRuns.get(op.name()));
            Stats w = median(rawRuns.get(op.name()));
            double ratio = a.p50() / w.p50();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("operation", op.name());
            row.put("requestsPerRun", a.requests());
            row.put("api", a.figures());
            row.put("raw", w.none() ? null : w.figures());
            row.put("apiToRawP50", Double.isNaN(ratio) ? null : ratio);
            row.put("floor", op.floor());
            row.put(
                    "runsApi",
                    apiRuns.get(op.name()).stream().map(Stats::figures).toList());
            row.put(
                    "runsRaw",
                    rawRuns.get(op.name()).stream().map(Stats::figures).toList());
            rows.add(row);
            r.line("| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |"
                    .formatted(
                            op.name(),
                            a.requests(),
                            ms(a.p50()),
                            ms(a.p95()),
                            ms(a.p99()),
                            rawMs(w, w.p50()),
                            rawMs(w, w.p95()),
                            rawMs(w, w.p99()),
                            Double.isNaN(ratio) ? "—" : "%.2f".formatted(ratio),
                            op.floor()));
        }
        r.put("operations", rows);
        r.line("");
        r.line("Times in milliseconds, measured per request by the client (HTTP: from sending to the whole body read). "
                + "Floors (issue 6): entity card p99 < 50 ms, 2-hop expand p99 < 100 ms, shortest path p99 < 150 ms, "
                + "every pattern < 2 s, API ≤ 1.5 × raw.");
        r.write(dir);
    }

    private static String rawMs(Stats raw, double value) {
        return raw.none() ? "—" : ms(value);
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "stopped at 10 s" : "%.1f".formatted(value);
    }

    /** The median of each percentile over the runs; stopped if any run was stopped. */
    private static Stats median(List<Stats> runs) {
        if (runs.stream().anyMatch(Stats::none)) return Stats.NONE;
        if (runs.stream().anyMatch(Stats::stopped)) return Stats.STOPPED;
        return new Stats(
                Results.median(runs.stream().mapToDouble(Stats::p50).toArray()),
                Results.median(runs.stream().mapToDouble(Stats::p95).toArray()),
                Results.median(runs.stream().mapToDouble(Stats::p99).toArray()),
                runs.getFirst().requests());
    }
}
