package org.borderlink.ingest.resolve;

import java.util.List;
import org.borderlink.ingest.facts.ReportFacts;

/**
 * A batch after resolution: the same reports with every person id rewritten to the resolved person, and the
 * suggestions to record once the reports are written.
 *
 * @param joined mentions attached to a person other reports had already mentioned
 * @param created mentions that start a new person
 */
public record ResolvedBatch(List<ReportFacts> facts, List<Suggestion> suggestions, int joined, int created) {

    public ResolvedBatch {
        facts = List.copyOf(facts);
        suggestions = List.copyOf(suggestions);
    }
}
