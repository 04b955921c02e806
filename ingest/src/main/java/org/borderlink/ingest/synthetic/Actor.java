package org.borderlink.ingest.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderlink.graph.model.Gender;
import org.borderlink.graph.model.Role;
import org.borderlink.ingest.synthetic.Assets.PhoneLine;
import org.borderlink.ingest.synthetic.Names.Origin;
import org.borderlink.ingest.synthetic.Names.Part;
import org.borderlink.ingest.synthetic.Names.Pool;
import org.jspecify.annotations.Nullable;

/**
 * A real person of the simulated world: who they are (the ground truth) and how reports write them. The same
 * actor is spelled differently by every country's records (see {@link #name}); their own spelling — the
 * passport one for foreigners — is {@link #canonicalName}.
 */
final class Actor {

    final String id;
    final Role role;
    final String nationality;
    final Gender gender;
    final LocalDate birthDate;
    /** Registered with an unknown day of birth, as 1 January (common for Afghans). */
    final boolean birthEstimated;

    final Part given;
    final @Nullable Part surname;
    /** Father's given name, given with bin/ibn by some Arabs. */
    final @Nullable Part father;

    final @Nullable Part nickname;
    /** Which spelling variants this person uses by preference. */
    private final int preference;

    final List<PhoneLine> phones;
    final List<String> languages;
    /** For a minor: the true id of the adult seen with them. */
    @Nullable
    String companion;

    private Actor(
            String id,
            Role role,
            String nationality,
            Gender gender,
            LocalDate birthDate,
            boolean birthEstimated,
            Part given,
            @Nullable Part surname,
            @Nullable Part father,
            @Nullable Part nickname,
            int preference,
            List<PhoneLine> phones,
            List<String> languages) {
        this.id = id;
        this.role = role;
        this.nationality = nationality;
        this.gender = gender;
        this.birthDate = birthDate;
        this.birthEstimated = birthEstimated;
        this.given = given;
        this.surname = surname;
        this.father = father;
        this.nickname = nickname;
        this.preference = preference;
        this.phones = phones;
        this.languages = languages;
    }

    /**
     * A new person.
     *
     * @param age age on {@code at}
     * @param phoneCountries the countries of the SIM cards they use (may be empty)
     */
    static Actor create(
            String id,
            Role role,
            String nationality,
            Gender gender,
            int age,
            LocalDate at,
            List<String> phoneCountries,
            boolean nicknamed,
            Rng rng) {
        Pool pool = Names.pool(nationality, rng);
        Part given = rng.pick(gender == Gender.FEMALE ? pool.female() : pool.male());
        Part surname = rng.chance(pool.noSurname()) ? null : rng.pick(pool.surnames());
        Part father = rng.chance(pool.patronymic()) ? rng.pick(pool.male()) : null;
        boolean estimated = nationality.equals("AF") ? rng.chance(0.6) : rng.chance(0.08);
        LocalDate birth = at.minusYears(age).minusDays(rng.nextInt(365));
        if (estimated) birth = LocalDate.of(birth.getYear(), 1, 1);
        Part nickname = nicknamed ? rng.pick(Names.NICKNAMES) : null;
        List<PhoneLine> phones = new ArrayList<>();
        for (String country : phoneCountries) phones.add(Assets.phone(country, rng, rng.chance(0.4)));
        return new Actor(
                id,
                role,
                nationality,
                gender,
                birth,
                estimated,
                given,
                surname,
                father,
                nickname,
                rng.nextInt(1 << 16),
                List.copyOf(phones),
                languages(nationality));
    }

    private static List<String> languages(String nationality) {
        return switch (nationality) {
            case "AF" -> List.of("fa", "ps");
            case "PK" -> List.of("ur", "pa");
            case "IR" -> List.of("fa");
            case "BD" -> List.of("bn");
            case "TR" -> List.of("tr");
            case "SO" -> List.of("so");
            case "IN" -> List.of("hi");
            case "NP" -> List.of("ne");
            case "MA", "TN", "DZ" -> List.of("ar", "fr");
            case "SY", "IQ", "PS", "LY", "EG" -> List.of("ar");
            case "RS", "ME" -> List.of("sr");
            case "BA" -> List.of("bs");
            case "HR" -> List.of("hr");
            case "MK" -> List.of("mk");
            case "AL", "XK" -> List.of("sq");
            default -> List.of("en");
        };
    }

    int age(LocalDate at) {
        return java.time.Period.between(birthDate, at).getYears();
    }

    /** The person's own spelling: the usual English transcription of a foreign name, the native one otherwise. */
    String canonicalName() {
        StringBuilder out = new StringBuilder(canonical(given));
        if (surname != null) out.append(' ').append(canonical(surname));
        return out.toString();
    }

    private String canonical(Part part) {
        String name = part.origin() == Origin.FOREIGN
                ? part.en().get(preference % part.en().size())
                : part.canonical();
        // Macedonian letters in the official romanisation
        return name.replace("ǵ", "gj")
                .replace("Ǵ", "Gj")
                .replace("ḱ", "kj")
                .replace("Ḱ", "Kj")
                .replace("ʒ", "dz")
                .replace("Ʒ", "Dz");
    }

    /**
     * The name as one report writes it: in the report's script and orthography, with the variation real
     * records show (another transcription, no diacritics, surname first in capitals, passport capitals).
     */
    String name(Writing writing, Rng rng) {
        boolean passport = rng.chance(writing == Writing.EN ? 0.5 : 0.07);
        String first = write(given, writing, rng, passport);
        String patronymic = null;
        if (father != null && rng.chance(0.4)) {
            patronymic = rng.pick("bin", "ibn", "bin") + " " + write(father, writing, rng, passport);
            if (writing.cyrillic) patronymic = cyrillic(patronymic, writing);
        }
        String last = surname == null ? null : write(surname, writing, rng, passport);
        if (passport) {
            first = first.toUpperCase(Locale.ROOT);
            last = last == null ? null : last.toUpperCase(Locale.ROOT);
            patronymic = patronymic == null ? null : patronymic.toUpperCase(Locale.ROOT);
        }
        if (!writing.cyrillic && !passport && writing != Writing.EN && rng.chance(0.15)) {
            first = Spelling.plain(first);
            last = last == null ? null : Spelling.plain(last);
        }
        StringBuilder out = new StringBuilder();
        if (last != null && writing != Writing.EN && rng.chance(0.12)) {
            out.append(rng.chance(0.6) ? last.toUpperCase(Locale.ROOT) : last)
                    .append(' ')
                    .append(first);
            if (patronymic != null) out.append(' ').append(patronymic);
            return out.toString();
        }
        out.append(first);
        if (patronymic != null) out.append(' ').append(patronymic);
        if (last != null) out.append(' ').append(last);
        return out.toString();
    }

    /** The nickname as this writing spells it. */
    @Nullable
    String nickname(Writing writing, Rng rng) {
        return nickname == null ? null : write(nickname, writing, rng, false);
    }

    private String write(Part part, Writing writing, Rng rng, boolean passport) {
        int pref = preference;
        if (passport) {
            return Spelling.passport(
                    part.origin() == Origin.FOREIGN
                            ? variant(part.en(), pref, rng)
                            : Spelling.serbianLatin(part.canonical()));
        }
        return switch (part.origin()) {
            case FOREIGN ->
                switch (writing) {
                    case SR_CYRL, MK -> cyrillic(variant(part.sr(), pref, rng), writing);
                    case SR_LATN -> variant(part.sr(), pref, rng);
                    case BS, ME -> rng.chance(0.55) ? variant(part.sr(), pref, rng) : variant(part.en(), pref, rng);
                    case SQ -> rng.chance(0.6) ? variant(part.sq(), pref, rng) : variant(part.en(), pref, rng);
                    case HR, EN -> variant(part.en(), pref, rng);
                };
            case SLAVIC ->
                switch (writing) {
                    case SR_CYRL -> Spelling.serbianCyrillic(Spelling.serbianLatin(part.canonical()));
                    case MK -> Spelling.macedonianCyrillic(part.canonical());
                    case SR_LATN, BS, ME, HR -> Spelling.serbianLatin(part.canonical());
                    case SQ -> part.sq().getFirst();
                    case EN -> Spelling.plain(part.canonical());
                };
            case ALBANIAN ->
                switch (writing) {
                    case SR_CYRL -> Spelling.serbianCyrillic(part.sr().getFirst());
                    case MK -> Spelling.macedonianCyrillic(part.sr().getFirst());
                    case SR_LATN -> part.sr().getFirst();
                    case BS, ME, HR ->
                        rng.chance(0.5) ? part.canonical() : part.sr().getFirst();
                    case SQ -> part.canonical();
                    case EN -> Spelling.plain(part.canonical());
                };
        };
    }

    private static String cyrillic(String serbianLatin, Writing writing) {
        return writing == Writing.MK
                ? Spelling.macedonianCyrillic(serbianLatin)
                : Spelling.serbianCyrillic(serbianLatin);
    }

    /** The person's preferred variant most of the time, another one sometimes. */
    private static String variant(List<String> variants, int preference, Rng rng) {
        if (variants.size() == 1) return variants.getFirst();
        return rng.chance(0.75) ? variants.get(preference % variants.size()) : rng.pick(variants);
    }
}
