package org.borderlink.graph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"RS", "BA", "XK", "MK", "ME", "AL", "AF", "GR"})
    void acceptsIsoCountriesAndKosovo(String code) {
        assertThat(CountryCode.of(code).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"YU", "KS", "rs", "SRB", "", "EU"})
    void refusesWhatIsNotAnIsoAlpha2Code(String code) {
        assertThatThrownBy(() -> CountryCode.of(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void westernBalkansAreTheSix() {
        assertThat(CountryCode.of("XK").isWesternBalkans()).isTrue();
        assertThat(CountryCode.of("HR").isWesternBalkans()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"RS-MUP,RS", "BA-GP,BA", "XK-KP,XK", "MK-MVR,MK"})
    void agencyIdsCarryTheirCountry(String id, String country) {
        assertThat(AgencyId.of(id).country()).isEqualTo(CountryCode.of(country));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MUP", "rs-mup", "RS_MUP", "ZZ-MUP", "RS-"})
    void refusesMalformedAgencyIds(String id) {
        assertThatThrownBy(() -> AgencyId.of(id)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "AMBER+STRICT,AMBER_STRICT",
        "tlp:red,RED",
        "TLP:CLEAR,CLEAR",
        "green,GREEN",
        "AMBER_STRICT,AMBER_STRICT"
    })
    void parsesTlpLabels(String label, Tlp expected) {
        assertThat(Tlp.fromLabel(label)).isEqualTo(expected);
    }

    @Test
    void refusesUnknownTlp() {
        assertThatThrownBy(() -> Tlp.fromLabel("WHITE")).hasMessageContaining("unknown TLP label 'WHITE'");
    }

    @ParameterizedTest
    @CsvSource({"B2,B,TWO", "a1,A,ONE", "X4,X,FOUR"})
    void parsesGradings(String code, Grading.Source source, Grading.Information information) {
        Grading g = Grading.parse(code);
        assertThat(g.source()).isEqualTo(source);
        assertThat(g.information()).isEqualTo(information);
        assertThat(g.code()).isEqualTo(code.toUpperCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"D1", "B5", "B", "B22"})
    void refusesBadGradings(String code) {
        assertThatThrownBy(() -> Grading.parse(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "0,AGE_0_8",
        "8,AGE_0_8",
        "9,AGE_9_17",
        "17,AGE_9_17",
        "18,AGE_18_20",
        "29,AGE_27_29",
        "38,AGE_30_38",
        "47,AGE_39_47",
        "48,AGE_48_PLUS",
        "90,AGE_48_PLUS"
    })
    void ageBandsFollowCtdc(int age, AgeBand band) {
        assertThat(AgeBand.ofAge(age)).isEqualTo(band);
    }

    @Test
    void ageBandFromBirthDateAndMinors() {
        AgeBand band = AgeBand.ofBirthDate(LocalDate.of(2008, 5, 1), LocalDate.of(2024, 3, 17));
        assertThat(band).isEqualTo(AgeBand.AGE_9_17);
        assertThat(band.isMinor()).isTrue();
        assertThat(AgeBand.parse("18-20")).isEqualTo(AgeBand.AGE_18_20);
        assertThat(AgeBand.parse("48+")).isEqualTo(AgeBand.AGE_48_PLUS);
    }

    @Test
    void partialDatesKeepTheirPrecision() {
        assertThat(PartialDate.month(2024, 3).iso()).isEqualTo("2024-03");
        assertThat(PartialDate.month(2024, 2).end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PartialDate.year(2023).end()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(new PartialDate(LocalDate.of(2024, 3, 17), DatePrecision.MONTH).date())
                .isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void victimsAndSmuggledMigrantsAreProtected() {
        assertThat(Role.VICTIM.isProtected()).isTrue();
        assertThat(Role.SMUGGLED_MIGRANT.isProtected()).isTrue();
        assertThat(Role.DRIVER.isProtected()).isFalse();
        assertThat(Role.DRIVER.isFacilitator()).isTrue();
        assertThat(Role.WITNESS.isFacilitator()).isFalse();
    }
}
