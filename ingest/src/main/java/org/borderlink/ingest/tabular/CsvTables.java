package org.borderlink.ingest.tabular;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV export into a {@link Table}: encoding declared or detected ({@link CharsetDetection}), delimiter
 * declared or detected from the header line ({@code ;} as regional Excel writes it, {@code ,}, tab or {@code |}),
 * RFC 4180 quoting with line breaks inside quoted cells. Row numbers are those a spreadsheet shows for the file:
 * empty lines count, a quoted cell spanning lines does not add rows. Cells are trimmed and put in Unicode NFC.
 */
public final class CsvTables {

    /** The delimiters detection chooses from, in order of preference when counts tie. */
    static final String DELIMITERS = ";,\t|";

    private CsvTables() {}

    /**
     * @param charset the declared encoding, or null to detect it
     * @param delimiter the declared delimiter, or null to detect it
     * @param headerRow the row holding the headers, from 1; rows above it are skipped (titles, export dates)
     * @throws TableException when the bytes do not fit the declared encoding, a quote is never closed, or the file
     *     has no header row
     */
    public static Table read(
            byte[] bytes, String source, @Nullable Charset charset, @Nullable Character delimiter, int headerRow)
            throws TableException {
        CharsetDetection.Decoded decoded = CharsetDetection.decode(bytes, charset, source);
        String text = decoded.text();
        char separator = delimiter != null ? delimiter : detectDelimiter(text, headerRow);
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(false)
                .setTrim(false)
                .get();
        List<String> headers = null;
        List<Table.Row> rows = new ArrayList<>();
        int number = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                number++;
                List<String> cells = new ArrayList<>(record.size());
                for (String value : record) cells.add(clean(value));
                if (number < headerRow) continue;
                if (number == headerRow) {
                    headers = cells;
                } else {
                    rows.add(new Table.Row(number, cells));
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new TableException(source + ": the CSV is broken after row " + number + ": " + reason(e)
                    + " (a quote opened and never closed?)");
        } catch (IOException e) {
            throw new TableException(source + ": the CSV cannot be read after row " + number + ": " + reason(e));
        }
        if (headers == null || headers.stream().allMatch(String::isBlank)) {
            throw new TableException(
                    source + ": no header row: the mapping expects the column headers on row " + headerRow + ", but "
                            + (headers == null ? "the file has only " + number + " rows" : "it is empty"));
        }
        return new Table(source, headerRow, headers, rows, decoded.charset(), decoded.detected(), separator, false);
    }

    /** The delimiter that splits the header line into the most cells, quotes respected. */
    static char detectDelimiter(String text, int headerRow) {
        String line = line(text, headerRow);
        char best = ',';
        int bestCount = 0;
        for (char candidate : DELIMITERS.toCharArray()) {
            int count = 0;
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') quoted = !quoted;
                else if (c == candidate && !quoted) count++;
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static String line(String text, int number) {
        int start = 0;
        for (int n = 1; n < number; n++) {
            int next = text.indexOf('\n', start);
            if (next < 0) return "";
            start = next + 1;
        }
        int end = text.indexOf('\n', start);
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }

    static String clean(@Nullable String value) {
        if (value == null) return "";
        String stripped = value.strip();
        return Normalizer.isNormalized(stripped, Normalizer.Form.NFC)
                ? stripped
                : Normalizer.normalize(stripped, Normalizer.Form.NFC);
    }

    private static String reason(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        return message.length() > 160 ? message.substring(0, 160) + "…" : message;
    }
}
