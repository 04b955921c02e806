package org.borderlink.ingest.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderlink.ingest.report.Problem;
import org.borderlink.ingest.report.ReadResult;
import org.jspecify.annotations.Nullable;

/**
 * What {@code borderlink mapping check MAPPING SAMPLE} shows before anything is ingested: how the file was read
 * (encoding, delimiter, header row), which column feeds which field and which columns nothing reads, how the first
 * rows map value by value, every value a dictionary does not know (over all rows), and the problems the pipeline
 * would answer with. It writes nothing anywhere.
 */
public final class MappingCheck {

    /** A column of the file and the fields it feeds (none: not mapped). */
    public record ColumnUse(String column, String header, List<String> targets, boolean ignored) {}

    /** One value of a previewed row: field, cell text, and the canonical value (or why there is none). */
    public record Mapped(String target, String where, String raw, String value) {}

    public record RowPreview(int row, List<Mapped> values) {}

    /** A value some column holds that its dictionary or field does not know, with the rows it is on. */
    public record Unknown(String where, String raw, List<Integer> rows, String message) {}

    /**
     * @param reading how the file was read, or why it could not be
     * @param missing mapping entries whose column the file lacks
     * @param problems what the pipeline would refuse, by place in the file
     * @param reports how many reports the file makes
     */
    public record Preview(
            String mapping,
            String source,
            String reading,
            List<ColumnUse> columns,
            List<String> missing,
            List<RowPreview> rows,
            List<Unknown> unknown,
            List<Problem> problems,
            int reports) {

        /** Plain text for a terminal. */
        public String render() {
            StringBuilder out = new StringBuilder();
            out.append("Mapping ").append(mapping).append(" on ").append(source).append('\n');
            out.append(reading).append("\n\n");
            if (!columns.isEmpty()) {
                out.append("Columns\n");
                int width = columns.stream()
                                .mapToInt(c -> c.header().length())
                                .max()
                                .orElse(0)
                        + 2;
                for (ColumnUse c : columns) {
                    out.append(String.format(
                            "  %-4s %-" + Math.min(width, 48) + "s ", c.column(), "'" + c.header() + "'"));
                    out.append(
                                    c.targets().isEmpty()
                                            ? c.ignored() ? "(ignored by the mapping)" : "NOT MAPPED"
                                            : "→ " + String.join(", ", c.targets()))
                            .append('\n');
                }
                out.append('\n');
            }
            if (!missing.isEmpty()) {
                out.append("Mapped but not in the file\n");
                missing.forEach(m -> out.append("  ").append(m).append('\n'));
                out.append('\n');
            }
            if (!rows.isEmpty()) {
                out.append("First ").append(rows.size()).append(rows.size() == 1 ? " row\n" : " rows\n");
                for (RowPreview row : rows) {
                    out.append("  row ").append(row.row()).append('\n');
                    for (Mapped m : row.values()) {
                        out.append(String.format("    %-28s %-32s %s%n", m.target(), "'" + m.raw() + "'", m.value()));
                    }
                }
                out.append('\n');
            }
            if (!unknown.isEmpty()) {
                out.append("Unknown values (all rows)\n");
                for (Unknown u : unknown) {
                    out.append("  ")
                            .append(u.where())
                            .append(": '")
                            .append(u.raw())
                            .append(u.rows().size() == 1 ? "' on row " : "' on rows ")
                            .append(rowList(u.rows()))
                            .append(" — ")
                            .append(u.message())
                            .append('\n');
                }
                out.append('\n');
            }
            if (!problems.isEmpty()) {
                out.append("Problems the ingest would answer with\n");
                problems.stream()
                        .limit(50)
                        .forEach(p -> out.append("  ")
                                .append(p.path())
                                .append(": ")
                                .append(p.message())
                                .append('\n'));
                if (problems.size() > 50)
                    out.append("  … and ").append(problems.size() - 50).append(" more\n");
                out.append('\n');
            }
            out.append(
                    ok()
                            ? "OK: the file makes " + reports + (reports == 1 ? " report" : " reports") + "\n"
                            : "REFUSED: the ingest would store nothing of this file\n");
            return out.toString();
        }

        /** Whether the file would be ingested. */
        public boolean ok() {
            return problems.isEmpty() && reports > 0;
        }

        private static String rowList(List<Integer> rows) {
            String shown = rows.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "));
            return rows.size() > 10 ? shown + " and " + (rows.size() - 10) + " more" : shown;
        }
    }

    private MappingCheck() {}

    /**
     * Previews how {@code mapping} reads the file.
     *
     * @param firstRows how many data rows to show value by value
     */
    public static Preview run(
            TabularReader reader, TabularMapping mapping, InputStream in, String source, int firstRows)
            throws IOException {
        byte[] bytes = in.readAllBytes();
        String name = mapping.name() + " (" + mapping.source() + ")";
        Table table;
        try {
            table = TabularReader.table(new ByteArrayInputStream(bytes), source, mapping);
        } catch (TableException e) {
            List<Problem> problems =
                    e.problems().stream().map(p -> new Problem(0, "file", p)).toList();
            return new Preview(
                    name, source, "The file cannot be read.", List.of(), List.of(), List.of(), List.of(), problems, 0);
        }
        TabularReader.Bound bound = TabularReader.bind(table, mapping);
        List<ColumnUse> columns = columns(table, mapping, bound);
        List<String> missing = new ArrayList<>();
        for (TabularReader.Binding b : bound.bindings()) {
            if (b.column().constant() == null && b.tableColumn() < 0) {
                missing.add(b.column().describe() + " → " + b.column().target()
                        + (b.column().required() ? " (required)" : " (optional)"));
            }
        }
        CaseAssembler assembler = new CaseAssembler(mapping, reader.values(), table, bound.bindings());
        List<RowPreview> rows = new ArrayList<>();
        Map<String, Unknown> unknown = new LinkedHashMap<>();
        for (Table.Row row : table.rows()) {
            if (row.blank()) continue;
            CaseAssembler.RowData data = assembler.convert(row);
            for (FileReports.Issue issue : data.issues()) {
                String key = issue.where().replaceFirst("^row \\d+, ", "") + "\u0000" + issue.message();
                String raw = rawAt(table, row, issue.where());
                Unknown earlier = unknown.get(key + raw);
                List<Integer> on = earlier == null ? new ArrayList<>() : new ArrayList<>(earlier.rows());
                on.add(row.number());
                unknown.put(
                        key + raw,
                        new Unknown(issue.where().replaceFirst("^row \\d+, ", ""), raw, on, issue.message()));
            }
            if (rows.size() < firstRows) rows.add(preview(row, bound, data, table));
        }
        List<Problem> problems = new ArrayList<>();
        bound.problems().forEach(p -> problems.add(new Problem(0, "file", p)));
        int reports = 0;
        if (bound.problems().isEmpty()) {
            List<ReadResult> results = reader.results(new ByteArrayInputStream(bytes), source, mapping, 0);
            for (ReadResult r : results) {
                switch (r) {
                    case ReadResult.Parsed parsed -> reports++;
                    case ReadResult.Failed failed ->
                        failed.problems().stream()
                                .filter(p -> !p.message().startsWith("not stored: "))
                                .forEach(problems::add);
                }
            }
        }
        String reading = reading(table, mapping);
        return new Preview(
                name, source, reading, columns, missing, rows, List.copyOf(unknown.values()), problems, reports);
    }

    private static String reading(Table table, TabularMapping mapping) {
        StringBuilder s = new StringBuilder("Read as ");
        if (table.charset() != null) {
            s.append("CSV in ")
                    .append(table.charset().name())
                    .append(table.charsetDetected() ? " (detected)" : " (declared)");
            String delimiter =
                    table.delimiter() == null ? "?" : table.delimiter() == '\t' ? "tab" : "'" + table.delimiter() + "'";
            s.append(", delimiter ")
                    .append(delimiter)
                    .append(mapping.delimiter() == null ? " (detected)" : " (declared)");
        } else {
            s.append("XLSX").append(mapping.sheet() == null ? ", first sheet" : ", sheet '" + mapping.sheet() + "'");
        }
        long data = table.rows().stream().filter(r -> !r.blank()).count();
        s.append("; headers on row ")
                .append(table.headerRow())
                .append(", ")
                .append(data)
                .append(" data rows");
        s.append("; rows are ")
                .append(
                        mapping.rows() == TabularMapping.Rows.PER_PERSON
                                ? "one per person, grouped into cases by reference"
                                : "one per case");
        return s.toString();
    }

    private static List<ColumnUse> columns(Table table, TabularMapping mapping, TabularReader.Bound bound) {
        List<ColumnUse> out = new ArrayList<>();
        for (int i = 0; i < table.headers().size(); i++) {
            String header = table.headers().get(i);
            List<String> targets = new ArrayList<>();
            for (TabularReader.Binding b : bound.bindings()) {
                if (b.tableColumn() == i) targets.add(b.column().target());
            }
            if (header.isBlank() && targets.isEmpty()) continue;
            boolean ignored = mapping.ignored().contains(TabularMapping.headerKey(header));
            out.add(new ColumnUse(table.cell(table.headerRow(), i).columnName(), header, targets, ignored));
        }
        return out;
    }

    private static RowPreview preview(
            Table.Row row, TabularReader.Bound bound, CaseAssembler.RowData data, Table table) {
        List<Mapped> values = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        for (TabularReader.Binding b : bound.bindings()) {
            String target = b.column().target();
            if (!shown.add(target)) continue;
            CaseAssembler.Val val = data.values().get(target);
            String raw = b.column().constant() != null
                    ? b.column().constant()
                    : b.tableColumn() < 0 ? "" : row.cell(b.tableColumn());
            String where = b.column().constant() != null
                    ? "constant"
                    : b.tableColumn() < 0
                            ? "—"
                            : table.cell(row.number(), b.tableColumn()).where();
            if (val != null) {
                values.add(new Mapped(target, where, val.raw(), show(val.value())));
            } else if (!raw.isBlank()) {
                String why = data.issues().stream()
                        .filter(issue -> issue.where().equals(where))
                        .map(FileReports.Issue::message)
                        .findFirst()
                        .orElse("?");
                values.add(new Mapped(target, where, raw, "✗ " + why));
            }
        }
        return new RowPreview(row.number(), values);
    }

    private static String show(@Nullable Object value) {
        if (value instanceof List<?> list)
            return list.stream().map(MappingCheck::show).collect(Collectors.joining(", "));
        if (value instanceof Values.Amount a)
            return a.value().toPlainString() + (a.currency() == null ? "" : " " + a.currency());
        if (value instanceof org.borderlink.graph.model.AgeBand band) return "age band " + band.label();
        return String.valueOf(value);
    }

    private static String rawAt(Table table, Table.Row row, String where) {
        for (int i = 0; i < Math.max(table.headers().size(), row.cells().size()); i++) {
            if (table.cell(row.number(), i).where().equals(where)) return row.cell(i);
        }
        return "";
    }
}
