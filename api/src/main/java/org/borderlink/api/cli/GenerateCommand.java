package org.borderlink.api.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.borderlink.ingest.synthetic.WesternBalkansGenerator;

/**
 * {@code borderlink generate --reports N --seed S --out DIR}: writes N synthetic Western Balkans case reports
 * ({@code reports.ndjson}) with their ground truth ({@code ground-truth.csv}, {@code persons.csv}). The same seed always
 * gives the same files.
 */
final class GenerateCommand {

    static final String USAGE =
            "generate --reports N --seed S --out DIR   write synthetic case reports with ground truth";

    private GenerateCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Integer reports = null;
        Long seed = 1L;
        Path dir = null;
        for (int i = 0; i < args.size(); i++) {
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (args.get(i)) {
                case "--reports" -> reports = value == null ? null : Integer.valueOf(value);
                case "--seed" -> seed = value == null ? null : Long.valueOf(value);
                case "--out" -> dir = value == null ? null : Path.of(value);
                default -> {
                    err.println("unknown option " + args.get(i) + "; usage: borderlink " + USAGE);
                    return 2;
                }
            }
            i++;
        }
        if (reports == null || reports < 1 || seed == null || dir == null) {
            err.println("usage: borderlink " + USAGE);
            return 2;
        }
        long started = System.nanoTime();
        WesternBalkansGenerator.writeTo(dir, reports, seed);
        out.printf(
                "Wrote %,d reports (seed %d) to %s in %.1f s: %s, %s, %s%n",
                reports,
                seed,
                dir.toAbsolutePath(),
                (System.nanoTime() - started) / 1e9,
                WesternBalkansGenerator.REPORTS_FILE,
                WesternBalkansGenerator.GROUND_TRUTH_FILE,
                WesternBalkansGenerator.PERSONS_FILE);
        return 0;
    }
}
