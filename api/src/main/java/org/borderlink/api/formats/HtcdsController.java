package org.borderlink.api.formats;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.borderlink.api.audit.AuditSummary;
import org.borderlink.api.security.BorderlinkUser;
import org.borderlink.api.security.Caller;
import org.borderlink.ingest.htcds.HtcdsExporter;
import org.borderlink.ingest.htcds.HtcdsOptions;
import org.borderlink.ingest.htcds.HtcdsReader;
import org.borderlink.ingest.report.ReadResult;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * IOM HTCDS 2.0 in and out. {@code POST /api/v1/reports/htcds} takes an HTCDS CSV file for the user's agency (or one
 * they may submit for) under a declared marking; {@code GET|POST /api/v1/exports/htcds} writes the trafficking part of
 * the named cases as HTCDS CSV ({@code Accept: application/json} for the CSV with what was and was not exported),
 * as far as the caller may see them.
 */
@RestController
class HtcdsController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final HtcdsReader reader;
    private final HtcdsExporter exporter;
    private final FileIngest ingest;

    HtcdsController(HtcdsReader reader, HtcdsExporter exporter, FileIngest ingest) {
        this.reader = reader;
        this.exporter = exporter;
        this.ingest = ingest;
    }

    @Operation(summary = "Submit an HTCDS 2.0 CSV file")
    @PostMapping(path = "/api/v1/reports/htcds", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('INGEST')")
    ResponseEntity<?> submit(
            @RequestPart("file") MultipartFile file,
            @RequestParam(name = "agency", required = false) @Nullable String agency,
            @RequestParam(name = "tlp", required = false) @Nullable String tlp,
            @RequestParam(name = "handling", required = false) @Nullable String handling,
            @RequestParam(name = "releasableTo", required = false) @Nullable List<String> releasableTo,
            @RequestParam(name = "grading", required = false) @Nullable String grading,
            @RequestParam(name = "type", required = false) @Nullable String type,
            @RequestParam(name = "narrativeLanguage", required = false) @Nullable String narrativeLanguage,
            BorderlinkUser user)
            throws IOException {
        HtcdsOptions options = new HtcdsOptions(
                ImportParameters.agency(agency, user),
                ImportParameters.marking(tlp, handling, releasableTo, false),
                ImportParameters.grading(grading, false),
                ImportParameters.type(type, false),
                narrativeLanguage);
        String name = Uploads.name(file, "upload.csv");
        Stream<ReadResult> reads;
        try (InputStream in = file.getInputStream()) {
            reads = reader.read(in, name, options);
        }
        return ingest.ingest(name, reads, user);
    }

    /** The JSON form of an export: the CSV and what it covers. */
    record HtcdsAnswer(String csv, List<String> exported, List<String> skipped, List<String> notFound, int rows)
            implements AuditSummary {

        @Override
        public int resultSize() {
            return rows;
        }

        @Override
        public Set<String> reportIds() {
            return Set.copyOf(exported);
        }
    }

    @Operation(summary = "Export the trafficking part of cases as HTCDS 2.0 CSV")
    @GetMapping("/api/v1/exports/htcds")
    @PreAuthorize("hasAnyRole('INVESTIGATOR','ANALYST','LIAISON_OFFICER')")
    ResponseEntity<?> export(
            @RequestParam(name = "reportId", required = false) @Nullable List<String> reportId,
            Caller caller,
            HttpServletRequest request) {
        return answer(ExportRequest.check(reportId), caller, request);
    }

    @Operation(summary = "Export the trafficking part of cases as HTCDS 2.0 CSV")
    @PostMapping(path = "/api/v1/exports/htcds", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('INVESTIGATOR','ANALYST','LIAISON_OFFICER')")
    ResponseEntity<?> exportPost(@RequestBody ExportRequest body, Caller caller, HttpServletRequest request) {
        return answer(ExportRequest.check(body.reportIds()), caller, request);
    }

    private ResponseEntity<?> answer(List<String> ids, Caller caller, HttpServletRequest request) {
        HtcdsExporter.Export export = exporter.export(caller.viewer(), ids);
        HtcdsAnswer answer =
                new HtcdsAnswer(export.csv(), export.exported(), export.skipped(), export.notFound(), export.rows());
        return Accepts.export(request, answer, CSV, "htcds-export.csv", export.csv());
    }
}
