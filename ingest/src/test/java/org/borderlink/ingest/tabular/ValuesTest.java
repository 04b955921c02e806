package org.borderlink.ingest.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.borderlink.graph.model.AgeBand;
import org.borderlink.graph.model.CountryCode;
import org.borderlink.graph.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How one cell becomes the value of its field, kind by kind. */
class ValuesTest {

    private static final Values VALUES = Samples.reader().values();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "300 | 300",
                "1.500 | 1500",
                "1.500,50 | 1500.50",
                "1 500,50 | 1500.50",
                "1,500.50 | 1500.50",
                "12,5 | 12.5",
                "0.75 | 0.75",
            })
    void numbersAreReadTheRegionalAndTheEnglishWay(String text, String expected) {
        assertThat(Values.number(text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "300 € | 300 | EUR",
                "€300 | 300 | EUR",
                "1.500,00 EUR | 1500 | EUR",
                "250 | 250 | ",
            })
    void amountsKeepTheirCurrency(String text, String value, String currency) throws ValueProblem {
        Values.Amount amount = (Values.Amount) VALUES.convert(Field.LEG_PRICE, text, null, List.of());

        assertThat(amount.value()).isEqualByComparingTo(value);
        assertThat(amount.currency()).isEqualTo(currency);
    }

    @Test
    void aCurrencyWordThatIsNoCurrencyIsRefused() {
        assertThatThrownBy(() -> VALUES.convert(Field.LEG_PRICE, "300 dinara", null, List.of()))
                .hasMessage("'dinara' in '300 dinara' is not a currency; write an ISO 4217 code (EUR) or map the"
                        + " currency in a separate column");
    }

    @Test
    void datesKeepThePrecisionOfTheirFormatAndIsoIsAlwaysRead() throws ValueProblem {
        List<DateFormat> formats = List.of(DateFormat.of("dd.MM.yyyy."), DateFormat.of("MM.yyyy"));

        assertThat(VALUES.convert(Field.INCIDENT_DATE, "17.03.2024.", null, formats))
                .isEqualTo(PartialDate.day(java.time.LocalDate.of(2024, 3, 17)));
        assertThat(VALUES.convert(Field.INCIDENT_DATE, "03.2024", null, formats))
                .isEqualTo(PartialDate.month(2024, 3));
        assertThat(VALUES.convert(Field.INCIDENT_DATE, "2024-03-17", null, formats))
                .isEqualTo(PartialDate.day(java.time.LocalDate.of(2024, 3, 17)));
        assertThatThrownBy(() -> VALUES.convert(Field.INCIDENT_DATE, "17/03/2024", null, formats))
                .hasMessage("'17/03/2024' is not a date in the mapping's formats dd.MM.yyyy., MM.yyyy");
        assertThat(VALUES.convert(Field.INCIDENT_DATE, "17/03/2024", null, List.of()))
                .as("without formats, whatever the date normaliser reads")
                .isEqualTo(PartialDate.day(java.time.LocalDate.of(2024, 3, 17)));
    }

    @Test
    void theDictionaryComesFirstThenTheFieldsOwnValues() throws ValueProblem {
        Dictionary roles = new Dictionary("улога", Map.of("возач", "DRIVER"));

        assertThat(VALUES.convert(Field.PERSON_ROLE, "ВОЗАЧ", roles, List.of())).isEqualTo("DRIVER");
        assertThat(VALUES.convert(Field.PERSON_ROLE, "smuggled migrant", roles, List.of()))
                .isEqualTo("SMUGGLED_MIGRANT");
        assertThatThrownBy(() -> VALUES.convert(Field.PERSON_ROLE, "шофер", roles, List.of()))
                .hasMessage("unknown value 'шофер' for person.role; the dictionary 'улога' knows возач");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {"Авганистан | AF", "Kosovë | XK", "BiH | BA", "srb | RS", "Maqedonia e Veriut | MK"})
    void countriesGoThroughTheCountryNormaliser(String text, String code) throws ValueProblem {
        assertThat(VALUES.convert(Field.PERSON_NATIONALITY, text, null, List.of()))
                .isEqualTo(CountryCode.of(code));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {"sr | sr", "srp | sr", "alb | sq", "sqi | sq", "mac | mk", "fas | fa"})
    void languagesAreIso6391(String text, String code) throws ValueProblem {
        assertThat(VALUES.convert(Field.PERSON_LANGUAGES, text, null, List.of()))
                .isEqualTo(code);
    }

    @Test
    void agesBecomeAgeBands() throws ValueProblem {
        assertThat(VALUES.convert(Field.PERSON_AGE, "17", null, List.of())).isEqualTo(AgeBand.AGE_9_17);
        assertThatThrownBy(() -> VALUES.convert(Field.PERSON_AGE, "17 год.", null, List.of()))
                .hasMessage("'17 год.' is not a whole number for person.age");
    }

    @ParameterizedTest(name = "column {0} is {1}")
    @CsvSource({"0, A", "25, Z", "26, AA", "51, AZ", "701, ZZ", "702, AAA"})
    void columnsAreNamedAsSpreadsheetsNameThem(int index, String letters) {
        assertThat(CellRef.letters(index)).isEqualTo(letters);
    }
}
