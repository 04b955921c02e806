package org.borderlink.ingest.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderlink.graph.model.CountryCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();

    @Test
    void bundlesTheSharedCrossingPoints() {
        assertThat(GAZETTEER.places()).hasSize(50);
        Place bogorodica = GAZETTEER.byId("MK-GR-BOGORODICA").orElseThrow();
        assertThat(bogorodica.name()).isEqualTo("Bogorodica – Evzoni");
        assertThat(bogorodica.kind()).isEqualTo("BORDER_CROSSING");
        assertThat(bogorodica.countryA()).isEqualTo(CountryCode.of("MK"));
        assertThat(bogorodica.countryB()).isEqualTo(CountryCode.of("GR"));
        assertThat(bogorodica.lat()).isEqualTo(41.13);
        assertThat(GAZETTEER.byId("rs-belgrade")).isPresent();
        assertThat(GAZETTEER.byId("RS-NOWHERE")).isEmpty();
    }

    @ParameterizedTest(name = "{0} ({1}) → {2} by {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # ids
            RS-HR-SID                     | -  | RS-HR-SID          | id
            rs-hr-sid                     | -  | RS-HR-SID          | id
            # whole names, any script, with or without diacritics
            Belgrade                      | RS | RS-BELGRADE        | name
            Београд                       | RS | RS-BELGRADE        | name
            BEOGRAD                       | -  | RS-BELGRADE        | name
            Preševo                       | RS | RS-PRESEVO         | name
            Presevo                       | -  | RS-PRESEVO         | name
            Прешево                       | -  | RS-PRESEVO         | name
            Bogorodica – Evzoni           | MK | MK-GR-BOGORODICA   | name
            Bogorodica - Evzoni           | MK | MK-GR-BOGORODICA   | name
            Богородица – Εύζωνοι          | -  | MK-GR-BOGORODICA   | name
            Bihać                         | BA | BA-BIHAC           | name
            Bihac                         | BA | BA-BIHAC           | name
            Бихаћ                         | -  | BA-BIHAC           | name
            Velika Kladuša                | BA | BA-VELIKA-KLADUSA  | name
            Velika Kladusa                | HR | BA-VELIKA-KLADUSA  | name
            Θεσσαλονίκη                   | GR | GR-THESSALONIKI    | name
            Thessaloniki                  | -  | GR-THESSALONIKI    | name
            Idomeni                       | GR | GR-MK-IDOMENI      | name
            Ειδομένη                      | -  | GR-MK-IDOMENI      | name
            Љубовија – Братунац           | -  | RS-BA-LJUBOVIJA    | name
            Ljubovija - Bratunac          | -  | RS-BA-LJUBOVIJA    | name
            Shkodër                       | AL | AL-SHKODER         | name
            Shkoder                       | AL | AL-SHKODER         | name
            Tiranë                        | AL | AL-TIRANA          | name
            Prishtinë                     | XK | XK-PRISTINA        | name
            # one side of a two-sided name
            Šid                           | RS | RS-HR-SID          | name-part
            Sid                           | RS | RS-HR-SID          | name-part
            Шид                           | -  | RS-HR-SID          | name-part
            Tovarnik                      | HR | RS-HR-SID          | name-part
            Evzoni                        | GR | MK-GR-BOGORODICA   | name-part
            Εύζωνοι                       | GR | MK-GR-BOGORODICA   | name-part
            Horgoš                        | RS | RS-HU-HORGOS       | name-part
            Röszke                        | HU | RS-HU-HORGOS       | name-part
            Roszke                        | -  | RS-HU-HORGOS       | name-part
            Хоргош                        | -  | RS-HU-HORGOS       | name-part
            Zvornik                       | BA | RS-BA-ZVORNIK      | name-part
            Mali Zvornik                  | RS | RS-BA-ZVORNIK      | name-part
            Maljevac                      | HR | BA-HR-MALJEVAC     | name-part
            Nudo                          | ME | ME-BA-NUDO         | name-part
            Božaj                         | ME | AL-ME-HANI-HOTIT   | name-part
            Kalotina                      | BG | RS-BG-GRADINA      | name-part
            Kakavijë                      | AL | AL-GR-KAKAVIJE     | name-part
            Kapshticë                     | AL | AL-GR-KAPSHTICE    | name-part
            # Albanian inflection
            Shkodra                       | AL | AL-SHKODER         | name-inflection
            Kakavija                      | AL | AL-GR-KAKAVIJE     | name-inflection
            Kapshtica                     | AL | AL-GR-KAPSHTICE    | name-inflection
            Kukësi                        | AL | AL-KUKES           | name-inflection
            Morina                        | AL | AL-XK-MORINE       | name-inflection
            Vërmica                       | XK | AL-XK-MORINE       | name-inflection
            Prishtina                     | XK | XK-PRISTINA        | name-inflection
            # a border-crossing word before the name
            GP Horgoš                     | RS | RS-HU-HORGOS       | name-part
            granični prelaz Batrovci      | RS | RS-HR-BATROVCI     | name-part
            ГП Градина                    | RS | RS-BG-GRADINA      | name-part
            """)
    void matchesByIdAndByNameInAnyScript(String text, @Nullable String country, String id, String matchedBy) {
        PlaceMatch match = GAZETTEER.match(text, country == null ? null : CountryCode.of(country));

        assertThat(match.id()).isEqualTo(id);
        assertThat(match.matchedBy()).isEqualTo(matchedBy);
        assertThat(match.verified()).isTrue();
        assertThat(match.name()).isEqualTo(GAZETTEER.byId(id).orElseThrow().name());
    }

    @Test
    void aMatchCarriesTheGazetteerFacts() {
        PlaceMatch horgos = GAZETTEER.match("Horgoš", CountryCode.of("RS"));

        assertThat(horgos)
                .isEqualTo(new PlaceMatch(
                        "RS-HU-HORGOS",
                        "Horgoš – Röszke",
                        "BORDER_CROSSING",
                        CountryCode.of("RS"),
                        CountryCode.of("HU"),
                        46.175,
                        19.977,
                        true,
                        "name-part"));
    }

    @Test
    void theReportedCountryThenTheCoordinatesBreakTies(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("brod.csv");
        Files.writeString(
                extra,
                String.join(",", Gazetteer.HEADER) + "\n"
                        + "BA-BROD,Brod,Брод,CITY,BA,,45.137,17.990,,town centre\n"
                        + "MK-BROD,Brod,Брод,CITY,MK,,41.516,21.217,,town centre\n",
                StandardCharsets.UTF_8);
        Gazetteer gazetteer = Gazetteer.load(List.of(extra));

        assertThat(gazetteer.match("Brod", CountryCode.of("BA")).id()).isEqualTo("BA-BROD");
        assertThat(gazetteer.match("Брод", CountryCode.of("MK")).id()).isEqualTo("MK-BROD");
        assertThat(gazetteer.match("Brod", null).id()).isEqualTo("BA-BROD");
        assertThat(gazetteer.match("Brod", CountryCode.of("RS"), 41.5, 21.2).id())
                .isEqualTo("MK-BROD");
        assertThat(gazetteer.match("Brod", CountryCode.of("BA"), 41.5, 21.2).id())
                .isEqualTo("BA-BROD");
    }

    @Test
    void aWholeNameBeatsOneSideOfAnotherName() {
        // Velika Kladuša is the town and also the Bosnian side of the Maljevac crossing
        assertThat(GAZETTEER.match("Velika Kladuša", CountryCode.of("HR")).id()).isEqualTo("BA-VELIKA-KLADUSA");
        assertThat(GAZETTEER.match("Maljevac", CountryCode.of("HR")).id()).isEqualTo("BA-HR-MALJEVAC");
    }

    @ParameterizedTest(name = "({0}, {1}) → {2}")
    @CsvSource({
        "46.175, 19.977, RS-HU-HORGOS", // exactly on it
        "46.19, 19.96, RS-HU-HORGOS", // about 2 km away
        "44.82, 15.87, BA-BIHAC",
        "42.39, 19.375, ME-BOZAJ-TRC", // 0.4 km from the Božaj centre, 1.3 km from Hani i Hotit
        "41.12, 22.515, GR-MK-IDOMENI"
    })
    void matchesTheNearestPlaceWithinFiveKilometres(double lat, double lon, String id) {
        PlaceMatch match = GAZETTEER.match(lat, lon, CountryCode.of("RS"));

        assertThat(match.matchedBy()).isEqualTo("coordinates");
        assertThat(match.id()).isEqualTo(nearest(lat, lon).id());
        assertThat(match.id()).isEqualTo(id);
    }

    @Test
    void coordinatesFurtherThanTheRadiusMatchNothing() {
        PlaceMatch match = GAZETTEER.match(45.60, 19.50, CountryCode.of("RS")); // fields near Bačka Topola

        assertThat(match.verified()).isFalse();
        assertThat(match.id()).isEqualTo("RS-U-45.600_19.500");
        assertThat(match.lat()).isEqualTo(45.60);
        assertThat(GAZETTEER.nearest(45.60, 19.50, 40)).map(PlaceMatch::id).contains("RS-SOMBOR");
    }

    @Test
    void aMatchingNameWinsOverCoordinates() {
        PlaceMatch match = GAZETTEER.match("Subotica", CountryCode.of("RS"), 46.175, 19.977);

        assertThat(match.id()).isEqualTo("RS-SUBOTICA");
        assertThat(match.matchedBy()).isEqualTo("name");
    }

    @Test
    void anUnknownNameWithCoordinatesNearAPlaceMatchesByCoordinates() {
        PlaceMatch match = GAZETTEER.match("Novi Grad kod Horgoša", CountryCode.of("RS"), 46.17, 19.97);

        assertThat(match.id()).isEqualTo("RS-HU-HORGOS");
        assertThat(match.matchedBy()).isEqualTo("coordinates");
    }

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Bački Breg          | RS | RS-U-backi-breg
            Backi Breg          | RS | RS-U-backi-breg
            Бачки Брег          | RS | RS-U-backi-breg
            Bosanska Bojna      | BA | BA-U-bosanska-bojna
            Sid                 | -  | RS-HR-SID
            Kuklish             | AL | AL-U-kuklish
            Somewhere           | -  | U-somewhere
            """)
    void unknownPlacesAreUnverifiedWithAStableId(String text, @Nullable String country, String id) {
        PlaceMatch match = GAZETTEER.match(text, country == null ? null : CountryCode.of(country));

        assertThat(match.id()).isEqualTo(id);
        if (!match.verified()) {
            assertThat(match.name()).isEqualTo(text);
            assertThat(match.kind()).isEqualTo(PlaceMatch.UNVERIFIED_KIND);
            assertThat(match.matchedBy()).isEqualTo("unverified");
            assertThat(match.country()).isEqualTo(country == null ? null : CountryCode.of(country));
            assertThat(match.lat()).isNull();
        }
    }

    @Test
    void anUnverifiedPlaceKeepsTheReportedCoordinates() {
        PlaceMatch match = GAZETTEER.match("Bački Breg", CountryCode.of("RS"), 45.92, 18.93);

        assertThat(match.verified()).isFalse();
        assertThat(match.id()).isEqualTo("RS-U-backi-breg");
        assertThat(match.lat()).isEqualTo(45.92);
        assertThat(match.lon()).isEqualTo(18.93);
    }

    @Test
    void nothingToMatchIsRefused() {
        assertThatThrownBy(() -> GAZETTEER.match("  ", CountryCode.of("RS")))
                .isInstanceOf(NormalisationException.class);
        assertThatThrownBy(() -> GAZETTEER.match(null, null, null, null)).isInstanceOf(NormalisationException.class);
    }

    @Test
    void extraFilesAddAndReplacePlaces(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("rs-extra.csv");
        Files.writeString(extra, """
                id,name,name_local,kind,country_a,country_b,lat,lon,corridor,coordinates
                RS-BACKI-BREG,Bački Breg,Бачки Брег,HOTSPOT,RS,,45.918,18.932,central-north,village centre
                RS-BELGRADE,Belgrade,Београд,CITY,RS,,44.8125,20.4612,central,"city centre, Republic Square"
                """, StandardCharsets.UTF_8);

        Gazetteer extended = Gazetteer.load(List.of(extra));

        assertThat(extended.places()).hasSize(51);
        assertThat(extended.match("Backi Breg", CountryCode.of("RS")))
                .extracting(PlaceMatch::id, PlaceMatch::verified)
                .containsExactly("RS-BACKI-BREG", true);
        Place belgrade = extended.byId("RS-BELGRADE").orElseThrow();
        assertThat(belgrade.lat()).isEqualTo(44.8125);
        assertThat(belgrade.coordinates()).isEqualTo("city centre, Republic Square");
        assertThat(GAZETTEER.byId("RS-BACKI-BREG")).isEmpty();
    }

    @Test
    void anExtraFileWithAnotherHeaderIsRefused(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("bad.csv");
        Files.writeString(extra, "id,name,lat,lon\nX,Y,1,2\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Gazetteer.load(List.of(extra)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.csv")
                .hasMessageContaining("header");
    }

    @Test
    void anExtraFileWithABadRowNamesTheLine(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("bad.csv");
        Files.writeString(
                extra,
                String.join(",", Gazetteer.HEADER) + "\nRS-X,X,X,CITY,RS,,north,19.0,,\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Gazetteer.load(List.of(extra)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.csv line 2");
    }

    @Test
    void haversineDistance() {
        // Belgrade to Subotica, about 155 km as the crow flies
        assertThat(Gazetteer.distanceKm(44.817, 20.457, 46.100, 19.667)).isCloseTo(155.0, within(5.0));
        assertThat(Gazetteer.distanceKm(46.175, 19.977, 46.175, 19.977)).isZero();
    }

    private static Place nearest(double lat, double lon) {
        return GAZETTEER.places().stream()
                .min((a, b) -> Double.compare(
                        Gazetteer.distanceKm(lat, lon, a.lat(), a.lon()),
                        Gazetteer.distanceKm(lat, lon, b.lat(), b.lon())))
                .orElseThrow();
    }
}
