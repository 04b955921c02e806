package org.borderlink.api.analysis.patterns;

import java.util.Map;
import org.borderlink.graph.analysis.patterns.Pattern;
import org.borderlink.graph.analysis.patterns.PatternResult;
import org.borderlink.graph.sharing.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * A pattern of the library: its description and how to run it. Most are one Cypher statement of graph-model's
 * library; those that need an algorithm on top (brokers between communities) are beans implementing this.
 */
public interface PatternDefinition {

    Pattern pattern();

    /**
     * @throws org.borderlink.graph.analysis.patterns.InvalidPatternParameter for a parameter that does not fit
     */
    PatternResult run(Viewer viewer, @Nullable Map<String, ?> parameters);
}
