package org.borderlink.ingest.tabular;

/**
 * A cell of an input table, as a person finds it: {@code row 7, column 3 'Пол'} for CSV, {@code row 7, column C
 * 'Gjinia'} for a workbook. Problems use {@link #where()} as their path.
 *
 * @param row the row number, from 1
 * @param column the column index, from 0
 * @param header the column's header text as written in the file
 * @param letters whether columns are named by letter (A, B, …, AA) as spreadsheets do
 */
public record CellRef(int row, int column, String header, boolean letters) {

    public String where() {
        return "row " + row + ", column " + columnName() + (header.isBlank() ? "" : " '" + header + "'");
    }

    public String columnName() {
        return letters ? letters(column) : Integer.toString(column + 1);
    }

    /** Spreadsheet column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
    static String letters(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) name.insert(0, (char) ('A' + (n - 1) % 26));
        return name.toString();
    }

    @Override
    public String toString() {
        return where();
    }
}
