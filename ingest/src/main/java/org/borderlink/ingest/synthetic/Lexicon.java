package org.borderlink.ingest.synthetic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words the reports use, by language: country names and nationality words (only spellings the country
 * normaliser accepts — a test checks every one), country names in the genitive for narratives, month names,
 * colours, concealment methods and the words for an unknown person.
 */
final class Lexicon {

    private Lexicon() {}

    private record Country(
            List<String> serbian,
            List<String> ijekavian,
            List<String> macedonian,
            List<String> albanian,
            List<String> english,
            String serbianGenitive,
            String ijekavianGenitive,
            String albanianGenitive) {}

    /** iso | sr words | bs/me/hr words | mk words | sq words | en words | sr genitive | bs genitive | sq genitive. */
    private static final String COUNTRIES = """
            AF|Avganistan,Avganistanac|Afganistan,Afganistanac|Авганистан|Afganistan,Afganistani|Afghanistan,Afghan|Avganistana|Afganistana|Afganistanit
            PK|Pakistan,Pakistanac|Pakistan,Pakistanac|Пакистан|Pakistan,Pakistani|Pakistan,Pakistani|Pakistana|Pakistana|Pakistanit
            SY|Sirija,Sirijac|Sirija,Sirijac|Сирија|Siria,Siri|Syria,Syrian|Sirije|Sirije|Sirisë
            IQ|Irak,Iračanin|Irak,Iračanin|Ирак|Irak,Iraku|Iraq,Iraqi|Iraka|Iraka|Irakut
            IR|Iran,Iranac|Iran,Iranac|Иран|Iran,Irani|Iran,Iranian|Irana|Irana|Iranit
            BD|Bangladeš|Bangladeš|Бангладеш|Bangladesh|Bangladesh,Bangladeshi|Bangladeša|Bangladeša|Bangladeshit
            MA|Maroko,Marokanac|Maroko,Marokanac|Мароко|Maroku,Marok|Morocco,Moroccan|Maroka|Maroka|Marokut
            TR|Turska|Turska|Турција|Turqia,Turqi|Turkey,Türkiye,Turkish|Turske|Turske|Turqisë
            SO|Somalija|Somalija|Сомалија|Somalia|Somalia,Somali|Somalije|Somalije|Somalisë
            PS|Palestina,Palestinac|Palestina|Палестина|Palestina,Palestinë|Palestine,Palestinian|Palestine|Palestine|Palestinës
            LY|Libija|Libija|Либија|Libia,Libi|Libya,Libyan|Libije|Libije|Libisë
            EG|Egipat,Egipćanin|Egipat|Египет|Egjipti,Egjipt|Egypt,Egyptian|Egipta|Egipta|Egjiptit
            IN|Indija|Indija|Индија|India,Indi|India,Indian|Indije|Indije|Indisë
            NP|Nepal|Nepal|Непал|Nepal|Nepal,Nepalese|Nepala|Nepala|Nepalit
            TN|Tunis|Tunis|Тунис|Tunizia,Tunizi|Tunisia,Tunisian|Tunisa|Tunisa|Tunizisë
            DZ|Alžir,Alžirac|Alžir|Алжир|Algjeria,Algjeri|Algeria,Algerian|Alžira|Alžira|Algjerisë
            RS|Srbija|Srbija|Србија|Serbia,Serbi|Serbia,Serbian|Srbije|Srbije|Serbisë
            BA|Bosna i Hercegovina,BiH|Bosna i Hercegovina,BiH|Босна и Херцеговина|Bosnja dhe Hercegovina,Bosnjë dhe Hercegovinë|Bosnia and Herzegovina,Bosnian|Bosne i Hercegovine|Bosne i Hercegovine|Bosnjë dhe Hercegovinës
            ME|Crna Gora|Crna Gora|Црна Гора|Mali i Zi|Montenegro,Montenegrin|Crne Gore|Crne Gore|Malit të Zi
            MK|Severna Makedonija|Sjeverna Makedonija|Северна Македонија|Maqedonia e Veriut|North Macedonia|Severne Makedonije|Sjeverne Makedonije|Maqedonisë së Veriut
            AL|Albanija|Albanija|Албанија|Shqipëria,Shqipëri|Albania,Albanian|Albanije|Albanije|Shqipërisë
            XK|Kosovo|Kosovo|Косово|Kosova,Kosovë|Kosovo|Kosova|Kosova|Kosovës
            HR|Hrvatska|Hrvatska|Хрватска|Kroacia,Kroaci|Croatia,Croatian|Hrvatske|Hrvatske|Kroacisë
            HU|Mađarska|Mađarska|Унгарија|Hungaria,Hungari|Hungary,Hungarian|Mađarske|Mađarske|Hungarisë
            GR|Grčka|Grčka|Грција|Greqia,Greqi|Greece,Greek|Grčke|Grčke|Greqisë
            BG|Bugarska|Bugarska|Бугарија|Bullgaria,Bullgari|Bulgaria,Bulgarian|Bugarske|Bugarske|Bullgarisë
            AT|Austrija|Austrija|Австрија|Austria|Austria,Austrian|Austrije|Austrije|Austrisë
            DE|Nemačka|Njemačka|Германија|Gjermania,Gjermani|Germany,German|Nemačke|Njemačke|Gjermanisë
            IT|Italija|Italija|Италија|Italia,Itali|Italy,Italian|Italije|Italije|Italisë
            RO|Rumunija|Rumunija|Романија|Rumania,Rumani|Romania,Romanian|Rumunije|Rumunije|Rumanisë
            SI|Slovenija|Slovenija|Словенија|Sllovenia,Slloveni|Slovenia,Slovenian|Slovenije|Slovenije|Sllovenisë
            FR|Francuska|Francuska|Франција|Franca,Francë|France|Francuske|Francuske|Francës
            SE|Švedska|Švedska|Шведска|Suedia,Suedi|Sweden|Švedske|Švedske|Suedisë
            ES|Španija|Španjolska|Шпанија|Spanja,Spanjë|Spain|Španije|Španjolske|Spanjës
            BE|Belgija|Belgija|Белгија|Belgjika,Belgjikë|Belgium|Belgije|Belgije|Belgjikës
            """;

    private static final Map<String, Country> BY_ISO = new HashMap<>();

    static {
        for (String line : COUNTRIES.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            BY_ISO.put(
                    f[0],
                    new Country(
                            List.of(f[1].split(",")),
                            List.of(f[2].split(",")),
                            List.of(f[3].split(",")),
                            List.of(f[4].split(",")),
                            List.of(f[5].split(",")),
                            f[6],
                            f[7],
                            f[8]));
        }
    }

    /** The ISO codes the lexicon has words for. */
    static Set<String> countries() {
        return BY_ISO.keySet();
    }

    /** Every country word the lexicon can write for {@code iso}, in any writing (for tests). */
    static List<String> allWords(String iso) {
        Country c = country(iso);
        List<String> words = new java.util.ArrayList<>();
        words.addAll(c.serbian);
        c.serbian.forEach(w -> words.add(Spelling.serbianCyrillic(w)));
        words.addAll(c.ijekavian);
        words.addAll(c.macedonian);
        words.addAll(c.albanian);
        words.addAll(c.english);
        return words;
    }

    private static Country country(String iso) {
        Country c = BY_ISO.get(iso);
        if (c == null) throw new IllegalArgumentException("no words for country " + iso);
        return c;
    }

    /**
     * How a report in {@code writing} names country {@code iso}: mostly a word in its language (country or
     * nationality), sometimes the ISO code.
     */
    static String countryWord(String iso, Writing writing, Rng rng) {
        double roll = rng.nextDouble();
        if (roll < 0.12) return iso;
        if (roll < 0.16) return iso3(iso);
        Country c = country(iso);
        return switch (writing) {
            case SR_CYRL -> Spelling.serbianCyrillic(rng.pick(c.serbian));
            case SR_LATN -> rng.pick(c.serbian);
            case BS, ME, HR -> rng.pick(c.ijekavian);
            case MK -> rng.pick(c.macedonian);
            case SQ -> rng.pick(c.albanian);
            case EN -> rng.pick(c.english);
        };
    }

    /**
     * How a report in {@code writing} names country {@code iso} where a country is meant (a report's country,
     * an issuer, a registration): its name in the report's language, sometimes the ISO code, never a
     * nationality word.
     */
    static String countryName(String iso, Writing writing, Rng rng) {
        double roll = rng.nextDouble();
        if (roll < 0.12) return iso;
        if (roll < 0.16) return iso3(iso);
        Country c = country(iso);
        return switch (writing) {
            case SR_CYRL -> Spelling.serbianCyrillic(name(c.serbian, iso, rng));
            case SR_LATN -> name(c.serbian, iso, rng);
            case BS, ME, HR -> name(c.ijekavian, iso, rng);
            case MK -> c.macedonian.getFirst();
            case SQ -> rng.pick(c.albanian);
            case EN -> c.english.getFirst();
        };
    }

    /** The first word is the country's name; Bosnia and Herzegovina is also BiH. */
    private static String name(List<String> words, String iso, Rng rng) {
        return iso.equals("BA") && rng.chance(0.3) ? words.get(1) : words.getFirst();
    }

    /** The ISO alpha-3 code ({@code XKX} for Kosovo), as passports and some forms write it. */
    static String iso3(String iso) {
        if (iso.equals("XK")) return "XKX";
        return java.util.Locale.of("", iso).getISO3Country();
    }

    /** The country in the form a narrative needs after "nationals of". */
    static String ofCountry(String iso, Writing writing) {
        Country c = country(iso);
        return switch (writing) {
            case SR_CYRL -> Spelling.serbianCyrillic(c.serbianGenitive);
            case SR_LATN -> c.serbianGenitive;
            case BS, ME, HR -> c.ijekavianGenitive;
            case MK -> c.macedonian.getFirst();
            case SQ -> c.albanianGenitive;
            case EN -> c.english.getFirst();
        };
    }

    private static final String[][] MONTHS = {
        {
            "januara",
            "februara",
            "marta",
            "aprila",
            "maja",
            "juna",
            "jula",
            "avgusta",
            "septembra",
            "oktobra",
            "novembra",
            "decembra"
        },
        {
            "januara",
            "februara",
            "marta",
            "aprila",
            "maja",
            "juna",
            "jula",
            "augusta",
            "septembra",
            "oktobra",
            "novembra",
            "decembra"
        },
        {
            "siječnja",
            "veljače",
            "ožujka",
            "travnja",
            "svibnja",
            "lipnja",
            "srpnja",
            "kolovoza",
            "rujna",
            "listopada",
            "studenoga",
            "prosinca"
        },
        {
            "јануари",
            "февруари",
            "март",
            "април",
            "мај",
            "јуни",
            "јули",
            "август",
            "септември",
            "октомври",
            "ноември",
            "декември"
        },
        {
            "janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
            "dhjetor"
        },
        {
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December"
        }
    };

    /** "marta 2024." / "mars 2024": a month and year as a narrative writes it. */
    static String month(java.time.LocalDate date, Writing writing) {
        String name = MONTHS[writing.family().ordinal()][date.getMonthValue() - 1];
        String text = switch (writing.family()) {
            case SERBIAN, IJEKAVIAN, CROATIAN -> name + " " + date.getYear() + ".";
            default -> name + " " + date.getYear();
        };
        return writing.script(text);
    }

    private static final String[][] COLOURS = {
        {"bela", "crna", "srebrna", "siva", "plava", "crvena"},
        {"bijela", "crna", "srebrena", "siva", "plava", "crvena"},
        {"bijela", "crna", "srebrna", "siva", "plava", "crvena"},
        {"бела", "црна", "сребрена", "сива", "сина", "црвена"},
        {"e bardhë", "e zezë", "argjendi", "gri", "blu", "e kuqe"},
        {"white", "black", "silver", "grey", "blue", "red"}
    };

    static int colourCount() {
        return COLOURS[0].length;
    }

    static String colour(int colour, Writing writing) {
        return writing.script(COLOURS[writing.family().ordinal()][colour]);
    }

    private static final String[][] CONCEALMENT = {
        {"skriveni prostor iza zadnjih sedišta", "prtljažnik", "tovarni prostor ispod robe", "prepravljeni rezervoar"},
        {"skriveni prostor iza zadnjih sjedišta", "prtljažnik", "teretni prostor ispod robe", "preuređeni rezervoar"},
        {"skriveni prostor iza stražnjih sjedala", "prtljažnik", "teretni prostor ispod robe", "preinačeni spremnik"},
        {"скриен простор зад задните седишта", "багажник", "товарен простор под стоката", "преправен резервоар"},
        {
            "ndarje e fshehur pas ndenjëseve të pasme",
            "bagazhi",
            "hapësira e ngarkesës nën mallra",
            "depozitë e modifikuar"
        },
        {"hidden compartment behind the rear seats", "boot", "cargo area under goods", "modified fuel tank"}
    };

    static int concealmentCount() {
        return CONCEALMENT[0].length;
    }

    static String concealment(int kind, Writing writing) {
        return writing.script(CONCEALMENT[writing.family().ordinal()][kind]);
    }

    private static final String[] UNKNOWN_PERSON = {
        "NN lice", "NN osoba", "nepoznata osoba", "НН лице", "person i panjohur", "an unknown person"
    };

    /** "NN lice": how a narrative names a person whose name is not known. */
    static String unknownPerson(Writing writing) {
        return writing.script(UNKNOWN_PERSON[writing.family().ordinal()]);
    }
}
