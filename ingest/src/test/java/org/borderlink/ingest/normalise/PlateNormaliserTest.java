package org.borderlink.ingest.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.borderlink.graph.model.CountryCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlateNormaliserTest {

    private final PlateNormaliser plates = new PlateNormaliser();

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # Serbian plates, Latin and transliterated to Cyrillic
            BG123AB        | RS | BG123AB
            BG 123-AB      | RS | BG123AB
            bg 123 ab      | RS | BG123AB
            BG.123.AB      | -  | BG123AB
            БГ 123-АБ      | RS | BG123AB
            БГ 123-АБ      | -  | BG123AB
            НС 045-ТР      | RS | NS045TR
            NS 045-TR      | RS | NS045TR
            ŠA 123-CD      | RS | SA123CD
            ША 123-ЦД      | RS | SA123CD
            SA 123 CD      | RS | SA123CD
            ČA 456-ŽŽ      | RS | CA456ZZ
            ЧА 456-ЖЖ      | RS | CA456ZZ
            KŠ 777-ĆĆ      | RS | KS777CC
            ĐA 123-AA      | RS | DJA123AA
            ЂА 123-АА      | RS | DJA123AA
            # Cyrillic look-alikes typed into a Latin plate, or plates that use only those letters
            ВG 123 АВ      | RS | BG123AB
            СА 1234 ВХ     | BG | CA1234BX
            СА 1234 ВХ     | -  | CA1234BX
            АА 1234 ВХ     | UA | AA1234BX
            # Bosnian plates use only letters that read the same in both scripts
            А12-Е-345      | BA | A12E345
            A12-E-345      | BA | A12E345
            # Macedonian, Kosovo, Montenegrin, Albanian, Croatian, Greek, German, Austrian
            SK 1234 AB     | MK | SK1234AB
            СК 1234 АБ     | MK | SK1234AB
            01-234-AB      | XK | 01234AB
            PG AB 123      | ME | PGAB123
            AA 123 BB      | AL | AA123BB
            ZG 1234-AB     | HR | ZG1234AB
            ΙΚΑ 1234       | GR | IKA1234
            ΥΧΡ-4321       | GR | YXP4321
            MÜ-AB 123      | DE | MUAB123
            W-12345 X      | AT | W12345X
            """)
    void normalisesToOneCanonicalForm(String text, @Nullable String country, String normalised) {
        CountryCode issuer = country == null ? null : CountryCode.of(country);

        assertThat(plates.normalise(text, issuer)).isEqualTo(new Plate(normalised, issuer));
    }

    @Test
    void cyrillicAndLatinSpellingsOfOnePlateMeet() {
        CountryCode serbia = CountryCode.of("RS");

        assertThat(plates.normalise("БГ 123-АБ", serbia)).isEqualTo(plates.normalise("BG123AB", serbia));
        assertThat(plates.normalise("ШИ 12-ЏЏ", serbia)).isEqualTo(plates.normalise("ŠI 12-DŽDŽ", serbia));
        assertThat(plates.normalise("bg 123 ab").country()).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "nepoznato",
                "N/A",
                "???",
                "BG 123 @#",
                "1",
                "12",
                "ABC",
                "БГ-ЩЩ 12",
                "ΣΦ 1234",
                "123456789012345",
                "車 123"
            })
    void refusesWhatIsNoPlate(String text) {
        assertThatThrownBy(() -> plates.normalise(text, CountryCode.of("RS")))
                .isInstanceOf(NormalisationException.class)
                .hasMessageContaining("'" + text + "'");
    }
}
