package org.borderlink.graph.sharing;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.RelType;
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

    /** Types of facts about report-scoped nodes: reached from the report, they carry no {@code reportId} index. */
    private static final Set<RelType> REPORT_SCOPED = EnumSet.of(
            RelType.REPORTS,
            RelType.MENTIONS,
            RelType.DESCRIBES,
            RelType.OCCURRED_AT,
            RelType.INVOLVED_IN,
            RelType.FROM,
            RelType.TO,
            RelType.VIA,
            RelType.ON_LEG);

    /**
     * Every fact report {@code rep} asserts, as {@code x}: those about its own incidents, legs and mentions reached from
     * the report (as the ingest writer finds them to replace them), those between shared entities (who used which
     * phone, who paid whom) through the {@code reportId} index of their type. Resolution suggestions belong to no
     * report.
     */
    private static final String FACTS_OF_REPORT = """
            CALL (rep) {
              MATCH (rep)-[x:REPORTS|MENTIONS|DESCRIBES]->() RETURN x
              UNION ALL
              MATCH (rep)-[:REPORTS]->(:Incident)-[x:OCCURRED_AT]->() WHERE x.reportId = rep.id RETURN x
              UNION ALL
              MATCH (rep)-[:REPORTS]->(:Incident)<-[x:INVOLVED_IN]-() WHERE x.reportId = rep.id RETURN x
              UNION ALL
              MATCH (rep)-[:DESCRIBES]->(:Leg)-[x:FROM|TO|VIA]->() WHERE x.reportId = rep.id RETURN x
              UNION ALL
              MATCH (rep)-[:DESCRIBES]->(:Leg)<-[x:ON_LEG]-() WHERE x.reportId = rep.id RETURN x
              UNION ALL
              %s
            }
            """.formatted(Arrays.stream(RelType.values())
            .filter(t -> t != RelType.POSSIBLY_SAME_AS && !REPORT_SCOPED.contains(t))
            .map(t -> "MATCH ()-[x:" + t.name() + " {reportId: rep.id}]->() RETURN x")
            .collect(Collectors.joining(" UNION ALL ")));

    private static final String SET_REPORT_AUDIENCE = "MATCH (rep:Report {id: $id}) SET rep.aud = $aud WITH rep "
            + FACTS_OF_REPORT + "SET x.aud = $aud RETURN count(x) AS facts";

    private static final String NARROW_MINORS = """
            UNWIND $rows AS row
            MATCH (:Report {id: row.id})-[m:MENTIONS]->(p:Person) WHERE m.minor = true
            MATCH (p)-[x]-() WHERE x.reportId = row.id
            SET x.aud = row.aud
            RETURN count(DISTINCT x) AS facts""";

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
