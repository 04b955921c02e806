package org.borderlink.graph.sharing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.FactsOfReport;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Writes a report's audience onto the facts it asserts, in the caller's transaction, after a sharing decision changed
 * the report's marking. Tokens always come from {@link Audience}; this class only decides which relationships get
 * which. Ingest writes the same audiences with each fact as it creates it (GraphWriter).
 *
 * <p>A fact is <em>about a minor</em> when it is a relationship of the report that touches a person the same report
 * mentions with {@code minor: true} (FactBuilder's flag on {@code MENTIONS}): the mention itself, the person's
 * involvements, selectors, relations, memberships and legs. Such facts carry {@link Audience#ofMinors}, so a minor is
 * found by everyone else only through hit/no-hit; the owner can grant them to named agencies
 * ({@value #MINORS_RELEASABLE_TO} on the {@code Report}).
 */
public final class ReportAudience {

    /** Report property: agencies the owner granted the facts about the report's minors to. */
    public static final String MINORS_RELEASABLE_TO = "minorsReleasableTo";

    /** The report and every fact it asserts ({@link FactsOfReport}) get the audience of its marking. */
    private static final String SET_REPORT_AUDIENCE = "MATCH (rep:Report {id: $id}) SET rep.aud = $aud WITH rep "
            + FactsOfReport.call("rep", "x") + "SET x.aud = $aud RETURN count(x) AS facts";

    private static final String NARROW_MINORS = """
            UNWIND $rows AS row
            MATCH (:Report {id: row.id})-[m:MENTIONS]->(p:Person) WHERE m.minor = true
            MATCH (p)-[x:%s]-() WHERE x.reportId = row.id
            SET x.aud = row.aud
            RETURN count(DISTINCT x) AS facts""".formatted(FactsOfReport.TYPE_EXPRESSION);

    private ReportAudience() {}

    /**
     * Gives every fact of the report (and the report node) the audience of {@code marking}, then narrows the facts
     * about its minors to the owner and {@code minorsGrantedTo}. Returns the number of facts written.
     */
    public static int apply(
            SimpleQueryRunner tx,
            String reportId,
            AgencyId owner,
            Marking marking,
            Collection<AgencyId> minorsGrantedTo) {
        int facts = tx.run(
                        SET_REPORT_AUDIENCE,
                        Map.of("id", reportId, "aud", List.of(Audience.asProperty(Audience.of(owner, marking)))))
                .single()
                .get("facts")
                .asInt();
        narrowMinors(tx, List.of(row(reportId, owner, minorsGrantedTo)));
        return facts;
    }

    private static Map<String, Object> row(String reportId, AgencyId owner, Collection<AgencyId> granted) {
        return Map.of("id", reportId, "aud", List.of(Audience.asProperty(Audience.ofMinors(owner, granted))));
    }

    private static int narrowMinors(SimpleQueryRunner tx, List<Map<String, Object>> rows) {
        return tx.run(NARROW_MINORS, Map.of("rows", rows)).single().get("facts").asInt();
    }
}
