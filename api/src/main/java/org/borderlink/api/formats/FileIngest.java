package org.borderlink.api.formats;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.borderlink.api.ingest.Submission;
import org.borderlink.api.security.BorderlinkUser;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.pipeline.IngestSummary;
import org.borderlink.ingest.pipeline.ReportResult;
import org.borderlink.ingest.report.Problem;
import org.borderlink.ingest.report.ReadResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Sends what a format reader made of an uploaded file through the one pipeline, on behalf of a user, and answers:
 * 200 with every report's outcome, or, when anything was refused, an RFC 9457 problem (422) listing every problem with
 * its place in the file.
 */
@Component
class FileIngest {

    private final IngestPipeline pipeline;

    FileIngest(IngestPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** One error of a refused file, as the problem answer lists it. */
    record Error(int record, String source, long line, String reportId, String path, String message) {}

    ResponseEntity<?> ingest(String file, Stream<ReadResult> reads, BorderlinkUser user) {
        IngestSummary summary;
        try (reads) {
            summary = pipeline.ingest(reads.map(read -> onlyOwnReports(read, user)));
        }
        if (summary.total() == 0) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The file holds no report.");
            problem.setTitle("Empty submission");
            return ResponseEntity.badRequest().body(problem);
        }
        if (summary.anyRefused()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    file + ": " + summary.refused() + " of " + summary.total() + " report(s) refused"
                            + (summary.stored() + summary.replaced() == 0 ? "; nothing was stored." : "."));
            problem.setTitle("File refused");
            problem.setType(URI.create("https://borderlink.invalid/problems/file-refused"));
            problem.setProperty("file", file);
            problem.setProperty("stored", summary.stored());
            problem.setProperty("replaced", summary.replaced());
            problem.setProperty("unchanged", summary.unchanged());
            problem.setProperty("errors", errors(summary));
            return ResponseEntity.unprocessableContent().body(problem);
        }
        return ResponseEntity.ok(Submission.of(file, summary));
    }

    private static List<Error> errors(IngestSummary summary) {
        return summary.refusedResults().stream()
                .flatMap(r -> r.problems().stream().map(p -> error(r, p)))
                .toList();
    }

    private static Error error(ReportResult r, Problem p) {
        return new Error(
                p.recordIndex(), r.source(), r.line(), r.reportId() == null ? "" : r.reportId(), p.path(), p.message());
    }

    /** A report of an agency the user may not submit for is refused like any other bad report. */
    private static ReadResult onlyOwnReports(ReadResult read, BorderlinkUser user) {
        if (read instanceof ReadResult.Parsed parsed
                && AgencyId.isValid(parsed.report().agency())
                && !user.mayIngestFor(AgencyId.of(parsed.report().agency()))) {
            return new ReadResult.Failed(
                    parsed.index(),
                    parsed.source(),
                    parsed.line(),
                    List.of(new Problem(
                            parsed.index(),
                            "$.agency",
                            "this account may submit reports of " + user.ingestFor() + " only, not of "
                                    + parsed.report().agency())));
        }
        return read;
    }
}
