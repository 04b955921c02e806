package org.borderlink.api.analysis.export;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The declared attributes of an XML export: name and type, inferred from the values each property takes. */
final class Attributes {

    enum Type {
        STRING,
        DOUBLE,
        BOOLEAN
    }

    private Attributes() {}

    /** For each key, DOUBLE if every value is a number, BOOLEAN if every value is a boolean, else STRING. */
    static <T> Map<String, Type> infer(Set<String> keys, Collection<T> items, Function<T, Map<String, Object>> props) {
        Map<String, Type> types = new LinkedHashMap<>();
        for (String key : keys) {
            boolean numbers = true;
            boolean booleans = true;
            for (T item : items) {
                Object v = props.apply(item).get(key);
                if (v == null) continue;
                numbers &= v instanceof Number;
                booleans &= v instanceof Boolean;
            }
            types.put(key, numbers ? Type.DOUBLE : booleans ? Type.BOOLEAN : Type.STRING);
        }
        return types;
    }
}
