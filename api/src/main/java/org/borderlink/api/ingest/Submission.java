package org.borderlink.api.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderlink.api.audit.AuditSummary;
import org.borderlink.ingest.pipeline.IngestSummary;
import org.borderlink.ingest.pipeline.ReportResult;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a submission: counts, and every report as stored, unchanged, replaced or refused with its problems
 * (for a table, each problem's path names the row, the column and its header).
 *
 * @param file the name of the file submitted in an exchange format; absent for reports posted as JSON
 */
public record Submission(
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String file,
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

    public static Submission of(@Nullable String file, IngestSummary s) {
        return new Submission(
                file, s.stored(), s.unchanged(), s.replaced(), s.refused(), s.elementsWritten(), s.results());
    }
}
