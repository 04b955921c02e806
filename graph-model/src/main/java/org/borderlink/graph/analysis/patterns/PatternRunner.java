package org.borderlink.graph.analysis.patterns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderlink.graph.analysis.GraphReader;
import org.borderlink.graph.analysis.Values;
import org.borderlink.graph.analysis.patterns.Pattern.Column;
import org.borderlink.graph.analysis.patterns.Pattern.Kind;
import org.borderlink.graph.analysis.patterns.PatternLibrary.CypherPattern;
import org.borderlink.graph.sharing.Viewer;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

/** Runs a Cypher pattern for a viewer with validated parameters. */
public final class PatternRunner {

    private final GraphReader reader;

    public PatternRunner(GraphReader reader) {
        this.reader = reader;
    }

    /**
     * Every parameter of {@code pattern} bound from {@code given} or its default.
     *
     * @throws InvalidPatternParameter for a value that does not fit, or a parameter the pattern does not have
     */
    public static Map<String, Object> bind(Pattern pattern, @Nullable Map<String, ?> given) {
        Map<String, ?> raw = given == null ? Map.of() : given;
        for (String name : raw.keySet()) {
            if (pattern.parameters().stream().noneMatch(p -> p.name().equals(name))) {
                throw new InvalidPatternParameter(
                        name,
                        "pattern " + pattern.name() + " has no such parameter (it has "
                                + pattern.parameters().stream()
                                        .map(PatternParameter::name)
                                        .toList() + ")");
            }
        }
        Map<String, Object> bound = new LinkedHashMap<>();
        for (PatternParameter p : pattern.parameters()) bound.put(p.name(), p.bind(raw.get(p.name())));
        return bound;
    }

    public PatternResult run(Viewer viewer, CypherPattern pattern, @Nullable Map<String, ?> given) {
        Map<String, Object> bound = bind(pattern.pattern(), given);
        long limit = (Long) bound.get(PatternLibrary.LIMIT.name());
        Map<String, Object> params = new LinkedHashMap<>(bound);
        params.put(PatternLibrary.LIMIT.name(), limit + 1);
        List<Record> records = reader.read(viewer, tx -> tx.list(pattern.cypher(), params));
        return result(pattern.pattern(), bound, records, limit);
    }

    private static PatternResult result(Pattern pattern, Map<String, Object> bound, List<Record> records, long limit) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<String> entities = new LinkedHashSet<>();
        Set<String> reports = new LinkedHashSet<>();
        for (Record r : records.subList(0, (int) Math.min(limit, records.size()))) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Column c : pattern.columns()) {
                Object value = Values.plain(r.get(c.name()));
                row.put(c.name(), value);
                switch (c.kind()) {
                    case ENTITY -> {
                        if (value != null) entities.add(value.toString());
                    }
                    case ENTITIES -> {
                        if (value instanceof List<?> l) l.forEach(o -> entities.add(o.toString()));
                    }
                    case REPORTS -> {
                        if (value instanceof List<?> l) l.forEach(o -> reports.add(o.toString()));
                    }
                    case VALUE -> {}
                }
            }
            rows.add(row);
        }
        Map<String, Object> shown = new LinkedHashMap<>();
        bound.forEach((k, v) -> shown.put(k, isOpenDate(v) ? null : Values.plain(v)));
        return new PatternResult(
                pattern.name(),
                shown,
                pattern.columns().stream().map(Column::name).toList(),
                rows,
                entities,
                reports,
                records.size() > limit);
    }

    private static boolean isOpenDate(Object v) {
        return PatternParameter.OPEN_START.equals(v) || PatternParameter.OPEN_END.equals(v);
    }

    /** Entity columns of a pattern, for taking its result as a subgraph. */
    public static List<String> entityColumns(Pattern pattern) {
        return pattern.columns().stream()
                .filter(c -> c.kind() == Kind.ENTITY || c.kind() == Kind.ENTITIES)
                .map(Column::name)
                .toList();
    }
}
