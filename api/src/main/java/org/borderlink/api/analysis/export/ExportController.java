package org.borderlink.api.analysis.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.borderlink.api.analysis.AnalysisProperties;
import org.borderlink.api.analysis.BadParameter;
import org.borderlink.api.analysis.FilterRequest;
import org.borderlink.api.analysis.Params;
import org.borderlink.api.audit.AuditSummary;
import org.borderlink.api.audit.RequestAudit;
import org.borderlink.api.security.Caller;
import org.borderlink.graph.analysis.Expansion;
import org.borderlink.graph.analysis.Subgraph;
import org.borderlink.graph.model.NodeLabel;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/export/{format}}: a chosen subgraph as GraphML, GEXF, CSV or an i2 import CSV. */
@RestController
@Tag(name = "Export", description = "GraphML, GEXF, CSV and i2 Analyst's Notebook exports of a chosen subgraph")
@PreAuthorize("hasAnyRole('INVESTIGATOR','ANALYST','LIAISON_OFFICER')")
class ExportController {

    /** Headers stating what the export holds, for clients that do not open the file. */
    static final String EXCLUDED_HEADER = "X-Borderlink-Excluded-Facts";

    static final String TLP_HEADER = "X-Borderlink-TLP";

    private final Expansion expansion;
    private final AnalysisProperties limits;

    ExportController(Expansion expansion, AnalysisProperties limits) {
        this.expansion = expansion;
        this.limits = limits;
    }

    /**
     * @param seeds the entities to export from
     * @param hops 0 (the seeds and the facts between them) to 4, default 1
     * @param limit most new neighbours per expanded node, default 100
     */
    record ExportRequest(
            @Nullable List<String> seeds,
            @Nullable Integer hops,
            @Nullable Integer limit,
            @Nullable FilterRequest filter) {}

    @Operation(
            summary = "Export a subgraph",
            description = "Formats: graphml, gexf (Gephi), csv (ZIP of nodes.csv, edges.csv and manifest.txt), i2 "
                    + "(Analyst's Notebook import CSV, one row per link). The subgraph is chosen like an expansion. "
                    + "Only facts you may see are exported, each with its TLP and handling code; facts of other "
                    + "agencies marked H2 are left out, with the nodes only they reach, and the file says how many.")
    @PostMapping("/api/v1/export/{format}")
    ResponseEntity<byte[]> export(
            @Parameter(description = "graphml, gexf, csv or i2") @PathVariable("format") String format,
            @RequestBody ExportRequest request,
            Caller caller)
            throws IOException {
        ExportFormat f;
        try {
            f = ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameter("format", "'" + format + "' is not one of graphml, gexf, csv, i2.");
        }
        List<String> seeds = Params.ids("seeds", request.seeds(), 1, 5000);
        int hops = Params.within("hops", request.hops(), 1, 0, Expansion.MAX_HOPS);
        int limit = Params.within("limit", request.limit(), 100, 1, 10_000);
        var filter = (request.filter() == null ? FilterRequest.none() : request.filter())
                .toFilter("filter.", EnumSet.noneOf(NodeLabel.class));
        Subgraph subgraph = expansion.expand(
                caller.viewer(), new Expansion.Request(seeds, hops, limit, filter, limits.subgraphMaxNodes()));
        ExportGraph graph =
                ExportGraph.of(subgraph, caller.user().agency(), caller.user().username(), caller.purpose());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.write(graph, out);
        // the body is a file, not a summary object: hand the audit trail the export's figures before it is written
        Set<String> reports = new LinkedHashSet<>();
        graph.edges().forEach(e -> reports.add(e.reportId()));
        RequestAudit.current()
                .ifPresent(audit -> audit.summary(AuditSummary.of(graph.nodes().size(), reports)));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(f.fileName())
                                .build()
                                .toString())
                .header(EXCLUDED_HEADER, Integer.toString(graph.excludedFacts()))
                .header(TLP_HEADER, graph.tlp() == null ? "none" : graph.tlp())
                .body(out.toByteArray());
    }
}
