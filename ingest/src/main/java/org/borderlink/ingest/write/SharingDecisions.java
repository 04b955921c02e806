package org.borderlink.ingest.write;

import java.util.List;
import java.util.TreeSet;
import org.borderlink.graph.model.HandlingCode;
import org.borderlink.graph.model.Tlp;
import org.borderlink.graph.sharing.Marking;
import org.borderlink.graph.sharing.ReportAudience;
import org.borderlink.ingest.facts.ReportFacts;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * What becomes of the sharing decisions the owner's liaison officers made in Borderlink (a narrowed or widened
 * marking, access granted, minors or H2 export granted) when the owner's system sends a new version of the report.
 *
 * <p>The owner's system is the authority on its reports, but it knows nothing of decisions made here. A correction
 * that repeats the marking the previous version was submitted with therefore keeps them: a report narrowed here to
 * protect a victim must not be widened again by a routine correction. A correction with another marking is the
 * owner's new decision, and replaces them.
 */
final class SharingDecisions {

    /** The columns {@link #of} reads, for the statement that locks report {@code r}. */
    static final String COLUMNS = "r." + ReportFacts.SUBMITTED_MARKING + " AS submitted, r.tlp AS tlp,"
            + " r.handling AS handling, coalesce(r.releasableTo, []) AS releasableTo,"
            + " coalesce(r." + ReportAudience.MINORS_RELEASABLE_TO + ", []) AS minors,"
            + " coalesce(r.exportAllowedTo, []) AS exports";

    /**
     * A stored report's sharing.
     *
     * @param submitted the marking its owner's system submitted ({@link Marking#key()}); null for a report not yet
     *     written, or written before submitted markings were kept
     * @param current its marking now, decisions made here included; null for a report not yet written
     */
    record Stored(
            @Nullable String submitted,
            @Nullable Marking current,
            List<String> minorsReleasableTo,
            List<String> exportAllowedTo) {}

    private SharingDecisions() {}

    static Stored of(Record rec) {
        Marking current = rec.get("tlp").isNull() || rec.get("handling").isNull()
                ? null
                : new Marking(
                        Tlp.fromLabel(rec.get("tlp").asString()),
                        HandlingCode.valueOf(rec.get("handling").asString()),
                        new TreeSet<>(rec.get("releasableTo").asList(Value::asString)));
        return new Stored(
                rec.get("submitted").isNull() ? null : rec.get("submitted").asString(),
                current,
                rec.get("minors").asList(Value::asString),
                rec.get("exports").asList(Value::asString));
    }

    /** The new version's facts under the decisions made here, if it repeats the submitted marking; else as sent. */
    static ReportFacts carriedInto(ReportFacts next, Stored stored) {
        if (stored.submitted() == null || stored.current() == null) return next;
        if (!stored.submitted().equals(next.reportProperties().get(ReportFacts.SUBMITTED_MARKING))) return next;
        boolean decided = !stored.current().key().equals(stored.submitted())
                || !stored.minorsReleasableTo().isEmpty()
                || !stored.exportAllowedTo().isEmpty();
        return decided
                ? next.withMarking(stored.current(), stored.minorsReleasableTo(), stored.exportAllowedTo())
                : next;
    }
}
