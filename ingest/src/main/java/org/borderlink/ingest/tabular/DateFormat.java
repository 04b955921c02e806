package org.borderlink.ingest.tabular;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.borderlink.graph.model.DatePrecision;
import org.borderlink.graph.model.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * A date format a mapping declares, in {@link DateTimeFormatter} pattern letters ({@code dd.MM.yyyy.},
 * {@code d.M.yy}, {@code MM/yyyy}). Its precision is that of its smallest field: a pattern with a day gives days, one
 * with a month but no day gives months, one with only a year gives years. Parsing is strict: {@code 31.02.2024.} is
 * refused, not moved to March.
 *
 * @param pattern the pattern as the mapping writes it
 */
public record DateFormat(String pattern, DateTimeFormatter formatter, DatePrecision precision) {

    /**
     * @throws IllegalArgumentException naming what is wrong with the pattern
     */
    public static DateFormat of(String pattern) {
        String letters = pattern.replaceAll("'[^']*'", "");
        DatePrecision precision = letters.contains("d")
                ? DatePrecision.DAY
                : letters.contains("M") ? DatePrecision.MONTH : DatePrecision.YEAR;
        if (!letters.contains("y") && !letters.contains("u")) {
            throw new IllegalArgumentException("date format '" + pattern + "' has no year (y)");
        }
        if (precision == DatePrecision.DAY && !letters.contains("M")) {
            throw new IllegalArgumentException("date format '" + pattern + "' has a day but no month (M)");
        }
        // STRICT resolving needs the proleptic year 'u'; agencies write 'y'.
        String strict = pattern.replace('y', 'u');
        DateTimeFormatter formatter;
        try {
            formatter = DateTimeFormatter.ofPattern(strict).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "date format '" + pattern + "' is not a valid pattern: " + e.getMessage());
        }
        return new DateFormat(pattern, formatter, precision);
    }

    /** The date {@code text} gives in this format, or null when it is not written in it. */
    public @Nullable PartialDate parse(String text) {
        try {
            return switch (precision) {
                case DAY -> PartialDate.day(LocalDate.parse(text, formatter));
                case MONTH -> {
                    YearMonth month = YearMonth.parse(text, formatter);
                    yield PartialDate.month(month.getYear(), month.getMonthValue());
                }
                case YEAR -> PartialDate.year(Year.parse(text, formatter).getValue());
            };
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
