package org.borderlink.ingest.pipeline;

import java.time.Duration;
import java.util.List;

/** What an ingest did: counts per outcome, the graph elements written, and the answer for every report. */
public record IngestSummary(
        int stored,
        int unchanged,
        int replaced,
        int refused,
        long elementsWritten,
        Duration elapsed,
        List<ReportResult> results) {

    public IngestSummary {
        results = List.copyOf(results);
    }

    public int total() {
        return stored + unchanged + replaced + refused;
    }

    public boolean anyRefused() {
        return refused > 0;
    }

    public double reportsPerSecond() {
        double seconds = Math.max(1e-9, elapsed.toNanos() / 1e9);
        return total() / seconds;
    }

    public List<ReportResult> refusedResults() {
        return results.stream()
                .filter(r -> r.status() == ReportResult.Status.REFUSED)
                .toList();
    }
}
