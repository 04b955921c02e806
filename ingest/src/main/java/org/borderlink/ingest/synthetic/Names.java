package org.borderlink.ingest.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Name pools by origin, each name with the spellings the region's records give it. A foreign name lists its
 * English transcriptions (the first is the usual one; Arabic names carry their Mohammed/Muhammad/Mohamed,
 * Hussein/Hossein, al-/el- variants), the Serbian phonetic spellings and the Albanian ones; a Slavic or
 * Albanian name is written once and converted by {@link Spelling}.
 */
final class Names {

    private Names() {}

    /** How a name part is written at home. */
    enum Origin {
        /** Serbian Latin (Macedonian names with ǵ, ḱ, ʒ): converted to Cyrillic, Albanian, passport style. */
        SLAVIC,
        /** Albanian orthography: converted to Serbian Latin and from there to Cyrillic. */
        ALBANIAN,
        /** A transcription from Arabic, Persian, Pashto, Urdu, Bengali, Turkish or Somali. */
        FOREIGN
    }

    /**
     * One given name or surname and its spellings.
     *
     * @param en English (and original) transcriptions, the usual one first; for Slavic and Albanian names the
     *     name itself
     * @param sr Serbian phonetic spellings in Latin script (Cyrillic is made from them)
     * @param sq Albanian spellings
     */
    record Part(Origin origin, List<String> en, List<String> sr, List<String> sq) {

        String canonical() {
            return en.getFirst();
        }

        static Part slavic(String name) {
            return new Part(
                    Origin.SLAVIC,
                    List.of(name),
                    List.of(Spelling.serbianLatin(name)),
                    List.of(Spelling.albanianFromSlavic(name)));
        }

        static Part albanian(String name) {
            return new Part(Origin.ALBANIAN, List.of(name), List.of(Spelling.serbianFromAlbanian(name)), List.of(name));
        }

        /** {@code en1|en2;sr1|sr2;sq1|sq2}; a missing section repeats the English one. */
        static Part foreign(String spec) {
            String[] sections = spec.split(";", -1);
            List<String> en = List.of(sections[0].strip().split("\\|"));
            List<String> sr = sections.length > 1 && !sections[1].isBlank()
                    ? List.of(sections[1].strip().split("\\|"))
                    : en;
            List<String> sq = sections.length > 2 && !sections[2].isBlank()
                    ? List.of(sections[2].strip().split("\\|"))
                    : en;
            return new Part(Origin.FOREIGN, en, sr, sq);
        }
    }

    /**
     * The names of one group of people.
     *
     * @param noSurname share of people known by one name only (many Afghans)
     * @param patronymic share of people who also give their father's name with {@code bin}/{@code ibn}
     */
    record Pool(List<Part> male, List<Part> female, List<Part> surnames, double noSurname, double patronymic) {}

    private static List<Part> slavic(String names) {
        return split(names).stream().map(Part::slavic).toList();
    }

    private static List<Part> albanian(String names) {
        return split(names).stream().map(Part::albanian).toList();
    }

    private static List<Part> foreign(String lines) {
        List<Part> parts = new ArrayList<>();
        for (String line : lines.strip().split("\n")) {
            if (!line.isBlank()) parts.add(Part.foreign(line.strip()));
        }
        return List.copyOf(parts);
    }

    private static List<String> split(String names) {
        return List.of(names.strip().split("\\s*,\\s*"));
    }

    private static final List<Part> ARAB_MALE = foreign("""
            Mohammed|Muhammad|Mohamed|Mohammad|Mohamad;Muhamed|Mohamed|Muhamad;Muhamet|Mohamed|Mehmet
            Ahmad|Ahmed;Ahmed|Ahmad;Ahmet|Ahmed
            Ali;Ali;Ali
            Hussein|Hussain|Husain|Hossein;Husein|Husejn;Husein|Hysen
            Hassan|Hasan;Hasan;Hasan
            Yusuf|Yousef|Youssef|Yousaf;Jusuf|Jusef;Jusuf
            Omar;Omer|Omar;Omer|Omar
            Abdullah|Abdallah|Abdulla;Abdulah|Abdula;Abdullah|Abdulla
            Khalid|Khaled;Halid|Kalid;Halid|Kalid
            Mustafa|Mostafa;Mustafa;Mustafa
            Ibrahim|Ebrahim;Ibrahim;Ibrahim
            Ismail|Esmail;Ismail;Ismail
            Karim|Kareem;Karim;Karim
            Bilal;Bilal;Bilal
            Tariq|Tarek;Tarik;Tarik
            Samir|Sameer;Samir;Samir
            Walid|Waleed;Valid;Valid
            Ayoub|Ayub;Ajub;Ajub
            Hamza;Hamza;Hamza
            Jamal;Džamal;Xhamal
            Rashid|Rachid|Rasheed;Rašid;Rashid
            Mahmoud|Mahmud;Mahmud;Mahmud
            Anas;Anas;Anas
            Zakaria|Zakariya;Zakarija;Zakaria
            """);
    private static final List<Part> ARAB_FEMALE = foreign("""
            Fatima|Fatma;Fatima;Fatime|Fatima
            Zainab|Zeinab|Zaynab;Zejneb|Zajnab;Zejnep|Zejnab
            Maryam|Mariam;Marijam|Merjem;Marjam
            Aisha|Aysha|Ayesha;Aiša|Ajša;Aishe|Ajsha
            Amina|Ameena;Amina;Amina
            Leila|Layla|Laila;Lejla;Lejla
            Samira;Samira;Samira
            Khadija|Khadijah;Hadidža;Hatixhe|Hadixha
            Yasmin|Yasmine;Jasmin|Jasmina;Jasmin
            Nadia;Nadija;Nadia
            """);
    private static final List<Part> ARAB_SURNAMES = foreign("""
            al-Hassan|Al-Hassan|Al Hassan|Hassan;el-Hasan|al-Hasan|Hasan;el-Hasan|Hasan
            al-Khatib|Al Khatib|Khatib;el-Hatib|Hatib;el-Hatib|Hatib
            Haddad|Hadad;Hadad;Hadad
            Darwish|Darweesh;Darviš;Darvish
            al-Jaburi|Al-Jubouri|Jaburi;el-Džaburi|Džaburi;Xhaburi
            al-Obeidi|Obeidi;el-Obeidi|Obeidi;Obejdi
            Saleh|Salih;Saleh|Salih;Saleh
            Mansour|Mansur;Mansur;Mansur
            Abbas;Abas;Abas
            Nasser|Naser;Naser;Naser
            Hamdan;Hamdan;Hamdan
            Yassin|Yasin|Yaseen;Jasin;Jasin
            Othman|Osman;Osman;Osman
            al-Zoubi|Zoubi|Al Zubi;el-Zubi|Zubi;Zubi
            al-Masri|Masri;el-Masri|Masri;Masri
            al-Tamimi|Tamimi;el-Tamimi|Tamimi;Tamimi
            Khalil;Halil;Halil
            """);

    private static final List<Part> AFGHAN_MALE = foreign("""
            Jawad|Javad|Jawwad;Džavad;Xhavad
            Mohammad|Mohammed|Muhammad;Muhamed|Mohamed;Muhamet|Mohamed
            Ahmad|Ahmed;Ahmed|Ahmad;Ahmet|Ahmad
            Zabihullah|Zabiullah;Zabihulah;Zabihullah
            Rahmatullah;Rahmatulah;Rahmatullah
            Noor|Nur;Nur;Nur
            Sohrab;Sohrab;Sohrab
            Shafiq|Shafeeq;Šafik;Shafik
            Farid|Fareed;Farid;Farid
            Nasir|Naser;Nasir;Nasir
            Wahid|Waheed;Vahid;Vahid
            Mirwais;Mirvais;Mirvais
            Hamid;Hamid;Hamid
            Ali;Ali;Ali
            Hussain|Hossein|Hussein;Husein|Hosein;Hysen|Husein
            Karim;Karim;Karim
            Rahim;Rahim;Rahim
            Bilal;Bilal;Bilal
            Gul Ahmad;Gul Ahmed;Gul Ahmat
            Jalal;Džalal;Xhalal
            Mustafa;Mustafa;Mustafa
            Abdul Rahman|Abdulrahman;Abdul Rahman|Abdurahman;Abdurrahman
            """);
    private static final List<Part> AFGHAN_FEMALE = foreign("""
            Fatima|Fatema;Fatima;Fatime
            Maryam|Mariam;Marijam;Marjam
            Zainab|Zeinab;Zejneb;Zejnep
            Shirin|Sherin;Širin;Shirin
            Parisa;Pariza;Parisa
            Nargis;Nargis;Nargis
            Habiba;Habiba;Habibe
            """);
    private static final List<Part> AFGHAN_SURNAMES = foreign("""
            Hussaini|Hosseini|Husaini;Huseini|Hoseini;Husejni|Hoseini
            Ahmadi;Ahmadi;Ahmadi
            Rahimi;Rahimi;Rahimi
            Karimi;Karimi;Karimi
            Mohammadi|Muhammadi;Mohamadi|Muhamedi;Mohamadi
            Hashimi|Hashemi;Hašimi;Hashimi
            Haidari|Haydari|Heydari;Hajdari;Hajdari
            Sultani;Sultani;Sultani
            Noori|Nuri;Nuri;Nuri
            Popal;Popal;Popal
            Stanikzai;Stanikzaj;Stanikzai
            Safi;Safi;Safi
            Amiri;Amiri;Amiri
            Azizi;Azizi;Azizi
            Jalali;Džalali;Xhalali
            Wardak;Vardak;Vardak
            """);

    private static final List<Part> PAKISTANI_MALE = foreign("""
            Muhammad|Mohammad|Mohammed;Muhamed|Muhamad;Muhamet|Muhamed
            Imran;Imran;Imran
            Usman|Osman;Usman|Osman;Usman
            Asif;Asif;Asif
            Waqas;Vakas;Vakas
            Sohail|Suhail;Sohail;Sohail
            Zeeshan|Zishan;Zišan;Zishan
            Faisal|Faysal;Fejsal|Faisal;Fejsal
            Bilal;Bilal;Bilal
            Ali;Ali;Ali
            Kamran;Kamran;Kamran
            Shahid;Šahid;Shahid
            Adnan;Adnan;Adnan
            Tariq;Tarik;Tarik
            """);
    private static final List<Part> PAKISTANI_FEMALE = foreign("""
            Ayesha|Aisha;Ajša|Aiša;Ajshe
            Sana;Sana;Sana
            Rabia;Rabija;Rabia
            Nazia;Nazija;Nazia
            """);
    private static final List<Part> PAKISTANI_SURNAMES = foreign("""
            Khan;Kan|Han;Khan|Kan
            Ahmed;Ahmed;Ahmed
            Hussain|Hussein;Husein;Husein
            Iqbal;Ikbal;Ikbal
            Butt;But;But
            Chaudhry|Chaudhary;Čaudri;Çaudri
            Qureshi;Kureši;Kureshi
            Malik;Malik;Malik
            Shah;Šah;Shah
            Raza;Raza;Raza
            Javed;Džaved;Xhaved
            Aslam;Aslam;Aslam
            Mirza;Mirza;Mirza
            """);

    private static final List<Part> IRANIAN_MALE = foreign("""
            Reza;Reza;Reza
            Mehdi|Mahdi;Mehdi;Mehdi
            Amir;Amir;Amir
            Saeed|Said;Said;Said
            Hossein|Hussein;Hosein;Hysen|Hosein
            Alireza;Alireza;Alireza
            Mohammad|Mohammed;Mohamed|Muhamed;Mohamed
            Behrouz|Behruz;Behruz;Behruz
            Dariush|Daryoush;Darijuš;Dariush
            """);
    private static final List<Part> IRANIAN_FEMALE = foreign("""
            Maryam;Marijam;Marjam
            Shirin;Širin;Shirin
            Parisa;Pariza;Parisa
            Zahra;Zahra;Zahra
            Leila;Lejla;Lejla
            """);
    private static final List<Part> IRANIAN_SURNAMES = foreign("""
            Hosseini|Hoseini;Hoseini;Hoseini
            Rezaei|Rezai;Rezai;Rezai
            Ahmadi;Ahmadi;Ahmadi
            Mohammadi;Mohamadi;Mohamadi
            Moradi;Moradi;Moradi
            Jafari|Jafary;Džafari;Xhafari
            Rahmani;Rahmani;Rahmani
            Sadeghi|Sadeqi;Sadegi;Sadegi
            Ghorbani|Qorbani;Gorbani;Gorbani
            Karimi;Karimi;Karimi
            """);

    private static final List<Part> BANGLADESHI_MALE = foreign("""
            Mohammad|Md.|Muhammad;Mohamed|Muhamed;Mohamed
            Rahim;Rahim;Rahim
            Shahidul;Šahidul;Shahidul
            Rakib;Rakib;Rakib
            Sumon;Sumon;Sumon
            Rafiqul;Rafikul;Rafikul
            Jahangir;Džahangir;Xhahangir
            Nazrul;Nazrul;Nazrul
            """);
    private static final List<Part> BANGLADESHI_FEMALE = foreign("""
            Nasrin;Nasrin;Nasrin
            Shirin;Širin;Shirin
            Fatema|Fatima;Fatima;Fatime
            """);
    private static final List<Part> BANGLADESHI_SURNAMES = foreign("""
            Rahman;Rahman;Rahman
            Islam;Islam;Islam
            Hossain|Hossen|Hussain;Hosein|Husein;Hosein
            Uddin;Udin;Udin
            Miah|Mia;Mija;Mia
            Ahmed;Ahmed;Ahmed
            Sarker|Sarkar;Sarker;Sarker
            Chowdhury;Čaudri;Çoudhuri
            """);

    private static final List<Part> MAGHREB_MALE = foreign("""
            Youssef|Yousef|Yusuf;Jusef|Jusuf;Jusuf
            Mohamed|Mohammed;Mohamed|Muhamed;Mohamed
            Hamza;Hamza;Hamza
            Anas;Anas;Anas
            Ayoub;Ajub;Ajub
            Soufiane|Sufyan;Sufijan;Sufjan
            Mehdi;Mehdi;Mehdi
            Zakaria;Zakarija;Zakaria
            Rachid|Rashid;Rašid;Rashid
            Amine;Amin;Amin
            Karim;Karim;Karim
            Walid;Valid;Valid
            """);
    private static final List<Part> MAGHREB_FEMALE = foreign("""
            Fatima|Fatiha;Fatima;Fatime
            Khadija;Hadidža;Hadixhe
            Salma;Salma;Salma
            Imane;Iman;Iman
            """);
    private static final List<Part> MAGHREB_SURNAMES = foreign("""
            Benali|Ben Ali;Benali|Ben Ali;Benali
            El Amrani|Amrani;El Amrani|Amrani;El Amrani
            Bouzid;Buzid;Buzid
            Alaoui;Alaui;Alaui
            El Idrissi|Idrissi;Idrisi;Idrisi
            Tazi;Tazi;Tazi
            Benjelloun;Bendželun;Benxhelun
            Ouahbi|Wahbi;Vahbi;Vahbi
            Haddad;Hadad;Hadad
            Bensaid|Ben Said;Bensaid;Bensaid
            """);

    private static final List<Part> TURKISH_MALE = foreign("""
            Mehmet;Mehmet;Mehmet
            Mustafa;Mustafa;Mustafa
            Emre;Emre;Emre
            Murat;Murat;Murat
            Hüseyin|Huseyin;Husejin;Hysejin|Hysen
            Yusuf;Jusuf;Jusuf
            Burak;Burak;Burak
            Serkan;Serkan;Serkan
            Ahmet;Ahmet;Ahmet
            İbrahim|Ibrahim;Ibrahim;Ibrahim
            """);
    private static final List<Part> TURKISH_FEMALE = foreign("""
            Ayşe|Ayse;Ajše;Ajshe
            Fatma;Fatma;Fatma
            Elif;Elif;Elif
            """);
    private static final List<Part> TURKISH_SURNAMES = foreign("""
            Yılmaz|Yilmaz;Jilmaz;Jilmaz|Yilmaz
            Kaya;Kaja;Kaja
            Demir;Demir;Demir
            Şahin|Sahin;Šahin;Shahin
            Çelik|Celik;Čelik;Çelik
            Yıldız|Yildiz;Jildiz;Jildiz
            Aydın|Aydin;Ajdin;Ajdin
            Öztürk|Ozturk;Ozturk|Esturk;Ozturk
            Arslan;Arslan;Arslan
            Doğan|Dogan;Dogan;Dogan
            """);

    private static final List<Part> SOMALI_MALE = foreign("""
            Abdi;Abdi;Abdi
            Mohamed|Mohamud;Mohamed|Muhamed;Mohamed
            Abdirahman;Abdirahman;Abdirahman
            Hassan;Hasan;Hasan
            Ahmed;Ahmed;Ahmed
            """);
    private static final List<Part> SOMALI_FEMALE = foreign("""
            Hodan;Hodan;Hodan
            Amina;Amina;Amina
            """);
    private static final List<Part> SOMALI_SURNAMES = foreign("""
            Farah;Farah;Farah
            Mohamud|Mohamoud;Mohamud|Muhamud;Mohamud
            Warsame;Varsame;Varsame
            Abdi;Abdi;Abdi
            Ali;Ali;Ali
            Omar;Omar;Omar
            """);

    private static final List<Part> SOUTH_ASIAN_MALE = foreign("""
            Rajesh;Radžeš;Raxhesh
            Sunil;Sunil;Sunil
            Amit;Amit;Amit
            Ram;Ram;Ram
            Bikash;Bikaš;Bikash
            """);
    private static final List<Part> SOUTH_ASIAN_SURNAMES = foreign("""
            Singh;Sing;Singh
            Kumar;Kumar;Kumar
            Sharma;Šarma;Sharma
            Gurung;Gurung;Gurung
            Tamang;Tamang;Tamang
            """);

    private static final Pool SERBIAN = new Pool(
            slavic("Dragan, Nenad, Milan, Zoran, Dejan, Nikola, Marko, Stefan, Miloš, Aleksandar, Vladimir, Ivan,"
                    + " Srđan, Goran, Bojan, Darko, Željko, Saša, Dušan, Predrag, Ljubiša, Novak, Đorđe, Vukašin"),
            slavic("Jelena, Marija, Ivana, Milica, Dragana, Snežana, Jovana, Tijana, Ljiljana, Nataša"),
            slavic("Petrović, Jovanović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Stanković, Pavlović,"
                    + " Milošević, Popović, Živković, Kostić, Lazić, Mitrović, Ristić, Tomić, Savić, Vasić, Đukić,"
                    + " Radovanović, Kovačević, Ljubić, Šćepanović"),
            0,
            0);
    private static final Pool BOSNIAN = new Pool(
            slavic("Emir, Adnan, Amir, Edin, Almir, Mirza, Kenan, Nermin, Senad, Haris, Jasmin, Elvis, Dženan,"
                    + " Samir, Muhamed, Enes, Ajdin, Nedžad"),
            slavic("Amra, Lejla, Selma, Ajla, Emina, Aida, Merima"),
            slavic("Hodžić, Hadžić, Mujić, Delić, Begić, Kovačević, Husić, Omerović, Halilović, Mehmedović,"
                    + " Hasanović, Salihović, Ibrahimović, Mešić, Hrustić, Šabić, Džafić, Ćatić"),
            0,
            0);
    private static final Pool MONTENEGRIN = new Pool(
            slavic("Milo, Vuk, Nikola, Marko, Vuksan, Nebojša, Danilo, Radomir, Luka, Vesko, Žarko"),
            slavic("Milena, Vesna, Jovana, Sanja"),
            slavic("Vujović, Radović, Vuković, Đurović, Popović, Marković, Šćekić, Bulatović, Lekić, Dedić,"
                    + " Knežević, Vujošević, Đukanović"),
            0,
            0);
    private static final Pool MACEDONIAN = new Pool(
            slavic("Goran, Dragan, Zoran, Igor, Aleksandar, Dejan, Nikola, Blagoja, Toni, Kire, Ǵorǵi, Kiril,"
                    + " Ǵoko, Stojan, Ljupčo"),
            slavic("Elena, Marija, Biljana, Katerina, Ivana"),
            slavic("Stojanovski, Petrovski, Nikolovski, Trajkovski, Dimitrovski, Jovanovski, Ristovski,"
                    + " Angelovski, Ǵorǵievski, Kostovski, Stefanovski, Ḱosevski, Ʒidrovski"),
            0,
            0);
    private static final Pool ALBANIAN = new Pool(
            albanian("Arben, Besnik, Agim, Bujar, Fatmir, Gëzim, Ilir, Kujtim, Lulzim, Mentor, Valon, Xhevdet,"
                    + " Shpëtim, Ardit, Erion, Driton, Florian, Gjergj"),
            albanian("Arta, Blerta, Drita, Elira, Fjolla, Mimoza, Teuta, Xhenet, Qëndresa"),
            albanian("Krasniqi, Gashi, Berisha, Hoxha, Shala, Morina, Rexhepi, Xhaferi, Thaçi, Kelmendi, Bytyqi,"
                    + " Dervishi, Gjoka, Lleshi, Çela, Ademi, Iseni, Sulejmani, Bajrami, Memeti"),
            0,
            0);
    private static final Pool CROATIAN = new Pool(
            slavic("Ivan, Josip, Mario, Ante, Tomislav, Krunoslav, Damir, Hrvoje"),
            slavic("Ana, Ivana, Marija, Petra"),
            slavic("Marić, Jukić, Barišić, Horvat, Kovačić, Babić, Knežević, Perić"),
            0,
            0);
    private static final Pool AFGHAN = new Pool(AFGHAN_MALE, AFGHAN_FEMALE, AFGHAN_SURNAMES, 0.35, 0);
    private static final Pool PAKISTANI = new Pool(PAKISTANI_MALE, PAKISTANI_FEMALE, PAKISTANI_SURNAMES, 0, 0);
    private static final Pool ARAB = new Pool(ARAB_MALE, ARAB_FEMALE, ARAB_SURNAMES, 0, 0.3);
    private static final Pool IRANIAN = new Pool(IRANIAN_MALE, IRANIAN_FEMALE, IRANIAN_SURNAMES, 0, 0);
    private static final Pool BANGLADESHI = new Pool(BANGLADESHI_MALE, BANGLADESHI_FEMALE, BANGLADESHI_SURNAMES, 0, 0);
    private static final Pool MAGHREB = new Pool(MAGHREB_MALE, MAGHREB_FEMALE, MAGHREB_SURNAMES, 0, 0.1);
    private static final Pool TURKISH = new Pool(TURKISH_MALE, TURKISH_FEMALE, TURKISH_SURNAMES, 0, 0);
    private static final Pool SOMALI = new Pool(SOMALI_MALE, SOMALI_FEMALE, SOMALI_SURNAMES, 0, 0);
    private static final Pool SOUTH_ASIAN = new Pool(SOUTH_ASIAN_MALE, SOUTH_ASIAN_MALE, SOUTH_ASIAN_SURNAMES, 0, 0);

    private static final Map<String, Pool> BY_NATIONALITY = Map.ofEntries(
            Map.entry("RS", SERBIAN),
            Map.entry("BA", BOSNIAN),
            Map.entry("ME", MONTENEGRIN),
            Map.entry("MK", MACEDONIAN),
            Map.entry("AL", ALBANIAN),
            Map.entry("XK", ALBANIAN),
            Map.entry("HR", CROATIAN),
            Map.entry("AF", AFGHAN),
            Map.entry("PK", PAKISTANI),
            Map.entry("SY", ARAB),
            Map.entry("IQ", ARAB),
            Map.entry("PS", ARAB),
            Map.entry("LY", ARAB),
            Map.entry("EG", ARAB),
            Map.entry("IR", IRANIAN),
            Map.entry("BD", BANGLADESHI),
            Map.entry("MA", MAGHREB),
            Map.entry("TN", MAGHREB),
            Map.entry("DZ", MAGHREB),
            Map.entry("TR", TURKISH),
            Map.entry("SO", SOMALI),
            Map.entry("IN", SOUTH_ASIAN),
            Map.entry("NP", SOUTH_ASIAN));

    /**
     * The names a person of {@code nationality} is drawn from. Citizens of the region's multi-ethnic states
     * sometimes carry the names of a neighbouring community (Serbs in Bosnia and Kosovo, Albanians in North
     * Macedonia and Montenegro).
     */
    static Pool pool(String nationality, Rng rng) {
        Pool pool = switch (nationality) {
            case "BA" -> rng.chance(0.3) ? SERBIAN : rng.chance(0.1) ? CROATIAN : BOSNIAN;
            case "MK" -> rng.chance(0.3) ? ALBANIAN : MACEDONIAN;
            case "ME" -> rng.chance(0.12) ? ALBANIAN : rng.chance(0.15) ? BOSNIAN : MONTENEGRIN;
            case "XK" -> rng.chance(0.08) ? SERBIAN : ALBANIAN;
            default -> BY_NATIONALITY.get(nationality);
        };
        if (pool == null) throw new IllegalArgumentException("no names for nationality " + nationality);
        return pool;
    }

    /** Nicknames facilitators are known by, in Serbian Latin or as a foreign word. */
    static final List<Part> NICKNAMES = List.of(
            Part.slavic("Doktor"),
            Part.slavic("Šef"),
            Part.slavic("Kralj"),
            Part.slavic("Čiča"),
            Part.slavic("Taksista"),
            Part.slavic("Crni"),
            Part.slavic("Mali"),
            Part.slavic("Švabo"),
            Part.slavic("Profesor"),
            Part.slavic("Brko"),
            Part.foreign("Haji|Hadji;Hadži;Haxhi"),
            Part.foreign("Kaka;Kaka;Kaka"),
            Part.foreign("Abu Ali;Abu Ali;Abu Ali"),
            Part.foreign("Afghani;Avganistanac;Afgani"),
            Part.foreign("Pakistani;Pakistanac;Pakistani"),
            Part.foreign("Doctor;Doktor;Doktori"),
            Part.foreign("Sheikh|Shaikh;Šeik;Sheik"));
}
