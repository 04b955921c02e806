package org.borderlink.ingest.tabular;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A value dictionary of a mapping: the agency's words (in its language and script) for canonical values, e.g.
 * {@code муш}, {@code m}, {@code mashkull} → {@code MALE}. Lookup ignores case, surrounding space and runs of
 * spaces; nothing else, so that a dictionary says exactly what it accepts.
 *
 * @param name the dictionary's name in the mapping
 * @param entries the agency's words as written → canonical value, in mapping order
 */
public record Dictionary(String name, Map<String, String> entries) {

    public Dictionary {
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The canonical value for {@code text}, or null when the dictionary does not know it. */
    public @Nullable String lookup(String text) {
        String wanted = key(text);
        for (Map.Entry<String, String> e : entries.entrySet()) {
            if (key(e.getKey()).equals(wanted)) return e.getValue();
        }
        return null;
    }

    /** The words the dictionary knows, as written, for messages. */
    public List<String> words() {
        return List.copyOf(entries.keySet());
    }

    /** The lookup key: NFC, lower case, single spaces. */
    static String key(String text) {
        String nfc = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        return nfc.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
