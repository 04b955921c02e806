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

    static final String FACTS = """
            MATCH (n) WHERE elementId(n) = $element
            MATCH (n)-[r:!POSSIBLY_SAME_AS]-(o) WHERE %s
            WITH n, r, o ORDER BY r.lastSeen DESC, r.reportId, type(r), o.id LIMIT $limit
            OPTIONAL MATCH (rep:Report {id: r.reportId})
            RETURN type(r) AS type, startNode(r) = n AS outgoing, elementId(o) AS other, properties(r) AS props,
              rep {.agency, .reportedOn, .reportedOnPrecision, .type, .tlp, .handling, .grading} AS report
            """.formatted(V_R);

    static final String SUMMARY = """
            MATCH (n) WHERE elementId(n) = $element
            MATCH (n)-[r:!POSSIBLY_SAME_AS]-(o) WHERE %s
            RETURN type(r) AS type, labels(o)[0] AS label, count(r) AS facts, count(DISTINCT o) AS neighbours,
              min(r.firstSeen) AS firstSeen, max(r.lastSeen) AS lastSeen,
              collect(DISTINCT r.agency) AS agencies
            """.formatted(V_R);

    static final String NEIGHBOURS = """
            MATCH (n) WHERE elementId(n) = $element
            MATCH (n)-[r:!POSSIBLY_SAME_AS]-(o) WHERE %s
            RETURN labels(o)[0] AS label, count(DISTINCT o) AS neighbours
            """.formatted(V_R);

    static final String MENTIONS = """
            MATCH (n) WHERE elementId(n) = $element
            MATCH (rep:Report)-[r:MENTIONS]->(n) WHERE %s
            RETURN type(r) AS type, r.role AS role, r.reportId AS reportId, r.name AS name, r.nameLatin AS nameLatin,
              r.aliases AS aliases, r.aliasesLatin AS aliasesLatin, rep.type AS caseType
            UNION ALL
            MATCH (n) WHERE elementId(n) = $element
            MATCH (n)-[r:INVOLVED_IN]->(:Incident) WHERE %s
            RETURN type(r) AS type, r.role AS role, r.reportId AS reportId, null AS name, null AS nameLatin,
              null AS aliases, null AS aliasesLatin,
              head(COLLECT { MATCH (caseOf:Report {id: r.reportId}) RETURN caseOf.type }) AS caseType
            """.formatted(V_R, V_R);

    static final String USES = """
            MATCH (n) WHERE elementId(n) = $element
            MATCH (n)-[r:USES]-(s) WHERE %s
            WITH s, collect(DISTINCT r.reportId) AS reports
            RETURN elementId(s) AS element, reports ORDER BY size(reports) DESC, s.id LIMIT $limit
            """.formatted(V_R);

    /** Countries of the places the entity is, or whose incidents and journeys it is part of. */
    static final String PLACES = """
            MATCH (n) WHERE elementId(n) = $element
            CALL (n) {
              MATCH (l:Location) WHERE l = n RETURN l
              UNION
              MATCH (n)-[r:OCCURRED_AT|FROM|TO|VIA]->(l:Location) WHERE %1$s RETURN l
              UNION
              MATCH (n)-[r:INVOLVED_IN|ON_LEG|REPORTS|DESCRIBES]-(:Incident|Leg)-[at:OCCURRED_AT|FROM|TO|VIA]->(l:Location)
              WHERE %1$s AND %2$s RETURN l
            }
            RETURN collect(DISTINCT l.countryA) + collect(DISTINCT l.countryB) AS countries
            """.formatted(V_R, Visibility.relationship("at"));

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
            String element = Elements.resolve(tx, id);
            Map<String, Object> params = Map.of("element", element, "limit", factLimit);
            GraphNode entity = Elements.describe(
                            tx, List.of(element), List.of("narrative", "narrativeLanguage", "description"))
                    .get(element);

            List<Record> factRows = tx.list(FACTS, params);
            Set<String> others = new LinkedHashSet<>();
            factRows.forEach(r -> others.add(r.get("other").asString()));
            Map<String, GraphNode> otherNodes = Elements.describe(tx, others, List.of());
            List<Fact> facts = new ArrayList<>();
            for (Record r : factRows) {
                Map<String, Object> props = new LinkedHashMap<>(Values.map(r.get("props")));
                Provenance provenance = provenance(props, Values.map(r.get("report")));
                List.of("reportId", "agency", "aud", "firstSeen", "lastSeen", "subjectKey", "nameFolded")
                        .forEach(props::remove);
                facts.add(new Fact(
                        RelType.valueOf(r.get("type").asString()),
                        r.get("outgoing").asBoolean() ? Direction.OUTGOING : Direction.INCOMING,
                        otherNodes.get(r.get("other").asString()),
                        props,
                        provenance));
            }

            long total = 0;
            Map<RelType, Long> byType = new EnumMap<>(RelType.class);
            TreeSet<String> agencies = new TreeSet<>();
            TreeSet<String> countries = new TreeSet<>();
            String first = null;
            String last = null;
            for (Record r : tx.list(SUMMARY, params)) {
                long n = r.get("facts").asLong();
                total += n;
                byType.merge(RelType.valueOf(r.get("type").asString()), n, Long::sum);
                agencies.addAll(Values.strings(r.get("agencies")));
                first = min(first, Values.string(r.get("firstSeen")));
                last = max(last, Values.string(r.get("lastSeen")));
            }
            agencies.forEach(a -> countries.add(a.substring(0, 2)));
            Map<String, Long> neighbours = new TreeMap<>();
            for (Record r : tx.list(NEIGHBOURS, params)) {
                neighbours.put(r.get("label").asString(), r.get("neighbours").asLong());
            }
            countries.addAll(Values.strings(tx.list(PLACES, params).getFirst().get("countries")));

            TreeSet<String> names = new TreeSet<>();
            List<RoleInCase> roles = new ArrayList<>();
            if (entity.label() == NodeLabel.Person || entity.label() == NodeLabel.Organisation) {
                Set<String> seenRoles = new LinkedHashSet<>();
                for (Record r : tx.list(MENTIONS, params)) {
                    addNames(names, r.get("name"));
                    addNames(names, r.get("nameLatin"));
                    addNames(names, r.get("aliases"));
                    addNames(names, r.get("aliasesLatin"));
                    String role = Values.string(r.get("role"));
                    RelType type = RelType.valueOf(r.get("type").asString());
                    String reportId = r.get("reportId").asString();
                    if (role != null && seenRoles.add(role + "|" + reportId + "|" + type)) {
                        roles.add(new RoleInCase(role, reportId, Values.string(r.get("caseType")), type));
                    }
                }
                if (entity.label() == NodeLabel.Organisation) {
                    addNames(names, entity.properties().get("name"));
                    addNames(names, entity.properties().get("nameLatin"));
                }
            }

            List<Linked> selectors = new ArrayList<>();
            List<Record> uses = tx.list(USES, Map.of("element", element, "limit", MAX_FACTS));
            Map<String, GraphNode> used = Elements.describe(
                    tx, uses.stream().map(r -> r.get("element").asString()).toList(), List.of());
            for (Record r : uses) {
                GraphNode node = used.get(r.get("element").asString());
                if (node != null)
                    selectors.add(new Linked(node, r.get("reports").asList(Value::asString)));
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
