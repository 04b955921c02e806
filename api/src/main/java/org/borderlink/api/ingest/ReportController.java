package org.borderlink.api.ingest;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.borderlink.api.config.BorderlinkProperties;
import org.borderlink.api.security.BorderlinkUser;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.pipeline.IngestSummary;
import org.borderlink.ingest.pipeline.ReportResult;
import org.borderlink.ingest.report.Problem;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.report.ReportReader;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/reports}: one report, a JSON array of reports, or NDJSON ({@code application/x-ndjson}). The
 * answer lists every report as stored, unchanged, replaced or refused (with each problem by JSON path). A single
 * report that is refused is answered as an RFC 9457 problem (422) with the same list.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportController {

    static final String NDJSON = "application/x-ndjson";

    private final IngestPipeline pipeline;
    private final ReportReader reader;
    private final long maxRequestBytes;

    ReportController(IngestPipeline pipeline, ReportReader reader, BorderlinkProperties properties) {
        this.pipeline = pipeline;
        this.reader = reader;
        this.maxRequestBytes = properties.ingest().maxRequestSize().toBytes();
    }

    @Operation(summary = "Submit case reports (one, a JSON array, or NDJSON)")
    @PostMapping(consumes = {"application/json", NDJSON})
    @PreAuthorize("hasRole('INGEST')")
    ResponseEntity<?> submit(HttpServletRequest request, BorderlinkUser user) throws IOException {
        // The limit is enforced while reading rather than on the declared length: the connection then stays in a
        // state where the 413 answer reaches the client instead of being cut off by a reset.
        boolean ndjson =
                request.getContentType() != null && request.getContentType().startsWith(NDJSON);
        IngestSummary summary;
        try (InputStream body = new LimitedInputStream(request.getInputStream(), maxRequestBytes);
                var reports = reader.read(body, ndjson ? "request.ndjson" : "request")) {
            summary = pipeline.ingest(reports.map(read -> onlyOwnReports(read, user)));
        }
        if (summary.total() == 0) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request holds no report.");
            problem.setTitle("Empty submission");
            return ResponseEntity.badRequest().body(problem);
        }
        if (summary.total() == 1 && summary.refused() == 1) {
            ReportResult only = summary.results().getFirst();
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "The report was refused; nothing was stored. "
                            + only.problems().size() + " problem(s) listed.");
            problem.setTitle("Report refused");
            problem.setType(URI.create("https://borderlink.invalid/problems/report-refused"));
            problem.setProperty("reportId", only.reportId());
            problem.setProperty(
                    "errors",
                    only.problems().stream().map(ReportController::error).toList());
            return ResponseEntity.unprocessableContent().body(problem);
        }
        return ResponseEntity.ok(Submission.of(null, summary));
    }

    record Error(int record, String path, String message) {}

    /**
     * A report of an agency the user may not submit for is refused like any other bad report: an agency's system
     * must not be able to write, correct or overwrite another agency's reports.
     */
    private static ReadResult onlyOwnReports(ReadResult read, BorderlinkUser user) {
        if (read instanceof ReadResult.Parsed parsed
                && parsed.report().agency() != null
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

    private static Error error(Problem p) {
        return new Error(p.recordIndex(), p.path(), p.message());
    }
}
