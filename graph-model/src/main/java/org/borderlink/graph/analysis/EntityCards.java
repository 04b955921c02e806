package org.borderlink.graph.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.borderlink.graph.analysis.EntityCard.Direction;
import org.borderlink.graph.analysis.EntityCard.Fact;
import org.borderlink.graph.analysis.EntityCard.Linked;
import org.borderlink.graph.analysis.EntityCard.Provenance;
import org.borderlink.graph.analysis.EntityCard.RoleInCase;
import org.borderlink.graph.model.NodeLabel;
import org.borderlink.graph.model.RelType;
import org.borderlink.graph.sharing.Viewer;
import org.borderlink.graph.sharing.Visibility;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** The entity card: one entity and every visible fact about it, with provenance (design §7). */
public final class EntityCards {

    public static final int MAX_FACTS = 1000;

    private static final String V_R = Visibility.relationship("r");

    /**
     * The whole card in one statement, so one round trip: the entity found by id (no row when it is absent or
     * hidden), the latest facts, the counts by type and by neighbour label, the countries of places, the mentions and
     * involvements (persons and organisations), the selectors used, and the descriptions of every node shown.
     */
    static final String CARD = Elements.FIND_ONE
            + """
            WITH n,
              COLLECT {
                MATCH (n)-[r:!POSSIBLY_SAME_AS]-(o) WHERE %1$s
                WITH r, o ORDER BY r.lastSeen DESC, r.reportId, type(r), o.id LIMIT $limit
                OPTIONAL MATCH (rep:Report {id: r.reportId})
                RETURN {type: type(r), outgoing: startNode(r) = n, other: elementId(o), props: properties(r),
                  report: rep {.agency, .reportedOn, .reportedOnPrecision, .type, .tlp, .handling, .grading}} AS fact
              } AS facts,
              COLLECT {
                MATCH (n)-[r:USES]-(s) WHERE %1$s
                WITH s, collect(DISTINCT r.reportId) AS reports
                ORDER BY size(reports) DESC, s.id LIMIT $usesLimit
                RETURN {element: elementId(s), reports: reports} AS used
              } AS uses
            RETURN elementId(n) AS element, facts, uses,
              %3$s AS nodes,
              COLLECT {
                MATCH (n)-[r:!POSSIBLY_SAME_AS]-(o) WHERE %1$s
                WITH type(r) AS type, count(r) AS factCount, min(r.firstSeen) AS firstSeen, max(r.lastSeen) AS lastSeen,
                  collect(DISTINCT r.agency) AS agencies
                RETURN {type: type, facts: factCount, firstSeen: firstSeen, lastSeen: lastSeen, agencies: agencies} AS byType
              } AS summary,
              COLLECT {
                MATCH (n)-[r:!POSSIBLY_SAME_AS]-(o) WHERE %1$s
                WITH labels(o)[0] AS label, count(DISTINCT o) AS neighbours
                RETURN {label: label, neighbours: neighbours} AS byLabel
              } AS neighbours,
              COLLECT {
                CALL (n) {
                  WITH n AS l WHERE l:Location RETURN l
                  UNION
                  MATCH (n)-[r:OCCURRED_AT|FROM|TO|VIA]->(l:Location) WHERE %1$s RETURN l
                  UNION
                  MATCH (n)-[r:INVOLVED_IN|ON_LEG|REPORTS|DESCRIBES]-(:Incident|Leg)-[at:OCCURRED_AT|FROM|TO|VIA]->(l:Location)
                  WHERE %1$s AND %2$s RETURN l
                }
                RETURN [l.countryA, l.countryB] AS countries
              } AS places,
              CASE WHEN n:Person OR n:Organisation THEN COLLECT {
                MATCH (rep:Report)-[r:MENTIONS]->(n) WHERE %1$s
                RETURN {type: type(r), role: r.role, reportId: r.reportId, name: r.name, nameLatin: r.nameLatin,
                  aliases: r.aliases, aliasesLatin: r.aliasesLatin, caseType: rep.type} AS mention
                UNION ALL
                MATCH (n)-[r:INVOLVED_IN]->(:Incident) WHERE %1$s
                RETURN {type: type(r), role: r.role, reportId: r.reportId,
                  caseType: head(COLLECT { MATCH (caseOf:Report {id: r.reportId}) RETURN caseOf.type })} AS mention
              } ELSE [] END AS mentions
            """.formatted(
                            V_R,
                            Visibility.relationship("at"),
                            Elements.describeAll("[elementId(n)] + [f IN facts | f.other] + [u IN uses | u.element]"));

    private final GraphReader reader;

    public EntityCards(GraphReader reader) {
        this.reader = reader;
    }

    /**
     * @param factLimit how many facts to list (latest first); the counts cover them all
     * @throws EntityNotVisible when no entity with this id is visible to the viewer
     */
    public EntityCard card(Viewer viewer, String id, int factLimit) {
        if (factLimit < 0 || factLimit > MAX_FACTS)
            throw new IllegalArgumentException("factLimit must be 0–" + MAX_FACTS);
        return reader.read(viewer, tx -> {
            List<Record> rows = tx.list(CARD, Map.of("id", id, "limit", factLimit, "usesLimit", MAX_FACTS));
            if (rows.isEmpty()) throw new EntityNotVisible(id);
            Record card = rows.getFirst();
            String element = card.get("element").asString();
            List<Map<String, Object>> factRows = maps(card.get("facts"));
            List<Map<String, Object>> uses = maps(card.get("uses"));
            Map<String, GraphNode> nodes =
                    Elements.nodes(card.get("nodes"), e -> e.equals(element) ? ENTITY_EXTRA : List.of());
            GraphNode entity = nodes.get(element);

            List<Fact> facts = new ArrayList<>();
            for (Map<String, Object> f : factRows) {
                @SuppressWarnings("unchecked")
                Map<String, Object> props = new LinkedHashMap<>((Map<String, Object>) f.get("props"));
                @SuppressWarnings("unchecked")
                Map<String, Object> report = (Map<String, Object>) f.getOrDefault("report", Map.of());
                Provenance provenance = provenance(props, report);
                List.of("reportId", "agency", "aud", "firstSeen", "lastSeen").forEach(props::remove);
                Elements.INTERNAL.forEach(props::remove);
                facts.add(new Fact(
                        RelType.valueOf((String) f.get("type")),
                        Boolean.TRUE.equals(f.get("outgoing")) ? Direction.OUTGOING : Direction.INCOMING,
                        nodes.get((String) f.get("other")),
                        props,
                        provenance));
            }

            long total = 0;
            Map<RelType, Long> byType = new EnumMap<>(RelType.class);
            TreeSet<String> agencies = new TreeSet<>();
            TreeSet<String> countries = new TreeSet<>();
            String first = null;
            String last = null;
            for (Map<String, Object> r : maps(card.get("summary"))) {
                long n = ((Number) r.get("facts")).longValue();
                total += n;
                byType.merge(RelType.valueOf((String) r.get("type")), n, Long::sum);
                addNames(agencies, r.get("agencies"));
                first = min(first, (String) r.get("firstSeen"));
                last = max(last, (String) r.get("lastSeen"));
            }
            agencies.forEach(a -> countries.add(a.substring(0, 2)));
            Map<String, Long> neighbours = new TreeMap<>();
            for (Map<String, Object> r : maps(card.get("neighbours"))) {
                neighbours.put((String) r.get("label"), ((Number) r.get("neighbours")).longValue());
            }
            addNames(countries, Values.plain(card.get("places")));

            TreeSet<String> names = new TreeSet<>();
            List<RoleInCase> roles = new ArrayList<>();
            if (entity.label() == NodeLabel.Person || entity.label() == NodeLabel.Organisation) {
                Set<String> seenRoles = new LinkedHashSet<>();
                for (Map<String, Object> r : maps(card.get("mentions"))) {
                    addNames(names, r.get("name"));
                    addNames(names, r.get("nameLatin"));
                    addNames(names, r.get("aliases"));
                    addNames(names, r.get("aliasesLatin"));
                    String role = (String) r.get("role");
                    RelType type = RelType.valueOf((String) r.get("type"));
                    String reportId = (String) r.get("reportId");
                    if (role != null && seenRoles.add(role + "|" + reportId + "|" + type)) {
                        roles.add(new RoleInCase(role, reportId, (String) r.get("caseType"), type));
                    }
                }
                if (entity.label() == NodeLabel.Organisation) {
                    addNames(names, entity.properties().get("name"));
                    addNames(names, entity.properties().get("nameLatin"));
                }
            }

            List<Linked> selectors = new ArrayList<>();
            for (Map<String, Object> u : uses) {
                GraphNode node = nodes.get((String) u.get("element"));
                @SuppressWarnings("unchecked")
                List<String> reports = (List<String>) u.get("reports");
                if (node != null) selectors.add(new Linked(node, List.copyOf(reports)));
            }

            return new EntityCard(
                    entity,
                    facts,
                    total,
                    byType,
                    neighbours,
                    names,
                    roles,
                    selectors,
                    countries,
                    agencies,
                    first,
                    last);
        });
    }

    /** The card's own entity also shows its narrative or description. */
    private static final List<String> ENTITY_EXTRA = List.of("narrative", "narrativeLanguage", "description");

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Value value) {
        Object plain = Values.plain(value);
        return plain == null ? List.of() : (List<Map<String, Object>>) plain;
    }

    private static Provenance provenance(Map<String, Object> props, Map<String, Object> report) {
        return new Provenance(
                String.valueOf(props.get("reportId")),
                String.valueOf(props.get("agency")),
                (String) report.get("reportedOn"),
                (String) report.get("reportedOnPrecision"),
                (String) report.get("type"),
                (String) report.get("tlp"),
                (String) report.get("handling"),
                (String) report.get("grading"),
                (String) props.get("firstSeen"),
                (String) props.get("lastSeen"));
    }

    private static void addNames(Set<String> names, Object value) {
        Object plain = value instanceof Value v ? Values.plain(v) : value;
        if (plain instanceof String s && !s.isBlank()) names.add(s);
        if (plain instanceof List<?> list) list.forEach(o -> addNames(names, o));
    }

    private static String min(String a, String b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.compareTo(b) >= 0 ? a : b;
    }
}
