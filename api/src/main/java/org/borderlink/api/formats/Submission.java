package org.borderlink.api.formats;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderlink.api.audit.AuditSummary;
import org.borderlink.ingest.pipeline.IngestSummary;
import org.borderlink.ingest.pipeline.ReportResult;

/**
 * The answer to a file submitted in an exchange format: counts, and every report of the file as stored, unchanged,
 * replaced or refused with its problems (for a table, each problem's path names the row, the column and its header).
 */
record Submission(
        String file,
        int stored,
        int unchanged,
        int replaced,
        int refused,
        long elementsWritten,
        List<ReportResult> reports)
        implements AuditSummary {

    /** What the audit trail records of a collection: the reports written or confirmed. */
    @Override
    public int resultSize() {
        return stored + unchanged + replaced;
    }

    @Override
    public Set<String> reportIds() {
        return reports.stream()
                .filter(r -> r.status() != ReportResult.Status.REFUSED && r.reportId() != null)
                .map(ReportResult::reportId)
                .collect(Collectors.toUnmodifiableSet());
    }

    static Submission of(String file, IngestSummary s) {
        return new Submission(
                file, s.stored(), s.unchanged(), s.replaced(), s.refused(), s.elementsWritten(), s.results());
    }
}
