package org.borderlink.api.analysis.export;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.borderlink.graph.analysis.GraphEdge;
import org.jspecify.annotations.Nullable;

/**
 * The declared attributes of an XML export (GEXF, GraphML): name and type, the built-in ones first, then those
 * inferred from the values each property takes; and the values an element carries for them.
 */
final class Attributes {

    enum Type {
        STRING,
        DOUBLE,
        BOOLEAN
    }

    /** What every edge says of the fact it is: its report, the report's marking and grading, and its period. */
    static final List<String> EDGE_FACTS =
            List.of("reportId", "agency", "tlp", "handling", "grading", "caseType", "firstSeen", "lastSeen");

    private Attributes() {}

    /** The built-in attributes (text) followed by every other property key, typed by {@link #infer}. */
    static <T> Map<String, Type> declared(
            List<String> builtIn, Set<String> keys, Collection<T> items, Function<T, Map<String, Object>> props) {
        Map<String, Type> declared = new LinkedHashMap<>();
        builtIn.forEach(k -> declared.put(k, Type.STRING));
        infer(keys, items, props).forEach(declared::putIfAbsent);
        return declared;
    }

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

    /** The values of {@link #EDGE_FACTS} for one edge, in that order; absent ones are null. */
    static Map<String, @Nullable String> edgeFacts(GraphEdge e) {
        Map<String, @Nullable String> facts = new LinkedHashMap<>();
        facts.put("reportId", e.reportId());
        facts.put("agency", e.agency());
        facts.put("tlp", e.tlp());
        facts.put("handling", e.handling());
        facts.put("grading", e.grading());
        facts.put("caseType", e.caseType());
        facts.put("firstSeen", e.firstSeen());
        facts.put("lastSeen", e.lastSeen());
        return facts;
    }

    /** An element's other properties as text: those declared, less the built-in ones written already. */
    static Map<String, String> others(
            Map<String, Object> properties, Map<String, Type> declared, Collection<String> builtIn) {
        Map<String, String> others = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (declared.containsKey(key) && !builtIn.contains(key)) others.put(key, ExportGraph.text(value));
        });
        return others;
    }
}
