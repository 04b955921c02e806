package org.borderlink.api.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.borderlink.api.audit.AuditAction;
import org.borderlink.api.audit.AuditProperties;
import org.borderlink.api.audit.CommandAudit;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.pipeline.IngestSummary;
import org.borderlink.ingest.pipeline.ReportResult;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.report.ReportReader;
import org.borderlink.ingest.tabular.MappingException;
import org.borderlink.ingest.tabular.Mappings;
import org.borderlink.ingest.tabular.TabularMapping;
import org.borderlink.ingest.tabular.TabularReader;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code borderlink ingest [--mapping MAPPING] PATH…}: files or directories of canonical reports (JSON, JSON arrays,
 * NDJSON), or with {@code --mapping} (a mapping name or a YAML file) national CSV/XLSX exports, through the same
 * pipeline as the REST API. Prints every refused report with its problems and a summary; exits 0 only if nothing was
 * refused. The run is audited as the operating-system account that ran it ({@link CommandAudit}).
 */
final class IngestCommand {

    static final String USAGE =
            "ingest [--mapping NAME|FILE.yaml] PATH…   ingest case reports from files or directories"
                    + " (JSON, arrays, NDJSON; CSV/XLSX with a column mapping)";

    private IngestCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        List<String> springArgs = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        String mappingName = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--mapping")) {
                if (i + 1 >= args.size()) {
                    err.println("usage: borderlink " + USAGE);
                    return 2;
                }
                mappingName = args.get(++i);
            } else if (a.startsWith("--mapping=")) {
                mappingName = a.substring("--mapping=".length());
            } else if (a.startsWith("--")) {
                springArgs.add(a);
            } else {
                paths.add(Path.of(a));
            }
        }
        if (paths.isEmpty()) {
            err.println("usage: borderlink " + USAGE);
            return 2;
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("No such file or directory: " + p);
                return 2;
            }
        }
        CommandAudit audit = null;
        try (ConfigurableApplicationContext context = CommandLine.context(springArgs)) {
            TabularMapping mapping = null;
            if (mappingName != null) {
                try {
                    mapping = context.getBean(Mappings.class).resolve(mappingName);
                } catch (MappingException e) {
                    err.println("The mapping cannot be used:");
                    e.problems().forEach(p -> err.println("  " + p));
                    return 2;
                }
            }
            // opened first: a run that could not be audited writes nothing
            audit = CommandAudit.open(context.getBean(AuditProperties.class), "borderlink ingest");
            IngestPipeline pipeline = context.getBean(IngestPipeline.class);
            Progress progress = new Progress(err, mapping == null ? countLines(paths) : 0, System.console() != null);
            List<Stream<ReadResult>> inputs = mapping == null
                    ? canonical(context.getBean(ReportReader.class), paths)
                    : tabular(context.getBean(TabularReader.class), mapping, paths);
            IngestSummary summary;
            try (Stream<ReadResult> all = inputs.stream().flatMap(s -> s)) {
                summary = pipeline.ingest(all, progress);
            } finally {
                inputs.forEach(Stream::close);
            }
            progress.finish();
            for (ReportResult r : summary.refusedResults()) {
                out.printf(
                        "REFUSED %s %s %d%s%n",
                        r.source(),
                        mapping == null ? "line" : "row",
                        r.line(),
                        r.reportId() == null ? "" : " (" + r.reportId() + ")");
                r.problems().forEach(p -> out.printf("  %s: %s%n", p.path(), p.message()));
            }
            out.printf(
                    "%,d reports in %.1f s (%,.0f reports/s): %,d stored, %,d unchanged, %,d replaced, %,d refused; %,d graph elements written%n",
                    summary.total(),
                    summary.elapsed().toMillis() / 1000.0,
                    summary.reportsPerSecond(),
                    summary.stored(),
                    summary.unchanged(),
                    summary.replaced(),
                    summary.refused(),
                    summary.elementsWritten());
            int exit = summary.anyRefused() ? 1 : 0;
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put(
                    "paths",
                    paths.stream()
                            .map(p -> p.toAbsolutePath().normalize().toString())
                            .collect(Collectors.joining(" ")));
            if (mappingName != null) parameters.put("mapping", mappingName);
            parameters.put("refused", Integer.toString(summary.refused()));
            audit.record(
                    AuditAction.INGEST,
                    parameters,
                    exit,
                    summary.stored() + summary.unchanged() + summary.replaced(),
                    summary.results().stream()
                            .filter(r -> r.status() != ReportResult.Status.REFUSED && r.reportId() != null)
                            .map(ReportResult::reportId)
                            .distinct()
                            .toList());
            return exit;
        } finally {
            if (audit != null) audit.close();
        }
    }

    private static List<Stream<ReadResult>> canonical(ReportReader reader, List<Path> paths) throws IOException {
        List<Stream<ReadResult>> inputs = new ArrayList<>();
        for (Path p : paths) inputs.add(reader.read(p));
        return inputs;
    }

    /** Each file whole (a table is grouped into cases before anything is written), numbered on across files. */
    private static List<Stream<ReadResult>> tabular(TabularReader reader, TabularMapping mapping, List<Path> paths)
            throws IOException {
        List<Stream<ReadResult>> inputs = new ArrayList<>();
        int next = 0;
        for (Path p : paths) {
            for (Path file : Files.isDirectory(p) ? TabularReader.inputFiles(p, mapping) : List.of(p)) {
                List<ReadResult> results = reader.read(file, mapping, next).toList();
                next += results.size();
                inputs.add(results.stream());
            }
        }
        return inputs;
    }

    /** Reports expected, for the ETA: the lines of NDJSON files (other formats are not counted ahead). */
    private static long countLines(List<Path> paths) throws IOException {
        long total = 0;
        for (Path p : paths) {
            List<Path> files = Files.isDirectory(p) ? ReportReader.inputFiles(p) : List.of(p);
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
                    try (Stream<String> lines = Files.lines(f)) {
                        total += lines.filter(l -> !l.isBlank()).count();
                    }
                }
            }
        }
        return total;
    }
}
