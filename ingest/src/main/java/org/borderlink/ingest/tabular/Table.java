package org.borderlink.ingest.tabular;

import java.nio.charset.Charset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table read from one file: its header texts as written and its data rows, every cell as text.
 *
 * @param source the file name, as problems name it
 * @param headerRow the row number of the header line, from 1
 * @param charset the encoding a CSV file was read in; null for a workbook
 * @param charsetDetected whether that encoding was detected rather than declared
 * @param delimiter the cell delimiter of a CSV file; null for a workbook
 * @param columnLetters whether columns are named by letter (a workbook) or by number (CSV)
 */
public record Table(
        String source,
        int headerRow,
        List<String> headers,
        List<Row> rows,
        @Nullable Charset charset,
        boolean charsetDetected,
        @Nullable Character delimiter,
        boolean columnLetters) {

    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * One data row.
     *
     * @param number the row number as a spreadsheet shows it, from 1 (the header row counts)
     * @param cells the cells, trimmed; a row shorter than the header reads as blank cells
     */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The trimmed text of a cell, empty when the row is shorter. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** Where a cell of this table is: row, column and the header text as written. */
    public CellRef cell(int row, int column) {
        String header = column < headers.size() ? headers.get(column) : "";
        return new CellRef(row, column, header, columnLetters);
    }
}
