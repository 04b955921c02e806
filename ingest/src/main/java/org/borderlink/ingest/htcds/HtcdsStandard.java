package org.borderlink.ingest.htcds;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The HTCDS 2.0 field standard as IOM publishes it (bundled as {@code htcds/field-standards-2.0.csv}, CC BY 4.0):
 * every field name with its type, and the value names and labels of each picklist. The importer accepts every
 * standard field (and refuses names that are not in it, so a misspelt column is never silently lost) and reads
 * picklist values by name or by label.
 */
public final class HtcdsStandard {

    /** A standard field: {@code vic_TypeOfExploitation}, its type, and its picklist values (name → label). */
    public record FieldSpec(String name, String type, Map<String, String> values) {

        public boolean multiselect() {
            return type.toLowerCase(Locale.ROOT).startsWith("multiselect");
        }

        public boolean picklist() {
            return !values.isEmpty();
        }
    }

    private static final HtcdsStandard BUNDLED = load();

    private final Map<String, FieldSpec> fields;

    private HtcdsStandard(Map<String, FieldSpec> fields) {
        this.fields = java.util.Collections.unmodifiableMap(fields);
    }

    public static HtcdsStandard bundled() {
        return BUNDLED;
    }

    public Set<String> fieldNames() {
        return fields.keySet();
    }

    public @Nullable FieldSpec field(String name) {
        return fields.get(name);
    }

    /**
     * The value name a picklist value is written as: the name itself, or its label (case and spacing ignored).
     *
     * @return null when the field has no such value
     */
    public @Nullable String valueName(String field, String text) {
        FieldSpec spec = fields.get(field);
        if (spec == null) return null;
        String t = text.strip();
        if (spec.values().containsKey(t)) return t;
        String loose = loose(t);
        for (Map.Entry<String, String> e : spec.values().entrySet()) {
            if (loose(e.getKey()).equals(loose) || loose(e.getValue()).equals(loose)) return e.getKey();
        }
        return null;
    }

    private static String loose(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static HtcdsStandard load() {
        try (InputStream in = HtcdsStandard.class.getResourceAsStream("/htcds/field-standards-2.0.csv");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
            Map<String, FieldSpec> fields = new LinkedHashMap<>();
            for (CSVRecord r : parser) {
                if (r.size() < 8) continue;
                String name = r.get(6).strip();
                if (!name.matches("[a-z]{3}_\\w+")) continue;
                List<String> names = lines(r.size() > 9 ? r.get(9) : "");
                List<String> labels = lines(r.size() > 10 ? r.get(10) : "");
                Map<String, String> values = new LinkedHashMap<>();
                // Value names that are words, not instructions such as "Use ISO 639-2 language codes standard".
                if (names.stream().noneMatch(n -> n.contains(" "))) {
                    for (int i = 0; i < names.size(); i++) {
                        values.put(names.get(i), i < labels.size() ? labels.get(i) : names.get(i));
                    }
                }
                fields.put(name, new FieldSpec(name, r.get(7).strip(), values));
            }
            return new HtcdsStandard(fields);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled HTCDS field standard cannot be read", e);
        }
    }

    private static List<String> lines(String cell) {
        List<String> out = new ArrayList<>();
        for (String line : cell.split("\\R")) {
            if (!line.isBlank()) out.add(line.strip());
        }
        return out;
    }
}
