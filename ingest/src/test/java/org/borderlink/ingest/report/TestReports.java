package org.borderlink.ingest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The published examples, and small tools to read, edit and bind reports in tests. */
final class TestReports {

    /** The published format documentation, relative to the ingest module (surefire's working directory). */
    static final Path DOCS = Path.of("..", "docs", "report-format");

    static final Path SCHEMA = DOCS.resolve("case-report.schema.json");

    static final List<String> EXAMPLES = List.of("example-som.json", "example-thb.json", "example-mixed.json");

    /** A plain mapper for editing trees; reports themselves are read through {@link ReportReader}. */
    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Pattern SEGMENT = Pattern.compile("\\.([A-Za-z_]\\w*)|\\[(\\d+)]");

    private TestReports() {}

    static ObjectNode example(String name) {
        return (ObjectNode) JSON.readTree(DOCS.resolve(name).toFile());
    }

    static ObjectNode som() {
        return example("example-som.json");
    }

    static ObjectNode schema() {
        return (ObjectNode) JSON.readTree(SCHEMA.toFile());
    }

    static List<ReadResult> read(String text, String sourceName) {
        return read(new ReportReader(), text, sourceName);
    }

    static List<ReadResult> read(ReportReader reader, String text, String sourceName) {
        try (Stream<ReadResult> results =
                reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), sourceName)) {
            return results.toList();
        }
    }

    /** Reads one report held as a tree. */
    static ReadResult read(JsonNode report) {
        List<ReadResult> results = read(JSON.writeValueAsString(report), "test.json");
        assertThat(results).hasSize(1);
        return results.getFirst();
    }

    /** Binds a tree that is expected to bind. */
    static CaseReport bind(JsonNode report) {
        ReadResult result = read(report);
        assertThat(result).as("binding problems").isInstanceOf(ReadResult.Parsed.class);
        return ((ReadResult.Parsed) result).report();
    }

    /** Reading and validation problems of one report. */
    static List<Problem> problems(JsonNode report) {
        return problems(report, ReportLimits.DEFAULTS);
    }

    static List<Problem> problems(JsonNode report, ReportLimits limits) {
        List<ReadResult> results = read(new ReportReader(limits), JSON.writeValueAsString(report), "test.json");
        assertThat(results).hasSize(1);
        return switch (results.getFirst()) {
            case ReadResult.Parsed parsed -> new ReportValidator(limits).validate(parsed.index(), parsed.report());
            case ReadResult.Failed failed -> failed.problems();
        };
    }

    /** Sets the value at a path such as {@code $.persons[2].role}, creating objects on the way. */
    static ObjectNode set(ObjectNode root, String path, Object value) {
        Parent parent = parent(root, path, true);
        JsonNode node = JSON.valueToTree(value);
        if (parent.name() != null) ((ObjectNode) parent.node()).set(parent.name(), node);
        else ((ArrayNode) parent.node()).set(parent.index(), node);
        return root;
    }

    /** Removes the value at a path. */
    static ObjectNode remove(ObjectNode root, String path) {
        Parent parent = parent(root, path, false);
        if (parent.name() != null) ((ObjectNode) parent.node()).remove(parent.name());
        else ((ArrayNode) parent.node()).remove(parent.index());
        return root;
    }

    private record Parent(JsonNode node, String name, int index) {}

    private static Parent parent(ObjectNode root, String path, boolean create) {
        Matcher m = SEGMENT.matcher(path.startsWith("$") ? path.substring(1) : "." + path);
        JsonNode node = root;
        String name = null;
        int index = -1;
        boolean first = true;
        while (m.find()) {
            if (!first) {
                JsonNode next = name != null ? node.get(name) : node.get(index);
                if (next == null && create && name != null) next = ((ObjectNode) node).putObject(name);
                if (next == null) throw new IllegalArgumentException("no such path: " + path);
                node = next;
            }
            first = false;
            name = m.group(1);
            index = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
        }
        return new Parent(node, name, index);
    }
}
