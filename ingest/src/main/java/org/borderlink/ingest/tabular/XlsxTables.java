package org.borderlink.ingest.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Reads one sheet of an XLSX workbook into a {@link Table} with Apache POI. Cells become text the way a person reads
 * them, not as Excel's display format happens to render them: dates as ISO {@code 2024-03-17} (a date cell carries
 * no precision but the day), whole numbers without {@code .0} or exponent (phone numbers typed as numbers survive),
 * formulas by their cached result, error cells as their code ({@code #N/A}) so that they are refused where they
 * matter.
 */
public final class XlsxTables {

    private XlsxTables() {}

    /**
     * @param sheet the sheet's name, or its position from 1 as text, or null for the first sheet
     * @param headerRow the row holding the headers, from 1
     * @throws TableException when the workbook cannot be opened (truncated, damaged, not XLSX) or lacks the sheet
     */
    public static Table read(InputStream in, String source, @Nullable String sheet, int headerRow)
            throws TableException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet chosen = sheet(workbook, sheet, source);
            List<String> headers = null;
            List<Table.Row> rows = new ArrayList<>();
            int last = chosen.getLastRowNum() + 1;
            for (int number = headerRow; number <= last; number++) {
                org.apache.poi.ss.usermodel.Row row = chosen.getRow(number - 1);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) cells.add(text(row.getCell(c)));
                }
                if (number == headerRow) headers = cells;
                else rows.add(new Table.Row(number, cells));
            }
            if (headers == null || headers.stream().allMatch(String::isBlank)) {
                throw new TableException(source + ": no header row: the mapping expects the column headers on row "
                        + headerRow + " of sheet '" + chosen.getSheetName() + "', but it is empty");
            }
            return new Table(source, headerRow, headers, rows, null, false, null, true);
        } catch (IOException | RuntimeException e) {
            // POI reports a truncated or foreign file with a variety of exceptions, all of them meaning the same.
            throw new TableException(source + ": the workbook cannot be opened: it is not a complete XLSX file"
                    + " (truncated, damaged, or another format such as .xls or .ods): " + reason(e));
        }
    }

    private static Sheet sheet(XSSFWorkbook workbook, @Nullable String wanted, String source) throws TableException {
        if (workbook.getNumberOfSheets() == 0) throw new TableException(source + ": the workbook has no sheet");
        if (wanted == null) return workbook.getSheetAt(0);
        Sheet byName = workbook.getSheet(wanted);
        if (byName != null) return byName;
        if (wanted.matches("\\d{1,3}")) {
            int index = Integer.parseInt(wanted) - 1;
            if (index >= 0 && index < workbook.getNumberOfSheets()) return workbook.getSheetAt(index);
        }
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add("'" + s.getSheetName() + "'"));
        throw new TableException(
                source + ": the workbook has no sheet '" + wanted + "'; it has " + String.join(", ", names));
    }

    static String text(@Nullable Cell cell) {
        if (cell == null) return "";
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) type = cell.getCachedFormulaResultType();
        return switch (type) {
            case STRING -> CsvTables.clean(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell.getLocalDateTimeCellValue()) : number(cell);
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case ERROR -> error(cell.getErrorCellValue());
            default -> "";
        };
    }

    private static String date(LocalDateTime value) {
        return value.toLocalDate().toString();
    }

    private static String number(Cell cell) {
        return BigDecimal.valueOf(cell.getNumericCellValue())
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String error(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 160 ? message.substring(0, 160) + "…" : message;
    }
}
