package org.borderlink.api.analysis.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.borderlink.graph.analysis.GraphEdge;
import org.borderlink.graph.analysis.GraphNode;

/**
 * A CSV for i2 Analyst's Notebook's "import specification" (one row per link, both ends on the row). The columns map
 * one to one onto an import specification: entity type, identity and label for each end; link type, label, date and
 * direction; and the source and grading fields ANB keeps per link ("Source Reference", "Source Type", Grade 1–3: here
 * the source reliability, the information grading and the handling code). TLP and handling code are in columns of
 * their own on every row. UTF-8 with a byte-order mark, as ANB on Windows expects.
 */
final class I2Writer {

    static final List<String> HEADER = List.of(
            "Entity1 Type",
            "Entity1 Identity",
            "Entity1 Label",
            "Link Type",
            "Link Label",
            "Link Date",
            "Link Direction",
            "Entity2 Type",
            "Entity2 Identity",
            "Entity2 Label",
            "Source Reference",
            "Source Type",
            "Grade 1",
            "Grade 2",
            "Grade 3",
            "TLP",
            "Handling Code",
            "Case Type",
            "First Seen",
            "Last Seen",
            "Link Details");

    private I2Writer() {}

    static void write(ExportGraph graph, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        Csv.line(w, new ArrayList<>(HEADER));
        Map<String, GraphNode> nodes = new HashMap<>();
        graph.nodes().forEach(n -> nodes.put(n.node().id(), n.node()));
        for (GraphEdge e : graph.edges()) {
            GraphNode a = nodes.get(e.source());
            GraphNode b = nodes.get(e.target());
            String grading = e.grading() == null ? "" : e.grading();
            List<String> row = new ArrayList<>(List.of(
                    a.label().name(),
                    a.id(),
                    a.caption(),
                    e.type().name(),
                    label(e),
                    ExportGraph.text(e.properties().getOrDefault("date", e.firstSeen())),
                    "Directed",
                    b.label().name(),
                    b.id(),
                    b.caption(),
                    e.reportId(),
                    e.agency(),
                    grading.isEmpty() ? "" : grading.substring(0, 1),
                    grading.length() < 2 ? "" : grading.substring(1),
                    ExportGraph.text(e.handling()),
                    ExportGraph.text(e.tlp()),
                    ExportGraph.text(e.handling()),
                    ExportGraph.text(e.caseType()),
                    ExportGraph.text(e.firstSeen()),
                    ExportGraph.text(e.lastSeen()),
                    details(e)));
            Csv.line(w, new ArrayList<>(row));
        }
        w.flush();
    }

    private static String label(GraphEdge e) {
        Object role = e.properties().get("role");
        String base = e.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return role == null ? base : base + " (" + role.toString().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    private static String details(GraphEdge e) {
        return e.properties().entrySet().stream()
                .filter(p -> !p.getKey().equals("date") && !p.getKey().equals("role"))
                .map(p -> p.getKey() + "=" + ExportGraph.text(p.getValue()))
                .collect(Collectors.joining("; "));
    }
}
