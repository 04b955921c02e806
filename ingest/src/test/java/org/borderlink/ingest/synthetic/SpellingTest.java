package org.borderlink.ingest.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Džavad Huseini     | Џавад Хусеини
            Dragan Petrović    | Драган Петровић
            Ljubiša Đukić      | Љубиша Ђукић
            Njegoš             | Његош
            HUSEINI Džavad     | ХУСЕИНИ Џавад
            DŽAVAD             | ЏАВАД
            BG 123-AB          | БГ 123-АБ
            Dana {date} godine | Дана {date} године
            """)
    void serbianCyrillic(String latin, String cyrillic) {
        assertThat(Spelling.serbianCyrillic(latin)).isEqualTo(cyrillic);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ǵorǵi Trajkovski | Ѓорѓи Трајковски
            Ḱosevski         | Ќосевски
            Ʒidrovski        | Ѕидровски
            Krasnići         | Красниќи
            """)
    void macedonianCyrillic(String latin, String cyrillic) {
        assertThat(Spelling.macedonianCyrillic(latin)).isEqualTo(cyrillic);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Petrović   | Petroviq
            Hodžić     | Hoxhiq
            Đorđević   | Gjorgjeviq
            Šćekić     | Shqekiq
            Živković   | Zhivkoviq
            Ǵorǵievski | Gjorgjievski
            """)
    void albanianFromSlavic(String slavic, String albanian) {
        assertThat(Spelling.albanianFromSlavic(slavic)).isEqualTo(albanian);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Krasniqi | Krasnići
            Gashi    | Gaši
            Rexhepi  | Redžepi
            Xhaferi  | Džaferi
            Thaçi    | Tači
            Gjoka    | Đoka
            Lleshi   | Leši
            """)
    void serbianFromAlbanian(String albanian, String serbian) {
        assertThat(Spelling.serbianFromAlbanian(albanian)).isEqualTo(serbian);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Đorđević     | DJORDJEVIC
            Gëzim Thaçi  | GEZIM THACI
            Yılmaz       | YILMAZ
            Ǵorǵi        | GJORGJI
            """)
    void passport(String name, String passport) {
        assertThat(Spelling.passport(name)).isEqualTo(passport);
    }
}
