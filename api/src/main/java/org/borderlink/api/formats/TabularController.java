package org.borderlink.api.formats;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import org.borderlink.api.security.BorderlinkUser;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.tabular.MappingException;
import org.borderlink.ingest.tabular.Mappings;
import org.borderlink.ingest.tabular.TabularMapping;
import org.borderlink.ingest.tabular.TabularReader;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/reports/tabular}: an agency's CSV or XLSX export (part {@code file}) with the column mapping that
 * describes it, by name (parameter {@code mapping}, a shipped or deployment mapping) or as a YAML file (part
 * {@code mappingFile}). The file is taken whole or not at all; a refusal lists every problem by row, column and
 * header.
 */
@RestController
@RequestMapping("/api/v1/reports")
class TabularController {

    private final Mappings mappings;
    private final TabularReader reader;
    private final FileIngest ingest;

    TabularController(Mappings mappings, TabularReader reader, FileIngest ingest) {
        this.mappings = mappings;
        this.reader = reader;
        this.ingest = ingest;
    }

    @Operation(summary = "Submit a national CSV or XLSX export with its column mapping")
    @PostMapping(path = "/tabular", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('INGEST')")
    ResponseEntity<?> submit(
            @RequestPart("file") MultipartFile file,
            @RequestParam(name = "mapping", required = false) @Nullable String mapping,
            @RequestPart(name = "mappingFile", required = false) @Nullable MultipartFile mappingFile,
            BorderlinkUser user)
            throws IOException, MappingException {
        TabularMapping chosen = mapping(mapping, mappingFile);
        String name = Uploads.name(file, "upload." + chosen.format().name().toLowerCase(java.util.Locale.ROOT));
        Stream<ReadResult> reads;
        try (InputStream in = file.getInputStream()) {
            reads = reader.read(in, name, chosen);
        }
        return ingest.ingest(name, reads, user);
    }

    private TabularMapping mapping(@Nullable String name, @Nullable MultipartFile file)
            throws IOException, MappingException {
        if ((name == null || name.isBlank()) == (file == null || file.isEmpty())) {
            throw new BadRequest(
                    "mapping",
                    "Name the mapping (parameter 'mapping') or send it (part 'mappingFile'),"
                            + " one of the two; known mappings: " + String.join(", ", mappings.names()) + ".");
        }
        if (file != null && !file.isEmpty()) {
            return mappings.parse(file.getBytes(), Uploads.name(file, "mapping.yaml"));
        }
        // Only names: a request must not make the server read a file of its choosing.
        TabularMapping named = Mappings.NAME.matcher(name).matches() ? mappings.findNamed(name) : null;
        if (named == null) {
            throw new BadRequest(
                    "mapping", "No mapping named '" + name + "'; known: " + String.join(", ", mappings.names()) + ".");
        }
        return named;
    }
}
