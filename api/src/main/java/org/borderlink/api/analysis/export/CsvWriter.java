package org.borderlink.api.analysis.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.borderlink.graph.analysis.GraphEdge;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ZIP of {@code nodes.csv} and {@code edges.csv} (one column per property the export holds) and
 * {@code manifest.txt} stating what the export is, how it is marked and what it leaves out.
 */
final class CsvWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CsvWriter() {}

    static void writeZip(ExportGraph graph, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);

        zip.putNextEntry(new ZipEntry("nodes.csv"));
        List<String> nodeKeys = new ArrayList<>(graph.nodePropertyKeys());
        List<String> header = new ArrayList<>(List.of("id", "label", "caption", "tlp", "handling"));
        nodeKeys.forEach(k -> header.add("p_" + k));
        Csv.line(w, new ArrayList<>(header));
        for (ExportGraph.Node n : graph.nodes()) {
            List<String> row = new ArrayList<>(List.of(
                    n.node().id(),
                    n.node().label().name(),
                    n.node().caption(),
                    n.tlp() == null ? "" : n.tlp(),
                    String.join(" ", n.handling())));
            nodeKeys.forEach(k -> row.add(ExportGraph.text(n.node().properties().get(k))));
            Csv.line(w, new ArrayList<>(row));
        }
        w.flush();
        zip.closeEntry();

        zip.putNextEntry(new ZipEntry("edges.csv"));
        List<String> edgeKeys = new ArrayList<>(graph.edgePropertyKeys());
        List<String> edgeHeader = new ArrayList<>(List.of(
                "id",
                "source",
                "target",
                "type",
                "reportId",
                "agency",
                "tlp",
                "handling",
                "grading",
                "caseType",
                "firstSeen",
                "lastSeen"));
        edgeKeys.forEach(k -> edgeHeader.add("p_" + k));
        Csv.line(w, new ArrayList<>(edgeHeader));
        for (GraphEdge e : graph.edges()) {
            List<String> row = new ArrayList<>(List.of(
                    e.id(),
                    e.source(),
                    e.target(),
                    e.type().name(),
                    e.reportId(),
                    e.agency(),
                    ExportGraph.text(e.tlp()),
                    ExportGraph.text(e.handling()),
                    ExportGraph.text(e.grading()),
                    ExportGraph.text(e.caseType()),
                    ExportGraph.text(e.firstSeen()),
                    ExportGraph.text(e.lastSeen())));
            edgeKeys.forEach(k -> row.add(ExportGraph.text(e.properties().get(k))));
            Csv.line(w, new ArrayList<>(row));
        }
        w.flush();
        zip.closeEntry();

        zip.putNextEntry(new ZipEntry("manifest.txt"));
        w.write(graph.summary());
        w.write("\n\nnodes.csv: one row per node; p_* columns are its properties.\n"
                + "edges.csv: one row per fact, with the report that asserted it, its agency, TLP, handling code, "
                + "grading, case type and the period it covers; p_* columns are the fact's own properties.\n");
        w.write("\nCounts as JSON: "
                + JSON.writeValueAsString(java.util.Map.of(
                        "nodes", graph.nodes().size(),
                        "facts", graph.edges().size(),
                        "excludedFacts", graph.excludedFacts(),
                        "excludedNodes", graph.excludedNodes()))
                + "\n");
        w.flush();
        zip.closeEntry();
        zip.finish();
    }
}
