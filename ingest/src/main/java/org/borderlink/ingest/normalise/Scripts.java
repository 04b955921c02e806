package org.borderlink.ingest.normalise;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntPredicate;

/**
 * Script conversion and folding shared by the normalisers.
 *
 * <p>{@link #toLatin} converts each run of one script with the transliterator that suits it: Serbian Cyrillic
 * with ICU {@code Serbian-Latin/BGN} (Macedonian text with {@code Macedonian-Latin/BGN} first), Greek with
 * {@code Greek-Latin/UNGEGN} (modern pronunciation: Θεσσαλονίκη → Thessaloniki), and every other script
 * (Arabic, Persian, Russian letters Serbian lacks, …) with {@code Any-Latin; Latin-ASCII}. Latin text is left
 * as it is, so Serbian Latin, Albanian and Croatian keep their diacritics.
 *
 * <p>{@link #fold} turns any text into a comparison key: Latin, lower case, ASCII, words separated by one space.
 */
final class Scripts {

    private static final TransliteratorPool SERBIAN = new TransliteratorPool("Serbian-Latin/BGN");
    // Ђ and Ћ are not Macedonian letters, so Serbian BGN picks up what the Macedonian rules leave.
    private static final TransliteratorPool MACEDONIAN =
            new TransliteratorPool("Macedonian-Latin/BGN; Serbian-Latin/BGN");
    private static final TransliteratorPool GREEK = new TransliteratorPool("Greek-Latin/UNGEGN; Latin-ASCII");
    private static final TransliteratorPool OTHER = new TransliteratorPool("Any-Latin; Latin-ASCII");

    private Scripts() {}

    /** Latin spelling of {@code text}; Cyrillic is read as Macedonian when asked or when Ѓ, Ќ or Ѕ occur. */
    static String toLatin(String text, boolean macedonian) {
        if (isLatin(text)) {
            return text;
        }
        String latin =
                replaceRuns(text, Scripts::isCyrillic, macedonian || hasMacedonianLetters(text) ? MACEDONIAN : SERBIAN);
        latin = replaceRuns(latin, Scripts::isGreek, GREEK);
        latin = replaceRuns(latin, Scripts::isOtherScript, OTHER);
        // ICU writes some letters decomposed (c + combining acute for ć); keep one form so equal names are equal.
        return Normalizer.isNormalized(latin, Normalizer.Form.NFC)
                ? latin
                : Normalizer.normalize(latin, Normalizer.Form.NFC);
    }

    /** True if the text has no letters outside the Latin script. */
    static boolean isLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0370 && isOtherScript(Character.isSurrogate(c) ? text.codePointAt(i) : c)) {
                return false;
            }
        }
        return true;
    }

    /** True if the text has a letter only Macedonian Cyrillic uses: Ѓ, Ќ or Ѕ. */
    static boolean hasMacedonianLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case 'Ѓ', 'ѓ', 'Ќ', 'ќ', 'Ѕ', 'ѕ' -> {
                    return true;
                }
                default -> {}
            }
        }
        return false;
    }

    /**
     * Comparison key: {@link #toLatin Latin}, lower case, diacritics removed (đ → dj, ǵ → gj, ḱ → kj, ß → ss,
     * ø → o, ł → l, æ → ae, œ → oe, ı → i), anything that is not a letter or digit turned into a single space,
     * trimmed. {@code "Šid – Tovarnik"} → {@code "sid tovarnik"}, {@code "СРБИЈА"} → {@code "srbija"}.
     */
    static String fold(String text) {
        String lower = toLatin(text, false).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.isNormalized(lower, Normalizer.Form.NFD)
                ? lower
                : Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        int n = decomposed.length();
        for (int i = 0; i < n; i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            boolean acute = i + 1 < n && decomposed.charAt(i + 1) == '\u0301';
            switch (c) {
                case 'g' -> out.append(acute ? "gj" : "g"); // Macedonian ǵ (Ѓ)
                case 'k' -> out.append(acute ? "kj" : "k"); // Macedonian ḱ (Ќ)
                case 'đ' -> out.append("dj");
                case 'ß' -> out.append("ss");
                case 'ø' -> out.append('o');
                case 'ł' -> out.append('l');
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ı' -> out.append('i');
                case 'ħ' -> out.append('h');
                case 'þ' -> out.append("th");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isCyrillic(int cp) {
        return UScript.getScript(cp) == UScript.CYRILLIC;
    }

    private static boolean isGreek(int cp) {
        return UScript.getScript(cp) == UScript.GREEK;
    }

    private static boolean isOtherScript(int cp) {
        int script = UScript.getScript(cp);
        return script != UScript.LATIN
                && script != UScript.COMMON
                && script != UScript.INHERITED
                && script != UScript.UNKNOWN;
    }

    /**
     * Replaces each run of code points that satisfy {@code member} (with the spaces, punctuation and marks
     * between them, so the transliterator sees whole words) by its transliteration.
     */
    private static String replaceRuns(String text, IntPredicate member, TransliteratorPool pool) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!member.test(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = i + Character.charCount(cp);
            int j = end;
            while (j < n) {
                int c = text.codePointAt(j);
                int width = Character.charCount(c);
                if (member.test(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                    j += width;
                    end = j;
                } else if (!Character.isLetterOrDigit(c)) {
                    j += width;
                } else {
                    break;
                }
            }
            if (out == null) {
                out = new StringBuilder(n + 8);
            }
            out.append(text, copied, start).append(pool.transliterate(text.substring(start, end)));
            copied = end;
            i = end;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    /**
     * Compiled transliterators for one ICU id. A {@link Transliterator} must not be used by two threads at
     * once; instances are borrowed and given back, so there are never more than the threads transliterating
     * at the same moment, and none is compiled twice for the same thread.
     */
    private static final class TransliteratorPool {

        private final String id;
        private final ConcurrentLinkedQueue<Transliterator> idle = new ConcurrentLinkedQueue<>();

        TransliteratorPool(String id) {
            this.id = id;
            idle.add(Transliterator.getInstance(id));
        }

        String transliterate(String text) {
            Transliterator t = idle.poll();
            if (t == null) {
                t = Transliterator.getInstance(id);
            }
            try {
                return t.transliterate(text);
            } finally {
                idle.offer(t);
            }
        }
    }
}
