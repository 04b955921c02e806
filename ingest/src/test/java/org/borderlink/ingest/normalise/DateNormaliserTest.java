package org.borderlink.ingest.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.borderlink.graph.model.DatePrecision;
import org.borderlink.graph.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateNormaliserTest {

    /** Reports are read on 10 June 2025. */
    private static final Clock JUNE_2025 = Clock.fixed(Instant.parse("2025-06-10T08:00:00Z"), ZoneOffset.UTC);

    private final DateNormaliser dates = new DateNormaliser(JUNE_2025);

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2024-03-17           | 2024-03-17 | DAY
            2024-03              | 2024-03-01 | MONTH
            2024                 | 2024-01-01 | YEAR
            2024.                | 2024-01-01 | YEAR
            17.03.2024.          | 2024-03-17 | DAY
            17.03.2024           | 2024-03-17 | DAY
            7.3.2024             | 2024-03-07 | DAY
            7.3.2024.            | 2024-03-07 | DAY
            '17. 3. 2024.'       | 2024-03-17 | DAY
            '  17.03.2024.  '    | 2024-03-17 | DAY
            17.03.2024. godine   | 2024-03-17 | DAY
            17.03.2024. год.     | 2024-03-17 | DAY
            7.3.24.              | 2024-03-07 | DAY
            7.3.24               | 2024-03-07 | DAY
            10.6.25.             | 2025-06-10 | DAY
            1.1.26.              | 1926-01-01 | DAY
            29.2.00.             | 2000-02-29 | DAY
            17/03/2024           | 2024-03-17 | DAY
            17-03-2024           | 2024-03-17 | DAY
            03/2024              | 2024-03-01 | MONTH
            3/2024               | 2024-03-01 | MONTH
            03.2024              | 2024-03-01 | MONTH
            03.2024.             | 2024-03-01 | MONTH
            01.01.1995.          | 1995-01-01 | DAY
            29.02.2024.          | 2024-02-29 | DAY
            """)
    void parsesTheRegionsFormsKeepingPrecision(String text, String date, DatePrecision precision) {
        PartialDate parsed = dates.parse(text);

        assertThat(parsed.date()).hasToString(date);
        assertThat(parsed.precision()).isEqualTo(precision);
    }

    @ParameterizedTest(name = "estimated {0} → {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            01.01.1995.  | 1995     | YEAR
            1.1.1995     | 1995     | YEAR
            1995-01-01   | 1995     | YEAR
            02.01.1995.  | 1995-01-02 | DAY
            01.02.1995.  | 1995-02-01 | DAY
            01/1995      | 1995-01  | MONTH
            1995         | 1995     | YEAR
            """)
    void estimatedFirstOfJanuaryIsOnlyTheYear(String text, String iso, DatePrecision precision) {
        PartialDate parsed = dates.parse(text, true);

        assertThat(parsed.iso()).isEqualTo(iso);
        assertThat(parsed.precision()).isEqualTo(precision);
    }

    @Test
    void twoDigitYearsFollowTheClock() {
        DateNormaliser in2099 = new DateNormaliser(Clock.fixed(Instant.parse("2099-01-01T00:00:00Z"), ZoneOffset.UTC));

        assertThat(dates.parse("5.5.99.").iso()).isEqualTo("1999-05-05");
        assertThat(in2099.parse("5.5.99.").iso()).isEqualTo("2099-05-05");
        assertThat(dates.parse("5.5.25.").iso()).isEqualTo("2025-05-05");
        assertThat(dates.parse("5.5.26.").iso()).isEqualTo("1926-05-05");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "31.02.2024",
                "31.02.2024.",
                "29.02.2023.",
                "2024-13-01",
                "2024-02-30",
                "13/2024",
                "00.2024",
                "32.01.2024",
                "17.03/2024",
                "2024-3-17x",
                "17 March 2024",
                "yesterday",
                "",
                "17.03.",
                "1.1.123"
            })
    void refusesWhatIsNoDateNamingValueAndFormats(String text) {
        assertThatThrownBy(() -> dates.parse(text))
                .isInstanceOf(NormalisationException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("dd.MM.yyyy.");
    }
}
