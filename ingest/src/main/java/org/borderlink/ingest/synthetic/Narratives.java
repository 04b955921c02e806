package org.borderlink.ingest.synthetic;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Short narratives in the reporting agency's language, one template per kind of case and language family,
 * filled in with the report's own values ({@code {date}}, {@code {place}}, {@code {driver}}, …). Serbian
 * templates are written in Latin script and converted for Cyrillic reports.
 */
final class Narratives {

    private Narratives() {}

    /** What a case is about, for choosing its narrative and shape. */
    enum Story {
        VEHICLE,
        FOOT,
        SAFE_HOUSE,
        DOCUMENT,
        MONEY,
        RESCUE,
        DEATH,
        KIDNAPPING,
        LABOUR,
        SEXUAL
    }

    private static final Map<Writing.Family, Map<Story, String>> TEMPLATES = new EnumMap<>(Writing.Family.class);

    static {
        TEMPLATES.put(
                Writing.Family.SERBIAN,
                templates(
                        "Dana {date} godine, oko {time} časova, na području {place} pripadnici {unit} zaustavili su vozilo marke {make}, registarskih oznaka {plate}, kojim je upravljao {driver}. U vozilu je zatečeno {n} iregularnih migranata, državljana {nat}, bez putnih isprava. Vozač je lišen slobode zbog sumnje da je izvršio krivično delo nedozvoljeni prelaz državne granice i krijumčarenje ljudi.",
                        "Dana {date} godine, oko {time} časova, u blizini {place} patrola {unit} otkrila je grupu od {n} migranata, državljana {nat}, koji su pokušali da nezakonito pređu državnu granicu. Grupu je predvodio {guide}, koji je sa organizatorom komunicirao putem aplikacije {app}.",
                        "Dana {date} godine, prilikom pretresa objekta na adresi {address}, pripadnici {unit} zatekli su {n} migranata, državljana {nat}, kojima je smeštaj obezbedio {harbourer}. Utvrđeno je da su migranti za smeštaj i dalji transport plaćali po {amount} evra.",
                        "Dana {date} godine, na {place}, prilikom granične kontrole kod lica koje se predstavilo kao državljanin {nat} pronađena je falsifikovana putna isprava. Sumnja se da je ispravu izradio i prodao {forger}.",
                        "Finansijskom istragom {unit} utvrđeno je da je {organiser} preko havala posrednika {hawaladar} primao novac od migranata, državljana {nat}, u ukupnom iznosu od najmanje {amount} evra.",
                        "Dana {date} godine, u blizini {place}, pripadnici {unit} spasili su {n} migranata, državljana {nat}, koji su se zatekli u životnoj opasnosti prilikom pokušaja nezakonitog prelaska granice. Krijumčari su ih ostavili bez hrane i vode.",
                        "Dana {date} godine, u blizini {place}, pronađeno je beživotno telo migranta, državljanina {nat}. Prema izjavama ostalih {n} članova grupe, preminuli je stradao prilikom pokušaja nezakonitog prelaska granice koji je organizovao {organiser}.",
                        "Dana {date} godine, pripadnici {unit} primili su prijavu da su migranti, državljani {nat}, zatočeni u objektu na adresi {address} i da se od njihovih porodica putem havala sistema traži otkup od {amount} evra. Lišen je slobode {exploiter}.",
                        "Tokom {month} godine, u postupanju {unit} identifikovana je mogućna žrtva trgovine ljudima, državljanin {nat}, koji je, kako bi otplatio dug za krijumčarenje, bio primoran da radi bez naknade na području {place}. Poslodavac {exploiter} mu je oduzeo pasoš.",
                        "Tokom {month} godine, u postupanju {unit} identifikovana je mogućna žrtva trgovine ljudima, državljanka {nat}, koja je putem aplikacije {app} vrbovana lažnim obećanjem posla i potom seksualno eksploatisana na području {place}. Osumnjičen je {exploiter}."));
        TEMPLATES.put(
                Writing.Family.IJEKAVIAN,
                templates(
                        "Dana {date} godine, oko {time} sati, na području {place} službenici {unit} zaustavili su vozilo marke {make}, registarskih oznaka {plate}, kojim je upravljao {driver}. U vozilu je zatečeno {n} migranata, državljana {nat}, bez putnih isprava. Protiv vozača je podnesen izvještaj o počinjenom krivičnom djelu krijumčarenja migranata.",
                        "Dana {date} godine, oko {time} sati, u blizini {place} patrola {unit} otkrila je grupu od {n} migranata, državljana {nat}, koji su pokušali ilegalno preći državnu granicu. Grupu je vodio {guide}, koji je s organizatorom komunicirao putem aplikacije {app}.",
                        "Dana {date} godine, prilikom pretresa objekta na adresi {address}, službenici {unit} zatekli su {n} migranata, državljana {nat}, kojima je smještaj osigurao {harbourer}. Migranti su za smještaj i dalji prevoz plaćali po {amount} eura.",
                        "Dana {date} godine, na {place}, prilikom granične kontrole kod osobe koja se predstavila kao državljanin {nat} pronađen je krivotvoreni putni dokument. Sumnja se da je dokument izradio i prodao {forger}.",
                        "Finansijskom istragom {unit} utvrđeno je da je {organiser} putem hawala posrednika {hawaladar} primao novac od migranata, državljana {nat}, u ukupnom iznosu od najmanje {amount} eura.",
                        "Dana {date} godine, u blizini {place}, službenici {unit} spasili su {n} migranata, državljana {nat}, koji su se našli u životnoj opasnosti prilikom pokušaja ilegalnog prelaska granice.",
                        "Dana {date} godine, u blizini {place}, pronađeno je beživotno tijelo migranta, državljanina {nat}. Prema izjavama ostalih {n} članova grupe, stradao je prilikom pokušaja ilegalnog prelaska granice koji je organizovao {organiser}.",
                        "Dana {date} godine, službenici {unit} zaprimili su prijavu da su migranti, državljani {nat}, zatočeni u objektu na adresi {address} te da se od njihovih porodica putem hawala sistema traži otkupnina od {amount} eura. Lišen je slobode {exploiter}.",
                        "Tokom {month} godine, u postupanju {unit} identificirana je moguća žrtva trgovine ljudima, državljanin {nat}, koji je radi otplate duga za krijumčarenje bio prisiljen raditi bez naknade na području {place}. Poslodavac {exploiter} mu je oduzeo pasoš.",
                        "Tokom {month} godine, u postupanju {unit} identificirana je moguća žrtva trgovine ljudima, državljanka {nat}, koja je putem aplikacije {app} vrbovana lažnim obećanjem posla i potom seksualno iskorištavana na području {place}. Osumnjičen je {exploiter}."));
        String hrOther =
                "Dana {date} godine na području {place} policijski službenici {unit} postupali su prema {n} državljana {nat} u vezi s krijumčarenjem migranata.";
        String hrVictim =
                "Tijekom {month} godine policijski službenici {unit} identificirali su moguću žrtvu trgovanja ljudima, državljanina {nat}, iskorištavanu na području {place}.";
        TEMPLATES.put(
                Writing.Family.CROATIAN,
                templates(
                        "Dana {date} godine, oko {time} sati, na području {place} policijski službenici {unit} zaustavili su vozilo marke {make}, registarskih oznaka {plate}, kojim je upravljao {driver}. U vozilu je zatečeno {n} državljana {nat} koji su nezakonito ušli u Republiku Hrvatsku. Vozač je uhićen zbog kaznenog djela protuzakonitog ulaženja, kretanja i boravka u Republici Hrvatskoj.",
                        "Dana {date} godine, u blizini {place} policijski službenici {unit} zatekli su skupinu od {n} državljana {nat} koji su nezakonito prešli državnu granicu. Skupinu je vodio {guide}.",
                        hrOther,
                        hrOther,
                        hrOther,
                        hrOther,
                        hrOther,
                        hrVictim,
                        hrVictim,
                        hrVictim));
        TEMPLATES.put(
                Writing.Family.MACEDONIAN,
                templates(
                        "На {date} година, околу {time} часот, во близина на {place}, полициски службеници од {unit} го запреа возилото марка {make} со регистарски таблички {plate}, управувано од {driver}. Во возилото беа пронајдени {n} мигранти, државјани на {nat}, без патни исправи. Возачот е лишен од слобода поради сомневање за кривично дело криумчарење мигранти.",
                        "На {date} година, околу {time} часот, во близина на {place}, патрола на {unit} откри група од {n} мигранти, државјани на {nat}, кои се обиделе нелегално да ја преминат државната граница. Групата ја водел {guide}, кој комуницирал со организаторот преку апликацијата {app}.",
                        "На {date} година, при претрес на објект на адреса {address}, службениците на {unit} затекнаа {n} мигранти, државјани на {nat}, сместени од {harbourer}. Мигрантите плаќале по {amount} евра за сместување и понатамошен превоз.",
                        "На {date} година, на {place}, при гранична контрола кај лице кое се претставило како државјанин на {nat} е пронајдена фалсификувана патна исправа. Се сомнева дека исправата ја изработил {forger}.",
                        "Со финансиска истрага на {unit} е утврдено дека {organiser} преку хавала посредникот {hawaladar} примал пари од мигранти, државјани на {nat}, во вкупен износ од најмалку {amount} евра.",
                        "На {date} година, во близина на {place}, службениците на {unit} спасија {n} мигранти, државјани на {nat}, кои се нашле во животна опасност при обид за нелегално преминување на границата.",
                        "На {date} година, во близина на {place}, е пронајдено беживотно тело на мигрант, државјанин на {nat}. Според изјавите на останатите {n} членови на групата, загинал при обид за нелегално преминување на границата организирано од {organiser}.",
                        "На {date} година, службениците на {unit} примија пријава дека мигранти, државјани на {nat}, се заточени во објект на адреса {address} и дека од нивните семејства се бара откуп од {amount} евра преку хавала. Лишен е од слобода {exploiter}.",
                        "Во текот на {month} година, службениците на {unit} идентификуваа можна жртва на трговија со луѓе, државјанин на {nat}, кој за да го отплати долгот за криумчарење бил принуден да работи без надомест во {place}. Работодавачот {exploiter} му го одзел пасошот.",
                        "Во текот на {month} година, службениците на {unit} идентификуваа можна жртва на трговија со луѓе, државјанка на {nat}, која преку апликацијата {app} била врбувана со лажно ветување за работа и потоа сексуално експлоатирана во {place}. Осомничен е {exploiter}."));
        TEMPLATES.put(
                Writing.Family.ALBANIAN,
                templates(
                        "Më datë {date}, rreth orës {time}, në zonën e {place}, punonjësit e {unit} ndaluan automjetin e markës {make}, me targë {plate}, të drejtuar nga {driver}. Në automjet u gjetën {n} emigrantë të parregullt, shtetas të {nat}, pa dokumente udhëtimi. Drejtuesi u arrestua për veprën penale kontrabanda me emigrantë.",
                        "Më datë {date}, rreth orës {time}, pranë {place}, patrulla e {unit} pikasi një grup prej {n} emigrantësh, shtetas të {nat}, të cilët tentuan të kalonin ilegalisht kufirin shtetëror. Grupin e drejtonte {guide}, i cili komunikonte me organizatorin përmes aplikacionit {app}.",
                        "Më datë {date}, gjatë kontrollit në banesën në adresën {address}, punonjësit e {unit} gjetën {n} emigrantë, shtetas të {nat}, të strehuar nga {harbourer}. Emigrantët paguanin nga {amount} euro për strehim dhe transport të mëtejshëm.",
                        "Më datë {date}, në {place}, gjatë kontrollit kufitar, te një person që u prezantua si shtetas i {nat} u gjet një dokument udhëtimi i falsifikuar. Dyshohet se dokumenti është përgatitur nga {forger}.",
                        "Nga hetimi financiar i {unit} u konstatua se {organiser}, nëpërmjet ndërmjetësit hawala {hawaladar}, ka marrë para nga emigrantë, shtetas të {nat}, në shumën totale prej të paktën {amount} euro.",
                        "Më datë {date}, pranë {place}, punonjësit e {unit} shpëtuan {n} emigrantë, shtetas të {nat}, të cilët ndodheshin në rrezik për jetën gjatë përpjekjes për kalim të paligjshëm të kufirit.",
                        "Më datë {date}, pranë {place}, u gjet trupi i pajetë i një emigranti, shtetas i {nat}. Sipas deklaratave të {n} anëtarëve të tjerë të grupit, ai humbi jetën gjatë kalimit të paligjshëm të kufirit të organizuar nga {organiser}.",
                        "Më datë {date}, punonjësit e {unit} morën njoftim se emigrantë, shtetas të {nat}, mbaheshin peng në një banesë në adresën {address} dhe se familjeve të tyre u kërkohej shpërblesë prej {amount} euro përmes sistemit hawala. U arrestua {exploiter}.",
                        "Gjatë muajit {month}, punonjësit e {unit} identifikuan një viktimë të mundshme të trafikimit, shtetas i {nat}, i cili për të shlyer borxhin e kontrabandës detyrohej të punonte pa pagesë në {place}. Punëdhënësi {exploiter} i kishte marrë pasaportën.",
                        "Gjatë muajit {month}, punonjësit e {unit} identifikuan një viktimë të mundshme të trafikimit, shtetase e {nat}, e cila u rekrutua përmes aplikacionit {app} me premtime të rreme për punë dhe më pas u shfrytëzua seksualisht në {place}. Dyshohet {exploiter}."));
        String enOther =
                "On {date}, officers of {unit} dealt with {n} migrants, nationals of {nat}, near {place} in connection with migrant smuggling.";
        String enVictim =
                "During {month}, officers of {unit} identified a possible victim of trafficking, a national of {nat}, exploited in {place}.";
        TEMPLATES.put(
                Writing.Family.ENGLISH,
                templates(
                        "On {date} at about {time}, officers of {unit} stopped a {make} with registration {plate}, driven by {driver}, near {place}. {n} irregular migrants, nationals of {nat}, were found in the vehicle. The driver was arrested on suspicion of migrant smuggling.",
                        "On {date} at about {time}, a patrol of {unit} intercepted a group of {n} migrants, nationals of {nat}, who had crossed the border illegally near {place}. The group was led by {guide}.",
                        enOther,
                        enOther,
                        enOther,
                        enOther,
                        enOther,
                        enVictim,
                        enVictim,
                        enVictim));
    }

    private static final Map<Story, String> SERBIAN_CYRILLIC = new EnumMap<>(Story.class);

    static {
        TEMPLATES
                .get(Writing.Family.SERBIAN)
                .forEach((story, text) -> SERBIAN_CYRILLIC.put(story, Spelling.serbianCyrillic(text)));
    }

    private static Map<Story, String> templates(String... byStory) {
        Map<Story, String> map = new EnumMap<>(Story.class);
        for (Story story : Story.values()) map.put(story, byStory[story.ordinal()]);
        return map;
    }

    /** The narrative of a case: the template for its story in the writing's language, filled in. */
    /**
     * Where the person in a slot is a woman, the words that agree with them: {slot, masculine, feminine}, in
     * Serbian Latin for the Serbian family.
     */
    private static final Map<Writing.Family, List<String[]>> FEMININE = Map.of(
            Writing.Family.SERBIAN,
            List.of(
                    new String[] {"exploiter", "Lišen je slobode {exploiter}", "Lišena je slobode {exploiter}"},
                    new String[] {
                        "exploiter", "Poslodavac {exploiter} mu je oduzeo", "Poslodavka {exploiter} mu je oduzela"
                    },
                    new String[] {"exploiter", "Osumnjičen je {exploiter}", "Osumnjičena je {exploiter}"},
                    new String[] {"driver", "upravljao {driver}", "upravljala {driver}"},
                    new String[] {"driver", "Vozač je lišen", "Vozačica je lišena"},
                    new String[] {"harbourer", "obezbedio {harbourer}", "obezbedila {harbourer}"}),
            Writing.Family.IJEKAVIAN,
            List.of(
                    new String[] {"exploiter", "Lišen je slobode {exploiter}", "Lišena je slobode {exploiter}"},
                    new String[] {
                        "exploiter", "Poslodavac {exploiter} mu je oduzeo", "Poslodavka {exploiter} mu je oduzela"
                    },
                    new String[] {"exploiter", "Osumnjičen je {exploiter}", "Osumnjičena je {exploiter}"},
                    new String[] {"driver", "upravljao {driver}", "upravljala {driver}"},
                    new String[] {"driver", "Protiv vozača", "Protiv vozačice"},
                    new String[] {"harbourer", "osigurao {harbourer}", "osigurala {harbourer}"}),
            Writing.Family.CROATIAN,
            List.of(
                    new String[] {"driver", "upravljao {driver}", "upravljala {driver}"},
                    new String[] {"driver", "Vozač je uhićen", "Vozačica je uhićena"}),
            Writing.Family.MACEDONIAN,
            List.of(
                    new String[] {"exploiter", "Лишен е од слобода {exploiter}", "Лишена е од слобода {exploiter}"},
                    new String[] {
                        "exploiter", "Работодавачот {exploiter} му го одзел", "Работодавачката {exploiter} му го одзела"
                    },
                    new String[] {"exploiter", "Осомничен е {exploiter}", "Осомничена е {exploiter}"},
                    new String[] {"driver", "Возачот е лишен", "Возачката е лишена"}),
            Writing.Family.ALBANIAN,
            List.of(
                    new String[] {"exploiter", "Punëdhënësi {exploiter}", "Punëdhënësja {exploiter}"},
                    new String[] {"driver", "Drejtuesi u arrestua", "Drejtuesja u arrestua"}),
            Writing.Family.ENGLISH,
            List.of());

    /**
     * The narrative of a case: the template for its story in the writing's language, filled in.
     *
     * @param women the slots whose person is a woman, so that the words around them agree
     */
    static String write(Story story, Writing writing, Map<String, String> values, Set<String> women) {
        String template = writing == Writing.SR_CYRL
                ? SERBIAN_CYRILLIC.get(story)
                : TEMPLATES.get(writing.family()).get(story);
        for (String[] words : FEMININE.get(writing.family())) {
            if (!women.contains(words[0])) continue;
            template = writing == Writing.SR_CYRL
                    ? template.replace(Spelling.serbianCyrillic(words[1]), Spelling.serbianCyrillic(words[2]))
                    : template.replace(words[1], words[2]);
        }
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            String key = template.substring(open + 1, close);
            String value = values.get(key);
            out.append(value != null ? value : Lexicon.unknownPerson(writing));
            i = close + 1;
        }
        return out.toString();
    }
}
