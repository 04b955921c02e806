package org.borderlink.graph.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/**
 * A date with the precision it was reported at. {@code date} is the first day of the period it stands for
 * (the 1st of the month for {@link DatePrecision#MONTH}, 1 January for {@link DatePrecision#YEAR}).
 */
public record PartialDate(LocalDate date, DatePrecision precision) implements Comparable<PartialDate> {

    public PartialDate {
        if (precision == DatePrecision.MONTH && date.getDayOfMonth() != 1) {
            date = date.withDayOfMonth(1);
        }
        if (precision == DatePrecision.YEAR && date.getDayOfYear() != 1) {
            date = date.withDayOfYear(1);
        }
    }

    public static PartialDate day(LocalDate date) {
        return new PartialDate(date, DatePrecision.DAY);
    }

    public static PartialDate month(int year, int month) {
        return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    public static PartialDate year(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    /** The last day the period covers. */
    public LocalDate end() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            case YEAR -> date.withMonth(12).withDayOfMonth(31);
        };
    }

    /** ISO form at its precision: {@code 2024-03-17}, {@code 2024-03} or {@code 2024}. */
    public String iso() {
        return switch (precision) {
            case DAY -> date.format(DateTimeFormatter.ISO_LOCAL_DATE);
            case MONTH -> YearMonth.from(date).toString();
            case YEAR -> Integer.toString(date.getYear());
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        int c = date.compareTo(other.date);
        return c != 0 ? c : precision.compareTo(other.precision);
    }

    @Override
    public String toString() {
        return iso();
    }
}
