package org.borderlink.ingest.normalise;

import java.util.Arrays;
import org.borderlink.graph.model.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * Person and organisation names: the original is kept, a Latin spelling is made for display and search, and a
 * folded key groups the spellings one name takes across the region's records (Jawad, JAWAD, Džavad, Џавад,
 * Xhavad, Dzavad) for resolution to compare.
 *
 * <p><b>Latin spelling.</b> Latin text is kept as written. Cyrillic is transliterated with ICU
 * {@code Serbian-Latin/BGN} ({@code Џавад} → {@code Džavad}, {@code Ђорђе} → {@code Đorđe}), or with
 * {@code Macedonian-Latin/BGN} when the reporting country is North Macedonia or the name has Ѓ, Ќ or Ѕ
 * ({@code Ѓорѓи} → {@code Ǵorǵi}); Greek with {@code Greek-Latin/UNGEGN} then ASCII; Arabic, Persian and any
 * other script with {@code Any-Latin; Latin-ASCII}.
 *
 * <p><b>Folded key.</b> From the Latin spelling: lower case; {@code đ → dj}, {@code ǵ → gj}, {@code ḱ → kj},
 * other diacritics dropped ({@code ë → e}, {@code š → s}, {@code ç → c}, {@code ž → z}, {@code č}/{@code ć →
 * c}); anything but letters and digits separates words. Then in each word, left to right, longest first:
 *
 * <table>
 *   <caption>Spellings unified in the folded key</caption>
 *   <tr><th>written</th><th>key</th><th>why</th></tr>
 *   <tr><td>dzh, dz (dž without its háček), dj (đ), gj, xh, j before a vowel, y before a vowel</td><td>j</td>
 *       <td>Serbian dž/џ and đ/ђ, Albanian xh and gj, Macedonian ѓ, English and Arabic-name j, and y:
 *       Džavad = Xhavad = Jawad, Đorđe = Djordje = Gjorgje, Yusuf = Jusuf</td></tr>
 *   <tr><td>j or y not before a vowel</td><td>i</td><td>Husejn = Hussein = Huseyn</td></tr>
 *   <tr><td>ch, kj (ḱ, ќ), ç, č, ć</td><td>c</td><td>English ch, Albanian ç, Serbian č/ć, Macedonian ќ</td></tr>
 *   <tr><td>sh, š, ş</td><td>s</td><td>Albanian sh, Serbian š, Turkish ş (and data that drops diacritics)</td></tr>
 *   <tr><td>zh, ž</td><td>z</td><td>Albanian zh, Serbian ž</td></tr>
 *   <tr><td>kh</td><td>h</td><td>Khan = Han (Хан)</td></tr>
 *   <tr><td>th, dh, ph</td><td>t, d, f</td><td>Albanian and Arabic-name transcriptions</td></tr>
 *   <tr><td>w</td><td>v</td><td>Jawad = Džavad</td></tr>
 *   <tr><td>ou</td><td>u</td><td>French-style Youssef, Mahmoud</td></tr>
 *   <tr><td>a doubled letter</td><td>one</td><td>Hussein = Husein, Mohammed = Mohamed</td></tr>
 * </table>
 *
 * <p>The words are then sorted, so {@code Husein Džavad} and {@code Džavad Husein} have one key. Not unified:
 * vowel variants (Mohammed/Muhammad, Yusuf/Yousaf), particles (al-, el-, bin, ibn) and a plain {@code d}
 * written for {@code đ} ({@code Dorde}): those are for fuzzy comparison during resolution, not for the key.
 * Thread-safe.
 */
public final class NameNormaliser {

    private static final CountryCode NORTH_MACEDONIA = CountryCode.of("MK");

    /** The name, its Latin spelling and folded key; Cyrillic read as Serbian unless it has Ѓ, Ќ or Ѕ. */
    public NormalisedName normalise(String name) {
        return normalise(name, null);
    }

    /**
     * The name, its Latin spelling and folded key.
     *
     * @param reportingCountry Cyrillic in a report from North Macedonia ({@code MK}) is read as Macedonian
     */
    public NormalisedName normalise(String name, @Nullable CountryCode reportingCountry) {
        String original = name.strip();
        String latin = Scripts.toLatin(original, NORTH_MACEDONIA.equals(reportingCountry));
        return new NormalisedName(original, latin, foldedKey(latin));
    }

    /** The folded key alone (see the class comment), for names already in Latin script or any other. */
    public String key(String name) {
        return foldedKey(Scripts.toLatin(name.strip(), false));
    }

    private static String foldedKey(String latin) {
        String folded = Scripts.fold(latin);
        if (folded.isEmpty()) {
            return folded;
        }
        String[] words = folded.split(" ");
        for (int i = 0; i < words.length; i++) {
            words[i] = foldWord(words[i]);
        }
        Arrays.sort(words);
        return String.join(" ", words);
    }

    /** The spelling rules of the class comment, applied to one lower-case ASCII word. */
    static String foldWord(String word) {
        StringBuilder out = new StringBuilder(word.length());
        int n = word.length();
        int i = 0;
        while (i < n) {
            char c = word.charAt(i);
            char next = i + 1 < n ? word.charAt(i + 1) : 0;
            char mapped;
            int width = 2;
            if (c == 'd' && next == 'z' && i + 2 < n && word.charAt(i + 2) == 'h') {
                mapped = 'j';
                width = 3;
            } else {
                mapped = switch (c << 16 | next) {
                    case 'd' << 16 | 'z', 'd' << 16 | 'j', 'g' << 16 | 'j', 'x' << 16 | 'h' -> 'j';
                    case 'c' << 16 | 'h', 'k' << 16 | 'j' -> 'c';
                    case 's' << 16 | 'h' -> 's';
                    case 'z' << 16 | 'h' -> 'z';
                    case 'k' << 16 | 'h' -> 'h';
                    case 't' << 16 | 'h' -> 't';
                    case 'd' << 16 | 'h' -> 'd';
                    case 'p' << 16 | 'h' -> 'f';
                    case 'o' << 16 | 'u' -> 'u';
                    default -> 0;
                };
                if (mapped == 0) {
                    width = 1;
                    mapped = switch (c) {
                        case 'j', 'y' -> isVowel(next) ? 'j' : 'i';
                        case 'w' -> 'v';
                        default -> c;
                    };
                }
            }
            if (out.isEmpty() || out.charAt(out.length() - 1) != mapped) {
                out.append(mapped);
            }
            i += width;
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
