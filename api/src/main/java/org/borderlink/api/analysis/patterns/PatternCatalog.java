package org.borderlink.api.analysis.patterns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderlink.graph.analysis.patterns.Pattern;
import org.borderlink.graph.analysis.patterns.PatternLibrary;
import org.borderlink.graph.analysis.patterns.PatternResult;
import org.borderlink.graph.analysis.patterns.PatternRunner;
import org.borderlink.graph.sharing.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Every pattern of the library, by name: graph-model's Cypher patterns and the algorithmic ones. */
@Component
public class PatternCatalog {

    private final List<PatternDefinition> patterns;

    PatternCatalog(PatternRunner runner, List<PatternDefinition> algorithmic) {
        List<PatternDefinition> all = new ArrayList<>();
        for (PatternLibrary.CypherPattern p : PatternLibrary.all()) {
            all.add(new PatternDefinition() {
                @Override
                public Pattern pattern() {
                    return p.pattern();
                }

                @Override
                public PatternResult run(Viewer viewer, @Nullable Map<String, ?> parameters) {
                    return runner.run(viewer, p, parameters);
                }
            });
        }
        all.addAll(algorithmic);
        all.sort(Comparator.comparing(d -> d.pattern().name()));
        this.patterns = List.copyOf(all);
    }

    public List<Pattern> all() {
        return patterns.stream().map(PatternDefinition::pattern).toList();
    }

    /** Every pattern, ready to run. */
    List<PatternDefinition> definitions() {
        return patterns;
    }

    public Optional<PatternDefinition> find(String name) {
        return patterns.stream().filter(p -> p.pattern().name().equals(name)).findFirst();
    }
}
