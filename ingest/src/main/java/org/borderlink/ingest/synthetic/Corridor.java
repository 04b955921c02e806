package org.borderlink.ingest.synthetic;

import static org.borderlink.ingest.report.TransportMode.BOAT;
import static org.borderlink.ingest.report.TransportMode.BUS;
import static org.borderlink.ingest.report.TransportMode.CAR;
import static org.borderlink.ingest.report.TransportMode.FOOT;
import static org.borderlink.ingest.report.TransportMode.TAXI;
import static org.borderlink.ingest.report.TransportMode.TRAIN;
import static org.borderlink.ingest.report.TransportMode.TRUCK;
import static org.borderlink.ingest.report.TransportMode.VAN;

import java.util.List;
import org.borderlink.ingest.report.TransportMode;
import org.jspecify.annotations.Nullable;

/**
 * The smuggling routes through the region (domain notes, "Routes"), as chains of hops between gazetteer places.
 * Places not in the gazetteer (Istanbul, Sofia, the Kosovo–Serbia crossings) are {@link Unlisted} and come out
 * of the normalisers unverified, as they would from real records.
 */
enum Corridor {
    /** Greece → North Macedonia → Serbia → Hungary. */
    CENTRAL_NORTH(
            3.5,
            "GR-THESSALONIKI",
            Hops.GR_MK,
            Hops.MK_TRANSIT,
            Hops.MK_RS,
            Hops.PRESEVO_BELGRADE,
            Hops.BELGRADE_NORTH,
            Hops.RS_HU),
    /** Greece → North Macedonia → Serbia → Croatia. */
    CENTRAL_WEST(
            2,
            "GR-THESSALONIKI",
            Hops.GR_MK,
            Hops.MK_TRANSIT,
            Hops.MK_RS,
            Hops.PRESEVO_BELGRADE,
            Hops.RS_HR,
            Hops.HR_SI),
    /** Greece → North Macedonia → Serbia → over the Drina → Una-Sana → Croatia. */
    DRINA(
            4,
            "GR-THESSALONIKI",
            Hops.GR_MK,
            Hops.MK_TRANSIT,
            Hops.MK_RS,
            Hops.PRESEVO_BELGRADE,
            Hops.RS_BA,
            Hops.BIJELJINA_SARAJEVO,
            Hops.SARAJEVO_UNA_SANA,
            Hops.BA_HR),
    /** Greece → Albania → Montenegro → Bosnia and Herzegovina → Una-Sana → Croatia. */
    COASTAL(
            5.5,
            "GR-THESSALONIKI",
            Hops.GR_AL,
            Hops.TIRANA_SHKODER,
            Hops.AL_ME,
            Hops.ME_BA,
            Hops.TREBINJE_SARAJEVO,
            Hops.SARAJEVO_UNA_SANA,
            Hops.BA_HR),
    /** Greece → Albania → Kosovo → Serbia → Hungary. */
    COASTAL_KOSOVO(
            3.5,
            "GR-THESSALONIKI",
            Hops.GR_AL,
            Hops.TIRANA_KUKES,
            Hops.AL_XK,
            Hops.XK_RS,
            Hops.BELGRADE_NORTH,
            Hops.RS_HU),
    /** Türkiye → Bulgaria → Serbia → Hungary. */
    EASTERN(2, "~ISTANBUL", Hops.TR_BG, Hops.BG_RS, Hops.EAST_BELGRADE, Hops.BELGRADE_NORTH, Hops.RS_HU);

    final double weight;
    final String start;
    final List<Hop> hops;

    Corridor(double weight, String start, Hop... hops) {
        this.weight = weight;
        this.start = start;
        this.hops = List.of(hops);
    }

    /**
     * One stretch of a route: to one of several places, perhaps through one of several crossing points.
     *
     * @param alternatives where the hop may lead; a network prefers one
     * @param interceptions how often incidents on this hop are reported, relative to the others
     */
    record Hop(
            String name,
            List<Alt> alternatives,
            List<TransportMode> modes,
            int priceMin,
            int priceMax,
            double interceptions) {

        boolean crossesBorder() {
            return alternatives.getFirst().via() != null;
        }

        boolean byVehicle() {
            return modes.stream().anyMatch(m -> m != FOOT && m != BOAT && m != TRAIN);
        }
    }

    /** One way through a hop: the place reached and the crossing point used, if any. */
    record Alt(String to, @Nullable String via) {}

    /** The hops, shared by the corridors that run through them. */
    static final class Hops {
        private Hops() {}

        static final Hop GR_MK = hop(
                "GR-MK",
                List.of(FOOT, CAR),
                300,
                600,
                0.7,
                alt("MK-GEVGELIJA", "MK-GR-BOGORODICA"),
                alt("MK-GEVGELIJA", "GR-MK-IDOMENI"));
        static final Hop MK_TRANSIT = hop(
                "MK",
                List.of(VAN, CAR, TAXI, TRUCK),
                200,
                500,
                0.8,
                alt("MK-KUMANOVO", null),
                alt("MK-LOJANE", null),
                alt("MK-VAKSINCE", null));
        static final Hop MK_RS = hop(
                "MK-RS",
                List.of(FOOT),
                200,
                500,
                1.1,
                alt("RS-PRESEVO", "MK-RS-TABANOVCE"),
                alt("RS-MIRATOVAC", "MK-RS-TABANOVCE"));
        static final Hop PRESEVO_BELGRADE =
                hop("RS-south", List.of(BUS, TAXI, CAR, VAN), 100, 400, 0.9, alt("RS-BELGRADE", null));
        static final Hop BELGRADE_NORTH = hop(
                "RS-north",
                List.of(CAR, TAXI, VAN, BUS),
                200,
                500,
                1.4,
                alt("RS-SUBOTICA", null),
                alt("RS-KANJIZA", null),
                alt("RS-SOMBOR", null));
        static final Hop RS_HU = hop(
                "RS-HU",
                List.of(FOOT, CAR, TRUCK),
                500,
                5000,
                1.8,
                alt("HU-BUDAPEST", "RS-HU-KELEBIJA"),
                alt("HU-BUDAPEST", "RS-HU-HORGOS"));
        static final Hop RS_HR = hop(
                "RS-HR",
                List.of(TRUCK, CAR, FOOT, TRAIN),
                1500,
                3000,
                2,
                alt("HR-ZAGREB", "RS-HR-SID"),
                alt("HR-ZAGREB", "RS-HR-BATROVCI"));
        static final Hop HR_SI = hop("HR-SI", List.of(CAR, VAN), 500, 1500, 0.4, alt("SI-LJUBLJANA", null));
        static final Hop RS_BA = hop(
                "RS-BA",
                List.of(BOAT, FOOT, CAR),
                250,
                300,
                2.2,
                alt("BA-BIJELJINA", "RS-BA-ZVORNIK"),
                alt("BA-BIJELJINA", "RS-BA-LJUBOVIJA"),
                alt("BA-BIJELJINA", "RS-BA-SREMSKA-RACA"));
        static final Hop BIJELJINA_SARAJEVO =
                hop("BA-east", List.of(BUS, TAXI, CAR), 50, 200, 1, alt("BA-SARAJEVO", null));
        static final Hop SARAJEVO_UNA_SANA = hop(
                "BA-west",
                List.of(TAXI, BUS, CAR, TRAIN),
                100,
                300,
                1.6,
                alt("BA-BIHAC", null),
                alt("BA-VELIKA-KLADUSA", null),
                alt("BA-CAZIN", null));
        static final Hop BA_HR = hop(
                "BA-HR",
                List.of(FOOT, CAR, TRUCK),
                1500,
                3500,
                2.6,
                alt("HR-ZAGREB", "BA-HR-MALJEVAC"),
                alt("HR-ZAGREB", "BA-HR-IZACIC"));
        static final Hop GR_AL = hop(
                "GR-AL",
                List.of(FOOT, CAR),
                800,
                1200,
                1.4,
                alt("AL-TIRANA", "AL-GR-KAKAVIJE"),
                alt("AL-TIRANA", "AL-GR-KAPSHTICE"));
        static final Hop TIRANA_SHKODER =
                hop("AL-north", List.of(CAR, TAXI, BUS), 100, 300, 1, alt("AL-SHKODER", null));
        static final Hop AL_ME = hop(
                "AL-ME",
                List.of(FOOT, CAR),
                300,
                800,
                2.4,
                alt("ME-TUZI", "AL-ME-HANI-HOTIT"),
                alt("ME-BOZAJ-TRC", "AL-ME-HANI-HOTIT"),
                alt("ME-PODGORICA", "AL-ME-HANI-HOTIT"),
                alt("ME-ULCINJ", "AL-ME-MURIQAN"));
        static final Hop ME_BA = hop("ME-BA", List.of(CAR, FOOT, VAN), 300, 700, 2.2, alt("BA-TREBINJE", "ME-BA-NUDO"));
        static final Hop TREBINJE_SARAJEVO =
                hop("BA-south", List.of(BUS, CAR, TAXI), 50, 200, 0.9, alt("BA-SARAJEVO", null));
        static final Hop TIRANA_KUKES = hop("AL-east", List.of(CAR, BUS, TAXI), 100, 300, 0.8, alt("AL-KUKES", null));
        static final Hop AL_XK =
                hop("AL-XK", List.of(CAR, FOOT, TAXI), 200, 500, 2, alt("XK-PRISTINA", "AL-XK-MORINE"));
        static final Hop XK_RS = hop(
                "XK-RS",
                List.of(CAR, VAN, BUS),
                300,
                800,
                2,
                alt("RS-BELGRADE", "~MERDARE"),
                alt("RS-BELGRADE", "~JARINJE"));
        static final Hop TR_BG = hop("TR-BG", List.of(TRUCK, CAR, FOOT), 1500, 3000, 0, alt("~SOFIA", null));
        static final Hop BG_RS = hop(
                "BG-RS",
                List.of(FOOT, TRUCK, CAR),
                500,
                1500,
                1.8,
                alt("RS-PIROT", "RS-BG-GRADINA"),
                alt("RS-NEGOTIN", null));
        static final Hop EAST_BELGRADE =
                hop("RS-east", List.of(BUS, CAR, TAXI, TRAIN), 100, 300, 1, alt("RS-BELGRADE", null));

        private static Alt alt(String to, @Nullable String via) {
            return new Alt(to, via);
        }

        private static Hop hop(String name, List<TransportMode> modes, int min, int max, double w, Alt... alts) {
            return new Hop(name, List.of(alts), modes, min, max, w);
        }
    }

    /** Places on the routes that the bundled gazetteer does not list, with how each language writes them. */
    enum Unlisted {
        ISTANBUL("~ISTANBUL", "TR", null, "Istanbul", "Istanbul", "Истанбул", "Stamboll", "Istanbul"),
        SOFIA("~SOFIA", "BG", null, "Sofija", "Sofija", "Софија", "Sofje", "Sofia"),
        MERDARE("~MERDARE", "XK", "RS", "Merdare", "Merdare", "Мердаре", "Merdar", "Merdare"),
        JARINJE("~JARINJE", "XK", "RS", "Jarinje", "Jarinje", "Јариње", "Jarinjë", "Jarinje");

        final String key;
        final String country;
        final @Nullable String otherCountry;
        final String serbian;
        final String bosnian;
        final String macedonian;
        final String albanian;
        final String english;

        Unlisted(
                String key,
                String country,
                @Nullable String otherCountry,
                String serbian,
                String bosnian,
                String macedonian,
                String albanian,
                String english) {
            this.key = key;
            this.country = country;
            this.otherCountry = otherCountry;
            this.serbian = serbian;
            this.bosnian = bosnian;
            this.macedonian = macedonian;
            this.albanian = albanian;
            this.english = english;
        }

        static @Nullable Unlisted of(String key) {
            for (Unlisted u : values()) {
                if (u.key.equals(key)) return u;
            }
            return null;
        }

        /** Every spelling of every unlisted place, for tests that tell deliberate gaps from mistakes. */
        static List<String> spellings() {
            return java.util.Arrays.stream(values())
                    .flatMap(u -> java.util.stream.Stream.of(
                            u.serbian,
                            Spelling.serbianCyrillic(u.serbian),
                            u.bosnian,
                            u.macedonian,
                            u.albanian,
                            u.english))
                    .toList();
        }
    }
}
