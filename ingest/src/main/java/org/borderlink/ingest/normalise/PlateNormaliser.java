package org.borderlink.ingest.normalise;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.borderlink.graph.model.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * Registration plates as reported to one canonical form, so that {@code БГ 123-АБ}, {@code bg 123 ab} and
 * {@code BG-123-AB} all become {@code BG123AB}.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>Upper case; spaces, hyphens, dashes, dots, middle dots, slashes and underscores are dropped.
 *   <li>Latin letters lose their diacritics ({@code Š→S}, {@code Č→C}, {@code Ć→C}, {@code Ž→Z},
 *       {@code Ü→U}); {@code Đ→DJ}, the usual way of writing it without diacritics.
 *   <li>Cyrillic is read in one of two ways, decided for the whole plate:
 *       <ul>
 *         <li><b>As Serbian or Macedonian text</b> when the plate has a Cyrillic letter that does not look like
 *             a Latin one (Б Г Д Ђ Ж З И Л Љ Њ П Ћ Ф Ц Ч Џ Ш Ѓ Ќ Ѕ Й), or is written wholly in Cyrillic and
 *             was issued in RS, ME, BA, MK or XK: the reporter transliterated a Latin plate phonetically.
 *             Б→B Г→G Д→D Ђ→DJ Ж→Z З→Z И→I Ј→J Л→L Љ→LJ Њ→NJ П→P Ћ→C Ф→F Ц→C Ч→C Џ→DZ Ш→S Ѓ→GJ Ќ→KJ
 *             Ѕ→DZ Й→J, and the letters shared with Latin by sound: А→A В→V Е→E К→K М→M Н→N О→O Р→R С→S
 *             Т→T У→U Х→H. So {@code НС 045-ТР} from Novi Sad is {@code NS045TR}.
 *         <li><b>By shape</b> otherwise — plates of Bulgaria, Ukraine and Russia use only the Cyrillic letters
 *             that look Latin, and mixed-keyboard typing produces them too: А→A В→B Е→E І→I Ј→J К→K М→M Н→H
 *             О→O Р→P С→C Т→T У→Y Х→X. So Bulgarian {@code СА 1234 ВХ} is {@code CA1234BX}.
 *       </ul>
 *   <li>Greek plates use only the Greek capitals that look Latin; they are read by shape: Α→A Β→B Ε→E Ζ→Z
 *       Η→H Ι→I Κ→K Μ→M Ν→N Ο→O Ρ→P Τ→T Υ→Y Χ→X ({@code ΙΚΑ 1234} is {@code IKA1234}).
 * </ol>
 *
 * <p>What is left must be 3 to 12 letters and digits with at least one digit; anything else (blank,
 * "nepoznato", "N/A", other symbols or Greek letters no plate uses) is refused. Thread-safe.
 */
public final class PlateNormaliser {

    private static final String EXPECTED =
            "expected a registration plate of 3 to 12 letters and digits with at least one digit, e.g. BG 123-AB";
    private static final int MIN_LENGTH = 3;
    private static final int MAX_LENGTH = 12;
    private static final Set<CountryCode> PHONETIC_CYRILLIC = Set.of(
            CountryCode.of("RS"),
            CountryCode.of("ME"),
            CountryCode.of("BA"),
            CountryCode.of("MK"),
            CountryCode.of("XK"));

    /** Cyrillic capitals that look like a Latin capital, and that capital. */
    private static final String CYRILLIC_BY_SHAPE = "АAВBЕEІIЈJКKМMНHОOРPСCТTУYХX";
    /** Cyrillic capitals read by sound, and their Latin spelling (Serbian and Macedonian, folded). */
    private static final String[][] CYRILLIC_BY_SOUND = {
        {"А", "A"}, {"Б", "B"}, {"В", "V"}, {"Г", "G"}, {"Д", "D"}, {"Ђ", "DJ"}, {"Е", "E"}, {"Ж", "Z"}, {"З", "Z"},
        {"И", "I"}, {"І", "I"}, {"Ј", "J"}, {"Й", "J"}, {"К", "K"}, {"Л", "L"}, {"Љ", "LJ"}, {"М", "M"}, {"Н", "N"},
        {"Њ", "NJ"}, {"О", "O"}, {"П", "P"}, {"Р", "R"}, {"С", "S"}, {"Т", "T"}, {"Ћ", "C"}, {"У", "U"}, {"Ф", "F"},
        {"Х", "H"}, {"Ц", "C"}, {"Ч", "C"}, {"Џ", "DZ"}, {"Ш", "S"}, {"Ѓ", "GJ"}, {"Ќ", "KJ"}, {"Ѕ", "DZ"}
    };

    private static final String GREEK_BY_SHAPE = "ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX";

    private static final char FIRST_CYRILLIC = 'Ѐ';
    private static final char LAST_CYRILLIC = 'ӿ';
    private static final String[] BY_SOUND = new String[LAST_CYRILLIC - FIRST_CYRILLIC + 1];
    private static final char[] BY_SHAPE = new char[LAST_CYRILLIC - FIRST_CYRILLIC + 1];
    private static final char[] GREEK = new char[0x3FF - 0x370 + 1];

    static {
        for (String[] pair : CYRILLIC_BY_SOUND) {
            BY_SOUND[pair[0].charAt(0) - FIRST_CYRILLIC] = pair[1];
        }
        for (int i = 0; i < CYRILLIC_BY_SHAPE.length(); i += 2) {
            BY_SHAPE[CYRILLIC_BY_SHAPE.charAt(i) - FIRST_CYRILLIC] = CYRILLIC_BY_SHAPE.charAt(i + 1);
        }
        for (int i = 0; i < GREEK_BY_SHAPE.length(); i += 2) {
            GREEK[GREEK_BY_SHAPE.charAt(i) - 0x370] = GREEK_BY_SHAPE.charAt(i + 1);
        }
    }

    /** The canonical plate of {@code text}, issuing country not known. */
    public Plate normalise(String text) {
        return normalise(text, null);
    }

    /**
     * The canonical plate of {@code text}, issued in {@code country} (null if not known).
     *
     * @throws NormalisationException if nothing plate-like is left after normalising
     */
    public Plate normalise(String text, @Nullable CountryCode country) {
        String upper = text.toUpperCase(Locale.ROOT);
        boolean bySound = readCyrillicBySound(upper, country);
        StringBuilder out = new StringBuilder(upper.length() + 2);
        boolean digit = false;
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if ((c >= 'A' && c <= 'Z')) {
                out.append(c);
            } else if (c >= '0' && c <= '9') {
                out.append(c);
                digit = true;
            } else if (isSeparator(c)) {
                continue;
            } else if (c >= FIRST_CYRILLIC && c <= LAST_CYRILLIC) {
                if (bySound) {
                    String latin = BY_SOUND[c - FIRST_CYRILLIC];
                    if (latin == null) {
                        throw garbage(text);
                    }
                    out.append(latin);
                } else {
                    char latin = BY_SHAPE[c - FIRST_CYRILLIC];
                    if (latin == 0) {
                        throw garbage(text);
                    }
                    out.append(latin);
                }
            } else if (c >= 0x370 && c <= 0x3FF) {
                char latin = GREEK[c - 0x370];
                if (latin == 0) {
                    throw garbage(text);
                }
                out.append(latin);
            } else if (c == 'Đ') {
                out.append("DJ");
            } else if (Character.isLetter(c)) {
                out.append(latinBase(text, c));
            } else {
                throw garbage(text);
            }
        }
        if (!digit || out.length() < MIN_LENGTH || out.length() > MAX_LENGTH) {
            throw garbage(text);
        }
        return new Plate(out.toString(), country);
    }

    private static boolean readCyrillicBySound(String upper, @Nullable CountryCode country) {
        boolean cyrillic = false;
        boolean latin = false;
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c >= FIRST_CYRILLIC && c <= LAST_CYRILLIC) {
                if (BY_SHAPE[c - FIRST_CYRILLIC] == 0) {
                    return true; // a letter only a Cyrillic writer uses
                }
                cyrillic = true;
            } else if (Character.isLetter(c)) {
                latin = true;
            }
        }
        return cyrillic && !latin && country != null && PHONETIC_CYRILLIC.contains(country);
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || switch (c) {
                    case '-', '‐', '‑', '–', '—', '.', '·', '•', '_', '/' -> true;
                    default -> false;
                };
    }

    /** A Latin letter with diacritics without them ({@code Š} → {@code S}); refuses letters of other scripts. */
    private static char latinBase(String text, char c) {
        char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
        if (base < 'A' || base > 'Z') {
            throw garbage(text);
        }
        return base;
    }

    private static NormalisationException garbage(String text) {
        return new NormalisationException("plate", text, EXPECTED);
    }
}
