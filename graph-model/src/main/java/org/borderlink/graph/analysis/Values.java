package org.borderlink.graph.analysis;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** Driver values as plain JSON-friendly Java values: dates as ISO strings, lists and maps recursively. */
public final class Values {

    private Values() {}

    public static @Nullable Object plain(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Value v -> v.isNull() ? null : plain(v.asObject());
            case TemporalAccessor t -> t.toString();
            case List<?> list -> {
                List<Object> out = new ArrayList<>(list.size());
                for (Object o : list) out.add(plain(o));
                yield out;
            }
            case Map<?, ?> map -> {
                Map<String, Object> out = new LinkedHashMap<>();
                map.forEach((k, v) -> {
                    Object p = plain(v);
                    if (p != null) out.put(String.valueOf(k), p);
                });
                yield out;
            }
            default -> value;
        };
    }

    /** The value as a map without nulls, or an empty map. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Value value) {
        if (value == null || value.isNull()) return Map.of();
        return (Map<String, Object>) plain(value.asMap());
    }

    public static @Nullable String string(Value value) {
        return value == null || value.isNull() ? null : plain(value.asObject()).toString();
    }

    public static List<String> strings(Value value) {
        if (value == null || value.isNull()) return List.of();
        return value.asList(v -> v.isNull() ? "" : String.valueOf(plain(v.asObject()))).stream()
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
