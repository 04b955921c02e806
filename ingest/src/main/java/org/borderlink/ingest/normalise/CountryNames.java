package org.borderlink.ingest.normalise;

import java.util.Map;

/**
 * Hand-checked country names and nationality words, written as they appear in regional case records. They
 * are folded when loaded ({@link Scripts#fold}), so one spelling per script and diacritics is enough:
 * {@code Србија} also covers {@code SRBIJA} and {@code srbija}.
 *
 * <p>Left out on purpose: the Slavic and Albanian words for peoples who live on both sides of the region's
 * borders (Srbin, Hrvat, Albanac, Mađar, Bošnjak, Crnogorac, Makedonac, shqiptar): in regional records they
 * name an ethnicity, not a citizenship. The English nationality adjectives (Serbian, Albanian, …) are kept,
 * because that is what a nationality field in English holds. Greek {@code Μακεδονία} (the Greek region) is
 * not North Macedonia and is left out too.
 */
final class CountryNames {

    private CountryNames() {}

    /** Country code → names separated by {@code |}: English, Serbian/Bosnian/Croatian/Montenegrin, Macedonian,
     * Albanian (indefinite and definite), German, Greek, Turkish, demonyms. */
    static final Map<String, String> NAMES = Map.ofEntries(
            // Western Balkans six
            Map.entry(
                    "RS",
                    "Serbia|Serbian|Republic of Serbia|Srbija|Србија|Republika Srbija|Република Србија|Serbi"
                            + "|Serbia|Republika e Serbisë|Serbien|Σερβία|Sırbistan"),
            Map.entry(
                    "XK",
                    "Kosovo|Kosovar|Kosovan|Republic of Kosovo|Kosova|Kosovë|Republika e Kosovës|Косово"
                            + "|Kosovo i Metohija|Косово и Метохија|KiM|Kosovo*|Κόσοβο|Κοσσυφοπέδιο"),
            Map.entry(
                    "AL",
                    "Albania|Albanian|Republic of Albania|Albanija|Албанија|Republika Albanija|Shqipëri|Shqipëria"
                            + "|Republika e Shqipërisë|Albanien|Αλβανία|Arnavutluk"),
            Map.entry(
                    "MK",
                    "North Macedonia|North Macedonian|Macedonia|Macedonian|Republic of North Macedonia|FYROM"
                            + "|Former Yugoslav Republic of Macedonia|Severna Makedonija|Sjeverna Makedonija"
                            + "|Северна Македонија|Република Северна Македонија|Makedonija|Македонија"
                            + "|Maqedonia e Veriut|Maqedoni e Veriut|Maqedonia|Maqedoni|Republika e Maqedonisë së Veriut"
                            + "|Nordmazedonien|Mazedonien|Βόρεια Μακεδονία|Kuzey Makedonya"),
            Map.entry(
                    "ME",
                    "Montenegro|Montenegrin|Crna Gora|Црна Гора|Republika Crna Gora|Mali i Zi|Mal i Zi"
                            + "|Μαυροβούνιο|Karadağ"),
            Map.entry(
                    "BA",
                    "Bosnia and Herzegovina|Bosnia & Herzegovina|Bosnia-Herzegovina|Bosnia|Bosnian"
                            + "|Bosna i Hercegovina|Босна и Херцеговина|Bosna i Hercegovina|Bosna|Босна|B i H|B&H|БиХ"
                            + "|Bosnja dhe Hercegovina|Bosnjë dhe Hercegovinë|Bosnjë-Hercegovinë|Bosnje e Hercegovine"
                            + "|Bosnien und Herzegowina|Bosnien-Herzegowina|Βοσνία-Ερζεγοβίνη"
                            + "|Βοσνία και Ερζεγοβίνη|Bosna-Hersek"),
            // Neighbours and the countries on the routes
            Map.entry(
                    "GR",
                    "Greece|Greek|Hellenic Republic|Hellas|Grčka|Грчка|Грција|Greqi|Greqia|Griechenland"
                            + "|Ελλάδα|Ελλάς|Ελληνική Δημοκρατία|Yunanistan"),
            Map.entry(
                    "HR",
                    "Croatia|Croatian|Republic of Croatia|Hrvatska|Хрватска|Republika Hrvatska|Kroaci|Kroacia"
                            + "|Kroatien|Κροατία|Hırvatistan"),
            Map.entry(
                    "HU",
                    "Hungary|Hungarian|Mađarska|Madarska|Мађарска|Унгарија|Hungari|Hungaria|Ungarn|Magyarország"
                            + "|Ουγγαρία|Macaristan"),
            Map.entry(
                    "BG",
                    "Bulgaria|Bulgarian|Bugarska|Бугарска|Бугарија|Bullgari|Bullgaria|Bulgarien|България"
                            + "|Βουλγαρία|Bulgaristan"),
            Map.entry(
                    "RO",
                    "Romania|Romanian|Rumunija|Румунија|Rumunjska|Романија|Rumani|Rumania|Rumänien|România"
                            + "|Ρουμανία|Romanya"),
            Map.entry(
                    "SI",
                    "Slovenia|Slovenian|Slovene|Slovenija|Словенија|Slloveni|Sllovenia|Slowenien|Σλοβενία"
                            + "|Slovenya"),
            Map.entry(
                    "AT",
                    "Austria|Austrian|Austrija|Аустрија|Австрија|Austri|Österreich|Oesterreich|Αυστρία|Avusturya"),
            Map.entry(
                    "DE",
                    "Germany|German|Njemačka|Nemačka|Немачка|Германија|Gjermani|Gjermania|Deutschland"
                            + "|Bundesrepublik Deutschland|Γερμανία|Almanya"),
            Map.entry("IT", "Italy|Italian|Italija|Италија|Itali|Italia|Italien|Ιταλία|İtalya"),
            Map.entry(
                    "TR",
                    "Turkey|Türkiye|Turkish|Republic of Türkiye|Turska|Турска|Турција|Turqi|Turqia|Türkei"
                            + "|Τουρκία"),
            // Nationalities most often reported among smuggled migrants
            Map.entry(
                    "AF",
                    "Afghanistan|Afghan|Afghani|Islamic Republic of Afghanistan|Avganistan|Авганистан"
                            + "|Afganistan|Avganistanac|Авганистанац|Afganistanac|Avganistanka|Afganistani"
                            + "|Αφγανιστάν|Afghane"),
            Map.entry("PK", "Pakistan|Pakistani|Пакистан|Pakistanac|Пакистанац|Pakistanka|Πακιστάν|Pakistaner"),
            Map.entry(
                    "SY",
                    "Syria|Syrian|Syrian Arab Republic|Sirija|Сирија|Sirijac|Сиријац|Sirijka|Siri|Siria|Syrien"
                            + "|Syrer|Συρία|Suriye"),
            Map.entry("IQ", "Iraq|Iraqi|Irak|Ирак|Iračanin|Ирачанин|Iraku|Iraker|Ιράκ"),
            Map.entry("IR", "Iran|Iranian|Islamic Republic of Iran|Иран|Iranac|Иранац|Irani|Ιράν"),
            Map.entry("BD", "Bangladesh|Bangladeshi|Bangladeš|Бангладеш|Bangladesch|Μπανγκλαντές|Bangladeş"),
            Map.entry(
                    "MA",
                    "Morocco|Moroccan|Kingdom of Morocco|Maroko|Мароко|Marokanac|Мароканац|Marok|Maroku|Marokko"
                            + "|Marokkaner|Μαρόκο|Fas"),
            Map.entry("SO", "Somalia|Somali|Somalian|Somalija|Сомалија|Somalia|Σομαλία"),
            Map.entry(
                    "PS",
                    "Palestine|State of Palestine|Palestinian|Palestinian Territories|Palestina|Палестина"
                            + "|Palestinac|Палестинац|Palestinë|Palästina|Παλαιστίνη|Filistin"),
            Map.entry("LY", "Libya|Libyan|Libija|Либија|Libi|Libia|Libyen|Λιβύη"),
            Map.entry(
                    "EG",
                    "Egypt|Egyptian|Egipat|Египат|Египет|Egipćanin|Египћанин|Egjipt|Egjipti|Ägypten|Αίγυπτος"
                            + "|Mısır"),
            Map.entry("IN", "India|Indian|Indija|Индија|Indijac|Indi|Indien|Ινδία|Hindistan"),
            Map.entry("NP", "Nepal|Nepali|Nepalese|Непал|Νεπάλ"),
            Map.entry("TN", "Tunisia|Tunisian|Tunis|Тунис|Tunizi|Tunizia|Tunesien|Τυνησία|Tunus"),
            Map.entry("DZ", "Algeria|Algerian|Alžir|Алжир|Alžirac|Алжирац|Algjeri|Algjeria|Algerien|Αλγερία|Cezayir"));

    /**
     * Codes ISO does not assign but case records use: Kosovo's {@code XKX} (EU, Europol) and {@code RKS}
     * (Kosovo's own documents), and the EU's {@code EL} for Greece and {@code UK} for the United Kingdom.
     */
    static final Map<String, String> EXTRA_CODES = Map.of("XKX", "XK", "RKS", "XK", "EL", "GR", "UK", "GB");
}
