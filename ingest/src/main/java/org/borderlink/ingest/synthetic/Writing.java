package org.borderlink.ingest.synthetic;

/**
 * The language and script a report is written in. Decides how names, places, countries and narratives are
 * spelled; {@link #language} is the ISO 639-1 code given with the narrative (Montenegrin has none and is
 * given as {@code sr}).
 */
enum Writing {
    /** Serbian in Cyrillic: Serbian police, Republika Srpska. */
    SR_CYRL("sr", true),
    /** Serbian in Latin script (ekavian). */
    SR_LATN("sr", false),
    /** Bosnian (ijekavian Latin). */
    BS("bs", false),
    /** Montenegrin (ijekavian Latin). */
    ME("sr", false),
    /** Croatian. */
    HR("hr", false),
    /** Macedonian in Cyrillic. */
    MK("mk", true),
    /** Albanian: Albania and Kosovo. */
    SQ("sq", false),
    /** English: reports from agencies outside the region's languages. */
    EN("en", false);

    final String language;
    final boolean cyrillic;

    Writing(String language, boolean cyrillic) {
        this.language = language;
        this.cyrillic = cyrillic;
    }

    /** The language family whose word lists this writing uses. */
    Family family() {
        return switch (this) {
            case SR_CYRL, SR_LATN -> Family.SERBIAN;
            case BS, ME -> Family.IJEKAVIAN;
            case HR -> Family.CROATIAN;
            case MK -> Family.MACEDONIAN;
            case SQ -> Family.ALBANIAN;
            case EN -> Family.ENGLISH;
        };
    }

    /** Serbian-Latin text in this writing's script (Cyrillic for {@link #SR_CYRL}). */
    String script(String serbianLatin) {
        return this == SR_CYRL ? Spelling.serbianCyrillic(serbianLatin) : serbianLatin;
    }

    enum Family {
        SERBIAN,
        IJEKAVIAN,
        CROATIAN,
        MACEDONIAN,
        ALBANIAN,
        ENGLISH
    }
}
