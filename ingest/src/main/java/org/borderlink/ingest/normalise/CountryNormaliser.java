package org.borderlink.ingest.normalise;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.borderlink.graph.model.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * Country names, nationality words and codes, in any of the region's languages and scripts, to a
 * {@link CountryCode} ({@code XK} for Kosovo).
 *
 * <p>Accepted, case- and diacritic-insensitively:
 *
 * <ul>
 *   <li>ISO 3166-1 alpha-2 and alpha-3 codes, plus {@code XK}, {@code XKX} and {@code RKS} for Kosovo and the
 *       EU's {@code EL} (Greece) and {@code UK} ({@code BiH} is Bosnia and Herzegovina's alpha-3 {@code BIH});
 *   <li>the hand-checked names and demonyms of {@link CountryNames} (English, Serbian Cyrillic and Latin,
 *       Bosnian/Croatian/Montenegrin, Macedonian, Albanian, German, Greek, Turkish);
 *   <li>every country's name as the JDK's CLDR data spells it in those languages and in French, Italian,
 *       Spanish, Hungarian, Bulgarian, Romanian and Slovenian (names that two countries share are dropped);
 *   <li>Albanian definite and indefinite forms and similar endings: when nothing matches exactly, a final
 *       {@code a}, {@code e} ({@code ë}), {@code i} or {@code u} is ignored on both sides, so {@code Belgjika}
 *       finds {@code Belgjikë} and {@code Iraku} finds {@code Irak}.
 * </ul>
 *
 * <p>Words that only join ({@code and}, {@code i}, {@code und}, {@code dhe}, {@code e}, {@code και}, …) and
 * punctuation do not count: {@code Bosna-Hercegovina}, {@code Bosna i Hercegovina} and {@code Kosovo*} all
 * match. A bracketed remark or anything after a comma is set aside when the whole does not match:
 * {@code Kosovo (UNSCR 1244)}, {@code Iran (Islamic Republic of)}, {@code Afghanistan, Islamic Republic of}.
 * Building the tables takes a moment: make one instance and share it; it is thread-safe.
 */
public final class CountryNormaliser {

    private static final String EXPECTED =
            "expected an ISO 3166-1 code or a country name or nationality, e.g. RS, SRB, Srbija, Србија, Serbian";
    private static final Set<String> JOINING_WORDS =
            Set.of("and", "i", "und", "dhe", "e", "kai", "ve", "et", "y", "the", "of");
    private static final List<String> CLDR_LANGUAGES = List.of(
            "en", "sr", "sr-Latn", "hr", "bs", "mk", "sq", "de", "el", "tr", "fr", "it", "es", "hu", "bg", "ro", "sl");
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)?");
    private static final int MIN_STEM_LENGTH = 5;
    private static final int CACHE_LIMIT = 10_000;

    private final Map<String, CountryCode> codes = new HashMap<>();
    private final Map<String, CountryCode> names = new HashMap<>();
    private final Map<String, CountryCode> stems = new HashMap<>();
    private final Map<String, CountryCode> cache = new ConcurrentHashMap<>();

    public CountryNormaliser() {
        for (String alpha2 : Locale.getISOCountries()) {
            CountryCode code = CountryCode.of(alpha2);
            codes.put(alpha2, code);
            String alpha3 = Locale.of("", alpha2).getISO3Country();
            if (!alpha3.isEmpty()) {
                codes.put(alpha3, code);
            }
        }
        codes.put("XK", CountryCode.of("XK"));
        CountryNames.EXTRA_CODES.forEach((extra, alpha2) -> codes.put(extra, CountryCode.of(alpha2)));

        Map<String, CountryCode> generated = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (CountryCode code : Set.copyOf(codes.values())) {
            String alpha2 = code.code();
            Locale country = Locale.of("", alpha2);
            for (String language : CLDR_LANGUAGES) {
                String name = country.getDisplayCountry(Locale.forLanguageTag(language));
                if (name.equals(alpha2)) {
                    continue; // no CLDR name in that language
                }
                String key = key(name);
                CountryCode other = generated.putIfAbsent(key, code);
                if (other != null && !other.equals(code)) {
                    ambiguous.add(key);
                }
            }
        }
        ambiguous.forEach(generated::remove);

        CountryNames.NAMES.forEach((alpha2, list) -> {
            CountryCode code = CountryCode.of(alpha2);
            for (String name : list.split("\\|")) {
                CountryCode other = names.put(key(name), code);
                if (other != null && !other.equals(code)) {
                    throw new IllegalStateException("country name '" + name + "' given for " + other + " and " + code);
                }
            }
        });
        generated.forEach(names::putIfAbsent);

        Set<String> ambiguousStems = new HashSet<>();
        names.forEach((key, code) -> {
            CountryCode other = stems.putIfAbsent(stem(key), code);
            if (other != null && !other.equals(code)) {
                ambiguousStems.add(stem(key));
            }
        });
        ambiguousStems.forEach(stems::remove);
    }

    /**
     * The country {@code text} names.
     *
     * @throws NormalisationException if {@code text} is blank or names no country this normaliser knows
     */
    public CountryCode normalise(String text) {
        CountryCode code = lookup(text);
        if (code == null) {
            throw new NormalisationException("country", text, EXPECTED);
        }
        return code;
    }

    /** The country {@code text} names, or empty if it names none this normaliser knows. */
    public Optional<CountryCode> find(String text) {
        return Optional.ofNullable(lookup(text));
    }

    private @Nullable CountryCode lookup(String text) {
        CountryCode cached = cache.get(text);
        if (cached != null) {
            return cached;
        }
        CountryCode code = resolve(text.strip());
        if (code != null && cache.size() < CACHE_LIMIT) {
            cache.put(text, code);
        }
        return code;
    }

    private @Nullable CountryCode resolve(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if ((text.length() == 2 || text.length() == 3) && isAsciiLetters(text)) {
            CountryCode code = codes.get(text.toUpperCase(Locale.ROOT));
            if (code != null) {
                return code;
            }
        }
        CountryCode code = byName(text);
        if (code == null && (text.indexOf('(') >= 0 || text.indexOf(',') >= 0)) {
            // "Kosovo (UNSCR 1244)", "Iran (Islamic Republic of)", "Afghanistan, Islamic Republic of"
            String shorter = BRACKETED.matcher(text).replaceAll(" ");
            int comma = shorter.indexOf(',');
            code = byName(comma >= 0 ? shorter.substring(0, comma) : shorter);
        }
        return code;
    }

    private @Nullable CountryCode byName(String text) {
        String key = key(text);
        if (key.isEmpty()) {
            return null;
        }
        CountryCode code = names.get(key);
        return code != null ? code : stems.get(stem(key));
    }

    /** Folded name without joining words: {@code "Bosna i Hercegovina"} → {@code "bosna hercegovina"}. */
    private static String key(String name) {
        String folded = Scripts.fold(name);
        if (folded.indexOf(' ') < 0) {
            return folded;
        }
        StringBuilder key = new StringBuilder(folded.length());
        for (String word : folded.split(" ")) {
            if (!JOINING_WORDS.contains(word)) {
                if (!key.isEmpty()) {
                    key.append(' ');
                }
                key.append(word);
            }
        }
        return key.toString();
    }

    /** The key without a final a, e, i or u, if long enough: Albanian definite/indefinite and similar endings. */
    private static String stem(String key) {
        int last = key.length() - 1;
        if (key.length() >= MIN_STEM_LENGTH && "aeiu".indexOf(key.charAt(last)) >= 0) {
            return key.substring(0, last);
        }
        return key;
    }

    private static boolean isAsciiLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                return false;
            }
        }
        return true;
    }
}
