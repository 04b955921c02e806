package org.borderlink.ingest.synthetic;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Hand-made conversions between the spellings one name takes in the region's records, the way officers write
 * them (not the reversible scientific transliterations the normalisers use to read them back):
 *
 * <ul>
 *   <li>Serbian Latin to Serbian Cyrillic ({@code Džavad Huseini} → {@code Џавад Хусеини}) and to Macedonian
 *       Cyrillic ({@code Ć} → {@code Ќ}, {@code Đ} → {@code Ѓ});
 *   <li>Slavic names to Albanian orthography ({@code Petrović} → {@code Petroviq}, {@code Hodžić} →
 *       {@code Hoxhiq}) and Albanian names to Serbian Latin ({@code Krasniqi} → {@code Krasnići});
 *   <li>passport style (upper-case ASCII, ICAO-like: {@code Đ} → {@code DJ}) and typing without diacritics.
 * </ul>
 *
 * <p>Slavic names are written in Serbian Latin, with {@code ǵ}, {@code ḱ} and {@code ʒ} for the Macedonian
 * letters Ѓ, Ќ and Ѕ.
 */
final class Spelling {

    private Spelling() {}

    /** Serbian Latin (with the Macedonian extras) as a Serbian reporter types it. */
    static String serbianLatin(String slavic) {
        if (slavic.indexOf('ǵ') < 0
                && slavic.indexOf('ḱ') < 0
                && slavic.indexOf('ʒ') < 0
                && slavic.indexOf('Ǵ') < 0
                && slavic.indexOf('Ḱ') < 0) {
            return slavic;
        }
        return slavic.replace("ǵ", "đ")
                .replace("Ǵ", "Đ")
                .replace("ḱ", "ć")
                .replace("Ḱ", "Ć")
                .replace("ʒ", "dz");
    }

    /** Serbian Cyrillic from Serbian Latin; {@code {placeholders}} are left alone. */
    static String serbianCyrillic(String latin) {
        return cyrillic(latin, false);
    }

    /** Macedonian Cyrillic from Serbian Latin (ć → ќ, đ → ѓ, dz → ѕ); {@code {placeholders}} are left alone. */
    static String macedonianCyrillic(String latin) {
        return cyrillic(latin, true);
    }

    private static String cyrillic(String latin, boolean macedonian) {
        StringBuilder out = new StringBuilder(latin.length());
        int n = latin.length();
        boolean placeholder = false;
        for (int i = 0; i < n; i++) {
            char c = latin.charAt(i);
            if (c == '{') placeholder = true;
            if (placeholder) {
                out.append(c);
                if (c == '}') placeholder = false;
                continue;
            }
            char next = i + 1 < n ? latin.charAt(i + 1) : 0;
            boolean upper = Character.isUpperCase(c);
            char lower = Character.toLowerCase(c);
            char nextLower = Character.toLowerCase(next);
            String digraph = null;
            if (lower == 'd' && nextLower == 'ž') digraph = "џ";
            else if (lower == 'l' && nextLower == 'j') digraph = "љ";
            else if (lower == 'n' && nextLower == 'j') digraph = "њ";
            else if (macedonian && lower == 'd' && nextLower == 'z') digraph = "ѕ";
            if (digraph != null) {
                out.append(upper ? digraph.toUpperCase(Locale.ROOT) : digraph);
                i++;
                continue;
            }
            String mapped = letter(lower, macedonian);
            if (mapped == null) {
                out.append(c);
            } else if (upper) {
                // "Ks" for X keeps its second letter lower case unless the word is written in capitals
                boolean capitals = Character.isUpperCase(next)
                        || (next == 0 && i > 0 && Character.isUpperCase(latin.charAt(i - 1)));
                out.append(
                        mapped.length() == 1 || capitals
                                ? mapped.toUpperCase(Locale.ROOT)
                                : Character.toUpperCase(mapped.charAt(0)) + mapped.substring(1));
            } else {
                out.append(mapped);
            }
        }
        return out.toString();
    }

    private static String letter(char c, boolean macedonian) {
        return switch (c) {
            case 'a' -> "а";
            case 'b' -> "б";
            case 'c' -> "ц";
            case 'č', 'ç' -> "ч";
            case 'ć', 'ḱ' -> macedonian ? "ќ" : "ћ";
            case 'd' -> "д";
            case 'đ', 'ǵ' -> macedonian ? "ѓ" : "ђ";
            case 'e', 'ë' -> "е";
            case 'f' -> "ф";
            case 'g' -> "г";
            case 'h' -> "х";
            case 'i', 'ı' -> "и";
            case 'j', 'y' -> "ј";
            case 'k', 'q' -> "к";
            case 'l' -> "л";
            case 'm' -> "м";
            case 'n' -> "н";
            case 'o', 'ö' -> "о";
            case 'p' -> "п";
            case 'r' -> "р";
            case 's' -> "с";
            case 'š', 'ş' -> "ш";
            case 't' -> "т";
            case 'u', 'ü' -> "у";
            case 'v', 'w' -> "в";
            case 'x' -> "кс";
            case 'z' -> "з";
            case 'ž' -> "ж";
            case 'ʒ' -> macedonian ? "ѕ" : "дз";
            default -> null;
        };
    }

    /** A Slavic name in Albanian orthography: {@code Petrović} → {@code Petroviq}, {@code Džemal} → {@code Xhemal}. */
    static String albanianFromSlavic(String slavic) {
        StringBuilder out = new StringBuilder(slavic.length() + 4);
        int n = slavic.length();
        for (int i = 0; i < n; i++) {
            char c = slavic.charAt(i);
            char next = i + 1 < n ? slavic.charAt(i + 1) : 0;
            boolean upper = Character.isUpperCase(c);
            boolean capitals = upper && (Character.isUpperCase(next) || next == 0);
            char lower = Character.toLowerCase(c);
            if (lower == 'd' && Character.toLowerCase(next) == 'ž') {
                out.append(cased("xh", upper, capitals));
                i++;
                continue;
            }
            String mapped = switch (lower) {
                case 'č' -> "ç";
                case 'ć', 'ḱ' -> "q";
                case 'đ', 'ǵ' -> "gj";
                case 'š' -> "sh";
                case 'ž' -> "zh";
                case 'ʒ' -> "x";
                default -> null;
            };
            if (mapped == null) out.append(c);
            else out.append(cased(mapped, upper, capitals));
        }
        return out.toString();
    }

    /** An Albanian name in Serbian Latin: {@code Krasniqi} → {@code Krasnići}, {@code Xhaferi} → {@code Džaferi}. */
    static String serbianFromAlbanian(String albanian) {
        StringBuilder out = new StringBuilder(albanian.length());
        int n = albanian.length();
        for (int i = 0; i < n; i++) {
            char c = albanian.charAt(i);
            char next = i + 1 < n ? albanian.charAt(i + 1) : 0;
            boolean upper = Character.isUpperCase(c);
            boolean capitals = upper && (Character.isUpperCase(next) || next == 0);
            String pair = ("" + Character.toLowerCase(c) + Character.toLowerCase(next));
            String mapped = switch (pair) {
                case "xh" -> "dž";
                case "gj" -> "đ";
                case "sh" -> "š";
                case "zh" -> "ž";
                case "dh" -> "d";
                case "th" -> "t";
                case "ll" -> "l";
                case "rr" -> "r";
                default -> null;
            };
            if (mapped != null) {
                out.append(cased(mapped, upper, capitals));
                i++;
                continue;
            }
            mapped = switch (Character.toLowerCase(c)) {
                case 'q' -> "ć";
                case 'ç' -> "č";
                case 'ë' -> "e";
                case 'y' -> "i";
                case 'x' -> "dz";
                default -> null;
            };
            if (mapped == null) out.append(c);
            else out.append(cased(mapped, upper, capitals));
        }
        return out.toString();
    }

    /** Passport (machine-readable zone) style: upper-case ASCII, {@code Đ} → {@code DJ}, {@code Ë} → {@code E}. */
    static String passport(String name) {
        return plain(name).toUpperCase(Locale.ROOT);
    }

    /** As typed on a keyboard without diacritics: {@code Đorđević} → {@code Djordjevic}, {@code Shkodër} → {@code Shkoder}. */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : 0;
            boolean upper = Character.isUpperCase(c);
            boolean capitals = upper && (Character.isUpperCase(next) || next == 0);
            String mapped = switch (Character.toLowerCase(c)) {
                case 'đ' -> "dj";
                case 'ǵ' -> "gj";
                case 'ḱ' -> "kj";
                case 'ʒ' -> "dz";
                case 'ı' -> "i";
                default -> null;
            };
            if (mapped != null) {
                out.append(cased(mapped, upper, capitals));
            } else if (c < 0x80) {
                out.append(c);
            } else {
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                char base = decomposed.charAt(0);
                out.append(base < 0x80 ? base : c);
            }
        }
        return out.toString();
    }

    private static String cased(String lower, boolean upper, boolean capitals) {
        if (!upper) return lower;
        if (capitals) return lower.toUpperCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
