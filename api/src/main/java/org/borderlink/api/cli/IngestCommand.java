package org.borderlink.api.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.pipeline.IngestSummary;
import org.borderlink.ingest.pipeline.ReportResult;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.report.ReportReader;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code borderlink ingest PATH…}: files or directories of canonical reports (JSON, JSON arrays, NDJSON) through the
 * same pipeline as the REST API. Prints every refused report with its problems and a summary; exits 0 only if
 * nothing was refused.
 */
final class IngestCommand {

    static final String USAGE = "ingest PATH…   ingest case reports from files or directories (JSON, arrays, NDJSON)";

    private IngestCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        List<String> springArgs = args.stream().filter(a -> a.startsWith("--")).toList();
        List<Path> paths =
                args.stream().filter(a -> !a.startsWith("--")).map(Path::of).toList();
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
        try (ConfigurableApplicationContext context = CommandLine.context(springArgs)) {
            ReportReader reader = context.getBean(ReportReader.class);
            IngestPipeline pipeline = context.getBean(IngestPipeline.class);
            Progress progress = new Progress(err, countLines(paths), System.console() != null);
            List<Stream<ReadResult>> inputs = new ArrayList<>();
            for (Path p : paths) inputs.add(reader.read(p));
            IngestSummary summary;
            try (Stream<ReadResult> all = inputs.stream().flatMap(s -> s)) {
                summary = pipeline.ingest(all, progress);
            } finally {
                inputs.forEach(Stream::close);
            }
            progress.finish();
            for (ReportResult r : summary.refusedResults()) {
                out.printf(
                        "REFUSED %s line %d%s%n",
                        r.source(), r.line(), r.reportId() == null ? "" : " (" + r.reportId() + ")");
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
            return summary.anyRefused() ? 1 : 0;
        }
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
