package org.borderlink.ingest.ftm;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One FollowTheMoney entity as its JSON form writes it: {@code {"id": …, "schema": "Person", "properties": {"name":
 * ["…"]}}}. Every property holds a list of strings; values keep their order and appear once.
 */
public record FtmEntity(String id, String schema, Map<String, List<String>> properties) {

    public FtmEntity {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        properties.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) copy.put(k, List.copyOf(v));
        });
        properties = java.util.Collections.unmodifiableMap(copy);
    }

    public List<String> values(String property) {
        return properties.getOrDefault(property, List.of());
    }

    public @Nullable String first(String property) {
        List<String> v = values(property);
        return v.isEmpty() ? null : v.getFirst();
    }

    /** Builds an entity, merging values added for the same property. */
    static final class Builder {
        private final String id;
        private final String schema;
        private final Map<String, Set<String>> properties = new LinkedHashMap<>();

        Builder(String id, String schema) {
            this.id = id;
            this.schema = schema;
        }

        String id() {
            return id;
        }

        Builder add(String property, @Nullable Object value) {
            if (value == null) return this;
            if (value instanceof java.util.Collection<?> values) {
                values.forEach(v -> add(property, v));
                return this;
            }
            String text = value.toString().strip();
            if (!text.isEmpty())
                properties.computeIfAbsent(property, k -> new LinkedHashSet<>()).add(text);
            return this;
        }

        FtmEntity build() {
            Map<String, List<String>> out = new LinkedHashMap<>();
            properties.forEach((k, v) -> out.put(k, List.copyOf(v)));
            return new FtmEntity(id, schema, out);
        }
    }
}
