package org.borderlink.api.cli;

import java.io.PrintStream;
import java.time.Duration;
import org.borderlink.ingest.pipeline.IngestPipeline;

/**
 * Progress of a long ingest: a redrawn bar with reports/s and ETA on a terminal, one plain line every few seconds
 * otherwise (logs, CI, pipes).
 */
final class Progress implements IngestPipeline.Progress {

    private static final long PLAIN_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final PrintStream out;
    private final long total;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastPlain = started;

    Progress(PrintStream out, long total, boolean terminal) {
        this.out = out;
        this.total = total;
        this.terminal = terminal;
    }

    @Override
    public void accept(Integer done) {
        long now = System.nanoTime();
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double rate = done / seconds;
        String eta = total > 0 && rate > 0 ? format(Duration.ofSeconds((long) ((total - done) / rate))) : "?";
        if (terminal) {
            int width = 30;
            int filled = total > 0 ? (int) Math.min(width, width * done / total) : 0;
            out.printf(
                    "\r[%s%s] %,d%s reports  %,.0f/s  ETA %s   ",
                    "#".repeat(filled),
                    " ".repeat(width - filled),
                    done,
                    total > 0 ? " / " + String.format("%,d", total) : "",
                    rate,
                    eta);
            out.flush();
        } else if (now - lastPlain >= PLAIN_EVERY_NANOS) {
            lastPlain = now;
            out.printf("%,d%s reports, %,.0f reports/s, ETA %s%n", done, total > 0 ? " of " + total : "", rate, eta);
        }
    }

    void finish() {
        if (terminal) out.println();
    }

    private static String format(Duration d) {
        return d.toHours() > 0
                ? "%dh%02dm".formatted(d.toHours(), d.toMinutesPart())
                : "%dm%02ds".formatted(d.toMinutes(), d.toSecondsPart());
    }
}
