package org.borderlink.ingest.report;

import java.util.List;
import java.util.TreeSet;
import org.borderlink.graph.model.HandlingCode;
import org.borderlink.graph.model.Tlp;
import org.borderlink.graph.sharing.Marking;

/**
 * The handling restrictions as the report states them: TLP 2.0 label (written as TLP writes it, e.g.
 * {@code AMBER+STRICT}), SIENA handling code, and the countries ({@code BA}) or agencies ({@code BA-GP}) it
 * may be released to beyond the owner.
 */
public record ReportMarking(Tlp tlp, HandlingCode handling, List<String> releasableTo) {

    public ReportMarking {
        releasableTo = Lists.orEmpty(releasableTo);
    }

    /**
     * The graph's {@link Marking} for this block.
     *
     * @throws IllegalArgumentException with {@link Marking}'s own explanation when the entries do not fit the
     *     TLP (e.g. a whole country under {@code RED})
     */
    public Marking toMarking() {
        return new Marking(tlp, handling, new TreeSet<>(releasableTo));
    }
}
