package org.borderlink.ingest.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.borderlink.graph.model.CountryCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryNormaliserTest {

    private static final CountryNormaliser NORMALISER = new CountryNormaliser();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # codes, alpha-2 and alpha-3, any case
            RS                   | RS
            rs                   | RS
            SRB                  | RS
            XK                   | XK
            XKX                  | XK
            RKS                  | XK
            BiH                  | BA
            MKD                  | MK
            MNE                  | ME
            alb                  | AL
            AFG                  | AF
            DEU                  | DE
            EL                   | GR
            UK                   | GB
            # Serbian, Cyrillic and Latin, any case
            Srbija               | RS
            srbija               | RS
            СРБИЈА               | RS
            Србија               | RS
            '  Srbija '          | RS
            Republika Srbija     | RS
            Crna Gora            | ME
            Црна Гора            | ME
            Bosna i Hercegovina  | BA
            Bosna-Hercegovina    | BA
            Босна и Херцеговина  | BA
            Mađarska             | HU
            Madjarska            | HU
            Madarska             | HU
            Grčka                | GR
            Grcka                | GR
            Hrvatska             | HR
            Rumunija             | RO
            Rumunjska            | RO
            Nemačka              | DE
            Njemačka             | DE
            Turska               | TR
            Avganistan           | AF
            Авганистан           | AF
            Afganistan           | AF
            Avganistanac         | AF
            авганистанац         | AF
            Pakistanac           | PK
            Sirija               | SY
            Iračanin             | IQ
            Iranac               | IR
            Bangladeš            | BD
            Maroko               | MA
            Marokanac            | MA
            Egipat               | EG
            Alžir                | DZ
            Tunis                | TN
            Kosovo i Metohija    | XK
            Kosovo*              | XK
            Kosovo (UNSCR 1244)  | XK
            'Kosovo* (UNSCR 1244/99)' | XK
            Iran (Islamic Republic of) | IR
            'Afghanistan, Islamic Republic of' | AF
            Avganistana          | AF
            # Macedonian
            Северна Македонија   | MK
            Sjeverna Makedonija  | MK
            Severna Makedonija   | MK
            Грција               | GR
            Унгарија             | HU
            Германија            | DE
            Турција              | TR
            Египет               | EG
            # Albanian, indefinite and definite
            Shqipëri             | AL
            Shqipëria            | AL
            Shqiperia            | AL
            Kosova               | XK
            Kosovë               | XK
            Kosove               | XK
            Maqedonia e Veriut   | MK
            Mali i Zi            | ME
            Greqi                | GR
            Greqia               | GR
            Gjermania            | DE
            Turqia               | TR
            Iraku                | IQ
            Afganistani          | AF
            Egjipti              | EG
            Belgjika             | BE
            # German, Greek, Turkish
            Deutschland          | DE
            Österreich           | AT
            Oesterreich          | AT
            Nordmazedonien       | MK
            Griechenland         | GR
            Ελλάδα               | GR
            ΕΛΛΆΔΑ               | GR
            Σερβία               | RS
            Αλβανία              | AL
            Βόρεια Μακεδονία     | MK
            Türkiye              | TR
            Turkiye              | TR
            # English names and demonyms
            North Macedonia      | MK
            Bosnia and Herzegovina | BA
            Kosovar              | XK
            Slovenia             | SI
            Slovene              | SI
            Bulgaria             | BG
            Italy                | IT
            Afghan               | AF
            Pakistani            | PK
            Syrian               | SY
            Iraqi                | IQ
            Iranian              | IR
            Bangladeshi          | BD
            Moroccan             | MA
            Somali               | SO
            Palestinian          | PS
            Libyan               | LY
            Egyptian             | EG
            Indian               | IN
            Nepalese             | NP
            Nepali               | NP
            Tunisian             | TN
            Algerian             | DZ
            # any country the JDK's CLDR data names
            Eritrea              | ER
            Nigerija             | NG
            """)
    void recognisesNamesDemonymsAndCodes(String text, String code) {
        assertThat(NORMALISER.normalise(text)).isEqualTo(CountryCode.of(code));
        assertThat(NORMALISER.find(text)).contains(CountryCode.of(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Atlantis", "QQ", "Srbin", "Μακεδονία", "Yugoslavia?", "12", "stateless", "Kurdistan"})
    void refusesWhatNamesNoCountry(String text) {
        assertThatThrownBy(() -> NORMALISER.normalise(text))
                .isInstanceOf(NormalisationException.class)
                .hasMessageContaining("'" + text + "'");
        assertThat(NORMALISER.find(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesBlank(String text) {
        assertThatThrownBy(() -> NORMALISER.normalise(text)).isInstanceOf(NormalisationException.class);
    }
}
