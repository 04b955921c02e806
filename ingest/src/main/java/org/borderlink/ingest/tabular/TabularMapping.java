package org.borderlink.ingest.tabular;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Set;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.CaseType;
import org.borderlink.ingest.report.ReportMarking;
import org.jspecify.annotations.Nullable;

/**
 * A loaded, checked column mapping of one agency's export (see {@link Mappings} for the YAML it is written in).
 * Everything in it has been checked against the canonical format when it was loaded: every field exists, every
 * dictionary maps to values the field accepts, every date format is a valid pattern, the defaults make a valid
 * report header.
 *
 * @param name the mapping's name, e.g. {@code rs-mup}
 * @param source where it was loaded from, for messages
 * @param charset the declared encoding of a CSV file; null to detect it
 * @param delimiter the declared delimiter of a CSV file; null to detect it
 * @param sheet the sheet of a workbook (name, or position from 1); null for the first
 * @param headerRow the row of the column headers, from 1
 * @param ignored header texts (as {@link #headerKey} keys) that are known and deliberately not mapped
 */
public record TabularMapping(
        String name,
        String source,
        @Nullable String description,
        Format format,
        @Nullable Charset charset,
        @Nullable Character delimiter,
        @Nullable String sheet,
        int headerRow,
        Rows rows,
        Defaults defaults,
        List<Column> columns,
        Set<String> ignored) {

    public TabularMapping {
        columns = List.copyOf(columns);
        ignored = Set.copyOf(ignored);
    }

    /** The file format a mapping reads. */
    public enum Format {
        CSV,
        XLSX
    }

    /** How rows make reports. */
    public enum Rows {
        /**
         * One row per person: rows with the same {@code report.reference} are one case, and each row adds its
         * persons. The case's own fields must agree across its rows (blank cells are fine).
         */
        PER_PERSON,
        /** One row per case: each row is a whole report; a reference used on two rows is an error. */
        PER_CASE
    }

    /**
     * The report header every report of the file gets unless a column says otherwise.
     *
     * @param agency the owning agency; never taken from the file
     * @param country the agency's country as the report writes it
     * @param currency the currency of amounts written without one
     */
    public record Defaults(
            AgencyId agency,
            String country,
            @Nullable CaseType type,
            @Nullable ReportMarking marking,
            @Nullable String grading,
            int version,
            @Nullable String narrativeLanguage,
            @Nullable String currency) {}

    /**
     * One entry of the mapping's column list.
     *
     * @param number the entry's position in the mapping, from 1, for messages
     * @param headers the header texts that name the column (alternatives), or empty
     * @param position the column's position in the file, from 1, when it is found by position
     * @param constant a fixed value for every row instead of a column
     * @param index which person, incident or leg of the row the field belongs to, from 1
     * @param split the separators of a list cell
     */
    public record Column(
            int number,
            List<String> headers,
            @Nullable Integer position,
            @Nullable String constant,
            Field field,
            int index,
            @Nullable Dictionary dictionary,
            boolean required,
            String split,
            List<DateFormat> dateFormats) {

        public Column {
            headers = List.copyOf(headers);
            dateFormats = List.copyOf(dateFormats);
        }

        /** The field as the mapping names it: {@code person.name}, {@code person[2].name}. */
        public String target() {
            String path = field.path();
            if (index == 1) return path;
            int dot = path.indexOf('.');
            return path.substring(0, dot) + "[" + index + "]" + path.substring(dot);
        }

        /** How a person finds the column: its header, its position, or the constant. */
        public String describe() {
            if (constant != null) return "constant '" + constant + "'";
            if (!headers.isEmpty()) return "'" + headers.getFirst() + "'";
            return "column " + position;
        }
    }

    /** The key headers are compared by: NFC, lower case, single spaces. */
    public static String headerKey(String header) {
        return Dictionary.key(header);
    }
}
