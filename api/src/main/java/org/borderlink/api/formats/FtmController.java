package org.borderlink.api.formats;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.borderlink.api.audit.AuditSummary;
import org.borderlink.api.security.BorderlinkUser;
import org.borderlink.api.security.Caller;
import org.borderlink.ingest.ftm.FtmExporter;
import org.borderlink.ingest.ftm.FtmOptions;
import org.borderlink.ingest.ftm.FtmReader;
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
 * FollowTheMoney in and out. {@code POST /api/v1/reports/ftm} takes FtM JSON lines as one report of the user's agency
 * (or one they may submit for) under a declared marking, grading and case type; {@code GET|POST /api/v1/exports/ftm}
 * writes what the named cases assert, as far as the caller may see it, as FtM JSON lines for Aleph
 * ({@code Accept: application/json} for the lines with what was and was not exported).
 */
@RestController
class FtmController {

    static final MediaType JSON_LINES = MediaType.parseMediaType("application/x-ndjson");

    private final FtmReader reader;
    private final FtmExporter exporter;
    private final FileIngest ingest;

    FtmController(FtmReader reader, FtmExporter exporter, FileIngest ingest) {
        this.reader = reader;
        this.exporter = exporter;
        this.ingest = ingest;
    }

    @Operation(summary = "Submit FollowTheMoney entities (JSON lines) as one report")
    @PostMapping(path = "/api/v1/reports/ftm", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('INGEST')")
    ResponseEntity<?> submit(
            @RequestPart("file") MultipartFile file,
            @RequestParam(name = "agency", required = false) @Nullable String agency,
            @RequestParam(name = "tlp", required = false) @Nullable String tlp,
            @RequestParam(name = "handling", required = false) @Nullable String handling,
            @RequestParam(name = "releasableTo", required = false) @Nullable List<String> releasableTo,
            @RequestParam(name = "grading", required = false) @Nullable String grading,
            @RequestParam(name = "type", required = false) @Nullable String type,
            @RequestParam(name = "reference", required = false) @Nullable String reference,
            @RequestParam(name = "reportedOn", required = false) @Nullable String reportedOn,
            @RequestParam(name = "version", defaultValue = "1") int version,
            BorderlinkUser user)
            throws IOException {
        if (version < 1) throw new BadRequest("version", "The version must be 1 or more.");
        FtmOptions options = new FtmOptions(
                ImportParameters.agency(agency, user),
                ImportParameters.marking(tlp, handling, releasableTo, true),
                ImportParameters.grading(grading, true),
                ImportParameters.type(type, true),
                reference == null || reference.isBlank() ? null : reference.strip(),
                reportedOn == null || reportedOn.isBlank() ? null : reportedOn.strip(),
                version);
        String name = Uploads.name(file, "upload.ftm.jsonl");
        Stream<ReadResult> reads;
        try (InputStream in = file.getInputStream()) {
            reads = reader.read(in, name, options);
        }
        return ingest.ingest(name, reads, user);
    }

    /** The JSON form of an export: the entities as JSON lines and what they cover. */
    record FtmAnswer(String jsonLines, int entities, List<String> exported, List<String> notFound)
            implements AuditSummary {

        @Override
        public int resultSize() {
            return entities;
        }

        @Override
        public Set<String> reportIds() {
            return Set.copyOf(exported);
        }
    }

    @Operation(summary = "Export cases as FollowTheMoney entities (JSON lines)")
    @GetMapping("/api/v1/exports/ftm")
    @PreAuthorize("hasAnyRole('INVESTIGATOR','ANALYST','LIAISON_OFFICER')")
    ResponseEntity<?> export(
            @RequestParam(name = "reportId", required = false) @Nullable List<String> reportId,
            Caller caller,
            HttpServletRequest request) {
        return answer(ExportRequest.check(reportId), caller, request);
    }

    @Operation(summary = "Export cases as FollowTheMoney entities (JSON lines)")
    @PostMapping(path = "/api/v1/exports/ftm", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('INVESTIGATOR','ANALYST','LIAISON_OFFICER')")
    ResponseEntity<?> exportPost(@RequestBody ExportRequest body, Caller caller, HttpServletRequest request) {
        return answer(ExportRequest.check(body.reportIds()), caller, request);
    }

    private ResponseEntity<?> answer(List<String> ids, Caller caller, HttpServletRequest request) {
        FtmExporter.Export export = exporter.export(caller.viewer(), ids);
        FtmAnswer answer = new FtmAnswer(export.jsonLines(), export.entities(), export.reportIds(), export.notFound());
        return Accepts.export(request, answer, JSON_LINES, "borderlink.ftm.jsonl", export.jsonLines());
    }
}
