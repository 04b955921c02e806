package org.borderlink.ingest.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.borderlink.ingest.report.ReadResult;

/**
 * Reads an agency's CSV or XLSX export with its {@link TabularMapping} into canonical case reports, for the one
 * ingest pipeline. Each problem is a {@link org.borderlink.ingest.report.Problem} whose path names the row, the
 * column and its header as written in the file ({@code row 7, column 3 'Пол'}), and the file is taken all or
 * nothing ({@link FileReports}): a file with any bad row stores nothing. A file that cannot be read as a table at
 * all (wrong encoding for the declared one, a truncated workbook, a missing required column) is one refused record
 * with every reason.
 */
public final class TabularReader {

    /** The largest file read: exports are held in memory while their rows are grouped into cases. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private final Values values;
    private final ReportCheck check;

    public TabularReader(Values values, ReportCheck check) {
        this.values = values;
        this.check = check;
    }

    public Values values() {
        return values;
    }

    /** Reads a file; the stream is already complete (the file is closed when this returns). */
    public Stream<ReadResult> read(Path file, TabularMapping mapping) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString(), mapping);
        }
    }

    /** Reads a stream, e.g. an uploaded file; {@code source} names it in problems. Does not close {@code in}. */
    public Stream<ReadResult> read(InputStream in, String source, TabularMapping mapping) throws IOException {
        return results(in, source, mapping, 0).stream();
    }

    /**
     * Reads one of several files of an input, whose records are numbered on from {@code firstIndex}; the stream is
     * already complete.
     */
    public Stream<ReadResult> read(Path file, TabularMapping mapping, int firstIndex) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return results(in, file.getFileName().toString(), mapping, firstIndex).stream();
        }
    }

    /** The files of a directory a mapping reads: its format's extension, in name order, hidden files left out. */
    public static List<Path> inputFiles(Path directory, TabularMapping mapping) throws IOException {
        String extension = "." + mapping.format().name().toLowerCase(java.util.Locale.ROOT);
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> f.getFileName()
                            .toString()
                            .toLowerCase(java.util.Locale.ROOT)
                            .endsWith(extension))
                    .sorted()
                    .toList();
        }
    }

    /** The results of one file whose first record has index {@code firstIndex} in the whole input. */
    List<ReadResult> results(InputStream in, String source, TabularMapping mapping, int firstIndex) throws IOException {
        Table table;
        try {
            table = table(in, source, mapping);
        } catch (TableException e) {
            return List.of(FileReports.unreadable(source, firstIndex, e.problems()));
        }
        Bound bound = bind(table, mapping);
        if (!bound.problems().isEmpty()) {
            return List.of(FileReports.unreadable(source, firstIndex, bound.problems()));
        }
        List<FileReports.Draft> drafts = new CaseAssembler(mapping, values, table, bound.bindings()).drafts();
        if (drafts.isEmpty()) {
            return List.of(FileReports.unreadable(
                    source, firstIndex, List.of(source + ": no data rows below the header row " + table.headerRow())));
        }
        return FileReports.results(source, drafts, check, firstIndex);
    }

    /** The file as a table, in the mapping's format. */
    static Table table(InputStream in, String source, TabularMapping mapping) throws IOException, TableException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, MAX_FILE_BYTES + 1));
        if (bytes.length > MAX_FILE_BYTES) {
            throw new TableException(
                    source + ": the file is larger than " + (MAX_FILE_BYTES >> 20) + " MiB; split the export");
        }
        if (bytes.length == 0) throw new TableException(source + ": the file is empty");
        return switch (mapping.format()) {
            case CSV -> CsvTables.read(bytes, source, mapping.charset(), mapping.delimiter(), mapping.headerRow());
            case XLSX -> XlsxTables.read(new ByteArrayInputStream(bytes), source, mapping.sheet(), mapping.headerRow());
        };
    }

    /** A mapping entry and the table column it reads; -1 for a constant or an optional column the file lacks. */
    record Binding(TabularMapping.Column column, int tableColumn) {}

    /** The mapping's columns found in the table, or why the table does not fit the mapping. */
    record Bound(List<Binding> bindings, List<String> problems, List<Integer> unmapped) {}

    static Bound bind(Table table, TabularMapping mapping) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < table.headers().size(); i++) {
            String header = table.headers().get(i);
            if (!header.isBlank())
                byKey.computeIfAbsent(TabularMapping.headerKey(header), k -> new ArrayList<>())
                        .add(i);
        }
        List<Binding> bindings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<Integer, Boolean> used = new HashMap<>();
        for (TabularMapping.Column column : mapping.columns()) {
            if (column.constant() != null) {
                bindings.add(new Binding(column, -1));
                continue;
            }
            int found = -1;
            if (column.position() != null) {
                int p = column.position() - 1;
                if (p < table.headers().size()
                        || table.rows().stream().anyMatch(r -> p < r.cells().size())) found = p;
            } else {
                for (String header : column.headers()) {
                    List<Integer> at = byKey.get(TabularMapping.headerKey(header));
                    if (at == null) continue;
                    if (at.size() > 1) {
                        problems.add(table.source() + ": the header '" + header + "' appears in columns "
                                + at.stream()
                                        .map(c ->
                                                table.cell(table.headerRow(), c).columnName())
                                        .toList()
                                + "; the mapping cannot tell which one feeds " + column.target());
                    }
                    found = at.getFirst();
                    break;
                }
            }
            if (found < 0 && column.required()) {
                problems.add(table.source() + ": missing required column " + column.describe() + " (" + column.target()
                        + ")" + encodingHint(table));
            }
            if (found >= 0) used.put(found, true);
            bindings.add(new Binding(column, found));
        }
        List<Integer> unmapped = new ArrayList<>();
        for (int i = 0; i < table.headers().size(); i++) {
            String header = table.headers().get(i);
            if (!used.containsKey(i)
                    && !header.isBlank()
                    && !mapping.ignored().contains(TabularMapping.headerKey(header))) {
                unmapped.add(i);
            }
        }
        return new Bound(bindings, problems, unmapped);
    }

    /** When headers are not found, a misread encoding is the usual cause: say what the file was read as. */
    private static String encodingHint(Table table) {
        if (table.charset() == null) return "";
        return "; the file was read as " + table.charset().name()
                + (table.charsetDetected() ? " (detected)" : " (as the mapping declares)") + " and its headers are "
                + table.headers().stream()
                        .filter(h -> !h.isBlank())
                        .limit(30)
                        .map(h -> "'" + Values.cut(h) + "'")
                        .collect(java.util.stream.Collectors.joining(", "));
    }
}
