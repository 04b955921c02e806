package org.borderlink.ingest.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.borderlink.graph.model.CountryCode;
import org.borderlink.ingest.normalise.NormalisedPhone.LineType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNormaliserTest {

    private final PhoneNormaliser phones = new PhoneNormaliser();

    @ParameterizedTest(name = "{0} reported in {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            061 234 567          | BA | +38761234567  | BA | MOBILE
            +387 61 234 567      | RS | +38761234567  | BA | MOBILE
            033 250 500          | BA | +38733250500  | BA | FIXED_LINE
            +381 64 123 4567     | RS | +381641234567 | RS | MOBILE
            00381641234567       | RS | +381641234567 | RS | MOBILE
            064/123-4567         | RS | +381641234567 | RS | MOBILE
            064 1234567          | RS | +381641234567 | RS | MOBILE
            011/323-4567         | RS | +381113234567 | RS | FIXED_LINE
            +381 (0)64 123 4567  | RS | +381641234567 | RS | MOBILE
            044 123 456          | XK | +38344123456  | XK | MOBILE
            049 123 456          | XK | +38349123456  | XK | MOBILE
            +383 44 123 456      | AL | +38344123456  | XK | MOBILE
            069 123 4567         | AL | +355691234567 | AL | MOBILE
            070 123 456          | MK | +38970123456  | MK | MOBILE
            067 123 456          | ME | +38267123456  | ME | MOBILE
            091 234 5678         | HR | +385912345678 | HR | MOBILE
            0043 664 1234567     | AT | +436641234567 | AT | MOBILE
            +93 70 123 4567      | RS | +93701234567  | AF | MOBILE
            0092 300 1234567     | -  | +923001234567 | PK | MOBILE
            +963 944 123 456     | -  | +963944123456 | SY | MOBILE
            """)
    void normalisesToE164InTheReportingCountrysPlan(
            String text, @Nullable String region, String e164, String country, LineType type) {
        NormalisedPhone phone = phones.normalise(text, region == null ? null : CountryCode.of(region));

        assertThat(phone.e164()).isEqualTo(e164);
        assertThat(phone.country()).isEqualTo(CountryCode.of(country));
        assertThat(phone.lineType()).isEqualTo(type);
        assertThat(phones.toE164(text, region == null ? null : CountryCode.of(region)))
                .isEqualTo(e164);
    }

    @ParameterizedTest(name = "{0} reported in {1} is refused")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            12                 | RS
            064 123            | RS
            064 123 4567 8901  | RS
            nepoznat           | RS
            ''                 | RS
            064/123-4567       | -
            +381 99 999 9999   | RS
            """)
    void refusesInvalidNumbersNamingThem(String text, @Nullable String region) {
        assertThatThrownBy(() -> phones.normalise(text, region == null ? null : CountryCode.of(region)))
                .isInstanceOf(NormalisationException.class)
                .hasMessageContaining("'" + text + "'");
    }
}
