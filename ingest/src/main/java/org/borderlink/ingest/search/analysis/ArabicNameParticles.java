package org.borderlink.ingest.search.analysis;

import java.util.Map;
import java.util.Set;
import org.borderlink.ingest.normalise.NameNormaliser;
import org.jspecify.annotations.Nullable;

/**
 * The particle rules of {@link ArabicNameParticleFilter}, on folded words (lower case ASCII, doubled letters
 * already single: {@code abdullah} arrives as {@code abdulah}).
 */
final class ArabicNameParticles {

    private static final NameNormaliser NAMES = new NameNormaliser();

    /** The definite article written with its l: al-Hassan, el-Sayed, Zia ul Haq. */
    private static final Set<String> ARTICLES = Set.of("al", "el", "ul", "il", "ol");
    /** Letters the article assimilates to ("sun letters", folded): ar-Rahman, as-Salam, ad-Din, at-Tayyib. */
    private static final String SUN_LETTERS = "tdrzsn";
    /** "son of", "daughter of" → the spelling used in the key. */
    private static final Map<String, String> KINSHIP =
            Map.of("bin", "bin", "ibn", "bin", "ibnu", "bin", "bint", "bint", "binti", "bint");
    /** Allah as a separate word after a name: Habib Ullah, Habib-ulla, Ata Allah, Abdul-lah. */
    private static final Set<String> ALLAH_WORDS = Set.of("ulah", "ula", "alah", "lah");

    static final String ABD = "abdul";
    static final String ABU = "abu";
    static final String ALLAH_SUFFIX = "ulah";
    /** Canonical form of Abdullah, Abdulla, Abdallah, Abd Allah, Abd Ullah, Abdul-lah, Abdullahi. */
    static final String ABDULLAH = "abdulah";

    private static final int MIN_CORE = 3;

    private ArabicNameParticles() {}

    /** What {@code abd…} is: a bare prefix (abd, abdul, abdel, abdur), Abdullah, or a compound with a core. */
    record Abd(boolean bare, @Nullable String core) {
        boolean allah() {
            return !bare && core == null;
        }
    }

    /**
     * Reads a folded word that starts with {@code abd}: {@code abdul}, {@code abdel}, {@code abdur}, {@code abd} are
     * bare prefixes; {@code abdulah}, {@code abdalah}, {@code abdula}, {@code abdulahi} are Abdullah; {@code
     * abdulrahman}, {@code abdelrahman}, {@code abdurahman} (Abdurrahman), {@code abdusalam} have the core {@code
     * rahman} or {@code salam}. Anything else ({@code abdi}, {@code abdo}, not starting with abd) is null.
     */
    static @Nullable Abd abd(String word) {
        if (!word.startsWith("abd")) {
            return null;
        }
        String rest = word.substring(3);
        if (rest.isEmpty()) {
            return new Abd(true, null);
        }
        if (rest.matches("[aeiou]?lah?i?")) {
            return new Abd(false, null);
        }
        if (!isVowel(rest.charAt(0))) {
            return rest.length() >= MIN_CORE ? new Abd(false, rest) : null;
        }
        if (rest.length() < 2) {
            return null;
        }
        char article = rest.charAt(1);
        String core;
        if (article == 'l') {
            core = rest.substring(2); // abdul-rahman
        } else if (SUN_LETTERS.indexOf(article) >= 0) {
            core = rest.substring(1); // abdu-rahman: the article took the sound of the core's first letter
        } else {
            return null;
        }
        if (core.length() <= 1) {
            return new Abd(true, null);
        }
        return core.length() >= MIN_CORE ? new Abd(false, core) : null;
    }

    /** The canonical compound of Abd + core: {@code abdulrahman}. */
    static String abdCompound(Abd abd) {
        String core = abd.core();
        return core == null ? ABDULLAH : fold(ABD + core);
    }

    /**
     * The canonical compound of a bare Abd prefix with its articles ({@code abd}, {@code abdal}) and the word after
     * them: {@code abdulrahman}, or {@link #ABDULLAH} when that word is Allah ({@code abd} + {@code ulah}).
     */
    static String abdCompound(String prefix, String word) {
        Abd whole = abd(fold(prefix + word));
        return whole != null && whole.allah() ? ABDULLAH : fold(ABD + word);
    }

    /** The core of a one-word Abu name ({@code abubakr} → {@code bakr}), or null. */
    static @Nullable String abuCore(String word) {
        if (word.length() >= ABU.length() + MIN_CORE && word.startsWith(ABU) && !isVowel(word.charAt(3))) {
            return word.substring(3);
        }
        return null;
    }

    /** The name before Allah in a one-word name ({@code habibulah}, {@code nasralah}, {@code habibula}), or null. */
    static @Nullable String allahCore(String word) {
        for (String suffix : new String[] {"ulah", "alah"}) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_CORE) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        if (word.endsWith("ula") && word.length() - 3 > MIN_CORE) {
            return word.substring(0, word.length() - 3);
        }
        return null;
    }

    /** The canonical compound of a name + Allah: {@code habibulah}. */
    static String allahCompound(String core) {
        return fold(core + ALLAH_SUFFIX);
    }

    /** The canonical compound of Abu + name: {@code abubakr}. */
    static String abuCompound(String core) {
        return fold(ABU + core);
    }

    /** True if {@code word} is Allah written apart from the name before it. */
    static boolean isAllahWord(String word) {
        return ALLAH_WORDS.contains(word);
    }

    /** True if {@code word} is the article before {@code next}: al/el/ul before anything, ar before r…, as before s…. */
    static boolean isArticle(String word, @Nullable String next) {
        if (next == null || next.isEmpty()) {
            return false;
        }
        if (ARTICLES.contains(word)) {
            return true;
        }
        return word.length() == 2
                && (word.charAt(0) == 'a' || word.charAt(0) == 'e' || word.charAt(0) == 'u')
                && SUN_LETTERS.indexOf(word.charAt(1)) >= 0
                && next.charAt(0) == word.charAt(1);
    }

    /** The key spelling of bin, ibn, bint, or null if {@code word} is none of them. */
    static @Nullable String kinship(String word) {
        return KINSHIP.get(word);
    }

    private static String fold(String joined) {
        return NAMES.key(joined).replace(" ", "");
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
