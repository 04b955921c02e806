package org.borderlink.ingest.normalise;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderlink.graph.model.DatePrecision;
import org.borderlink.graph.model.PartialDate;

/**
 * Reported dates to a {@link PartialDate} that keeps how much of the date was known.
 *
 * <table>
 *   <caption>Accepted forms</caption>
 *   <tr><th>form</th><th>example</th><th>precision</th></tr>
 *   <tr><td>ISO</td><td>{@code 2024-03-17}, {@code 2024-03}, {@code 2024}</td><td>day, month, year</td></tr>
 *   <tr><td>{@code d.M.yyyy} with or without the trailing dot (Serbian, Bosnian, Croatian, Montenegrin),
 *       spaces after the dots allowed</td><td>{@code 17.03.2024.}, {@code 7.3.2024}, {@code 17. 3. 2024.}</td>
 *       <td>day</td></tr>
 *   <tr><td>{@code d.M.yy} with or without the trailing dot</td><td>{@code 7.3.24.}</td><td>day</td></tr>
 *   <tr><td>{@code d/M/yyyy}, {@code d-M-yyyy} (day first, as everywhere in the region)</td>
 *       <td>{@code 17/03/2024}</td><td>day</td></tr>
 *   <tr><td>{@code M/yyyy}, {@code M.yyyy}</td><td>{@code 03/2024}, {@code 3.2024.}</td><td>month</td></tr>
 *   <tr><td>{@code yyyy} with or without the trailing dot</td><td>{@code 2024.}</td><td>year</td></tr>
 * </table>
 *
 * <p>A trailing {@code godine}, {@code god.}, {@code године} or {@code год.} ("year", as in
 * {@code 17.03.2024. godine}) is ignored. A two-digit year is put in the latest century that does not make
 * it later than the current year of the injected {@link Clock}: in 2025, {@code 24} is 2024 and {@code 26}
 * is 1926. An <em>estimated</em> date of 1 January is kept as the year only, because registrations (Afghan
 * ones above all) put 1 January for an unknown birth date. Thread-safe.
 */
public final class DateNormaliser {

    static final String ACCEPTED =
            "accepted: yyyy-MM-dd, yyyy-MM, yyyy, dd.MM.yyyy., d.M.yyyy, d.M.yy., dd/MM/yyyy," + " MM/yyyy, MM.yyyy";

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(\\d{1,2})\\s*([./-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4}|\\d{2})\\.?");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*[./]\\s*(\\d{4})\\.?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\.");
    private static final Pattern YEAR_WORD =
            Pattern.compile("\\s+(godine|god\\.?|године|год\\.?)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Clock clock;

    /** Two-digit years are read against the system clock. */
    public DateNormaliser() {
        this(Clock.systemDefaultZone());
    }

    /** Two-digit years are read against {@code clock}. */
    public DateNormaliser(Clock clock) {
        this.clock = clock;
    }

    /**
     * The date {@code text} gives, at the precision it gives it.
     *
     * @throws NormalisationException if the form is not one of those accepted or the day does not exist
     */
    public PartialDate parse(String text) {
        return parse(text, false);
    }

    /**
     * The date {@code text} gives; when {@code estimated} is true a 1 January is taken to mean "some time that
     * year" and kept with {@link DatePrecision#YEAR}.
     *
     * @throws NormalisationException if the form is not one of those accepted or the day does not exist
     */
    public PartialDate parse(String text, boolean estimated) {
        String s = YEAR_WORD.matcher(text.strip()).replaceFirst("");
        Matcher m;
        if ((m = ISO.matcher(s)).matches()) {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return PartialDate.year(year);
            }
            int month = Integer.parseInt(m.group(2));
            return m.group(3) == null
                    ? month(text, year, month)
                    : day(text, year, month, Integer.parseInt(m.group(3)), estimated);
        }
        if ((m = DAY_MONTH_YEAR.matcher(s)).matches()) {
            String y = m.group(4);
            int year = y.length() == 2 ? pivot(Integer.parseInt(y)) : Integer.parseInt(y);
            return day(text, year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), estimated);
        }
        if ((m = MONTH_YEAR.matcher(s)).matches()) {
            return month(text, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if ((m = YEAR.matcher(s)).matches()) {
            return PartialDate.year(Integer.parseInt(m.group(1)));
        }
        throw new NormalisationException("date", text, ACCEPTED);
    }

    private int pivot(int twoDigits) {
        int current = LocalDate.now(clock).getYear();
        int year = current - Math.floorMod(current, 100) + twoDigits;
        return year > current ? year - 100 : year;
    }

    private static PartialDate day(String text, int year, int month, int day, boolean estimated) {
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new NormalisationException("date", text, "no such day; " + ACCEPTED);
        }
        if (estimated && month == 1 && day == 1) {
            return PartialDate.year(year);
        }
        return PartialDate.day(date);
    }

    private static PartialDate month(String text, int year, int month) {
        if (month < 1 || month > 12) {
            throw new NormalisationException("date", text, "no such month; " + ACCEPTED);
        }
        return PartialDate.month(year, month);
    }
}
