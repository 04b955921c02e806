package org.borderlink.api.sharing;

import java.util.Locale;

/** The exact selectors hit/no-hit answers for. */
public enum SelectorType {
    /** A phone number, E.164 or national with {@code country}. */
    PHONE,
    /** A registration plate, optionally with its {@code country}. */
    PLATE,
    /** An identity or travel document: {@code TYPE:ISSUER:NUMBER}, e.g. {@code PASSPORT:AF:P1234567}. */
    DOCUMENT,
    /** A person's name as reported, matched on its folded key (script, diacritics and word order do not matter). */
    NAME;

    static SelectorType parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadSelector("type must be phone, plate, document or name");
        }
    }
}
