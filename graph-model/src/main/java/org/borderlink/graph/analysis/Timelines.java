package org.borderlink.graph.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.borderlink.graph.model.DatePrecision;
import org.borderlink.graph.model.FactsOfReport;
import org.borderlink.graph.model.NodeLabel;
import org.borderlink.graph.model.PartialDate;
import org.borderlink.graph.model.RelType;
import org.borderlink.graph.sharing.Viewer;
import org.borderlink.graph.sharing.Visibility;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

/**
 * Timelines of an entity or a case: its dated facts in order, each at the precision it was reported with. A fact
 * takes the date of the incident or journey it is about, else its own date, else the period its report says it
 * covers ({@code firstSeen}–{@code lastSeen}, whose span gives the precision).
 */
public final class Timelines {

    public static final int MAX_ENTRIES = 5000;

    private static final String V_R = Visibility.relationship("r");

    static final String ENTITY = """
            MATCH (n) WHERE elementId(n) = $element
            MATCH (n)-[r:!POSSIBLY_SAME_AS]-(o) WHERE %1$s
            WITH n, r, o, CASE WHEN n:Incident OR n:Leg THEN n WHEN o:Incident OR o:Leg THEN o ELSE null END AS event
            WITH n, r, o, event, coalesce(event.date, r.date, r.firstSeen) AS sortDate
            ORDER BY sortDate DESC, r.reportId, type(r), o.id
            LIMIT $limit
            RETURN type(r) AS type, startNode(r) = n AS outgoing, elementId(o) AS other, properties(r) AS props,
              head(COLLECT { MATCH (rep:Report {id: r.reportId})
                RETURN rep {.agency, .type, .tlp, .handling, .grading} }) AS report,
              CASE WHEN event IS NULL THEN null
                ELSE event {.kind, .date, .datePrecision, .migrants, .mode, .price, .currency} END AS event,
              CASE WHEN event IS NULL THEN null ELSE labels(event)[0] END AS eventLabel,
              CASE WHEN event IS NULL THEN [] ELSE COLLECT {
                MATCH (event)-[at:OCCURRED_AT|FROM|TO|VIA]->(l:Location) WHERE %2$s
                RETURN {role: type(at), name: l.name} } END AS places
            """.formatted(V_R, Visibility.relationship("at"));

    static final String ENTITY_TOTAL = """
            MATCH (n) WHERE elementId(n) = $element
            RETURN COUNT { (n)-[r:!POSSIBLY_SAME_AS]-() WHERE %s } AS total
            """.formatted(V_R);

    /** Every fact of one report ({@link FactsOfReport}) the viewer may see. */
    static final String CASE = "MATCH (rep:Report) WHERE elementId(rep) = $element "
            + FactsOfReport.call("rep", "r")
            + "WITH r, startNode(r) AS a, endNode(r) AS b WHERE " + V_R
            + " RETURN type(r) AS type, elementId(a) AS a, elementId(b) AS b, properties(r) AS props,"
            + " CASE WHEN b:Incident OR b:Leg THEN b {.kind, .date, .datePrecision, .migrants, .mode, .price,"
            + " .currency} END AS event";

    private final GraphReader reader;

    public Timelines(GraphReader reader) {
        this.reader = reader;
    }

    /** The latest {@code limit} dated facts about an entity, oldest first. */
    public Timeline ofEntity(Viewer viewer, String id, int limit) {
        if (limit < 1 || limit > MAX_ENTRIES) throw new IllegalArgumentException("limit must be 1–" + MAX_ENTRIES);
        return reader.read(viewer, tx -> {
            String element = Elements.resolve(tx, id);
            Map<String, Object> params = Map.of("element", element, "limit", limit);
            List<Record> rows = tx.list(ENTITY, params);
            long total = tx.list(ENTITY_TOTAL, params).getFirst().get("total").asLong();
            Set<String> elements = new LinkedHashSet<>();
            elements.add(element);
            rows.forEach(r -> elements.add(r.get("other").asString()));
            Map<String, GraphNode> nodes = Elements.describe(tx, elements, List.of());
            GraphNode subject = nodes.get(element);
            List<TimelineEntry> entries = new ArrayList<>();
            for (Record r : rows) {
                entries.addAll(entityEntries(subject, nodes.get(r.get("other").asString()), r));
            }
            entries.sort(ORDER);
            return new Timeline(TimelineEntry.Ref.of(subject), entries, total, total > rows.size());
        });
    }

    /**
     * Everything dated in one case report: the report itself, its incidents with their participants and places, its
     * journeys, dated relations between persons, and outcomes.
     *
     * @throws IllegalArgumentException when the id is visible but not a report
     */
    public Timeline ofCase(Viewer viewer, String reportId) {
        return reader.read(viewer, tx -> {
            String element = Elements.resolve(tx, reportId);
            GraphNode report =
                    Elements.describe(tx, List.of(element), List.of()).get(element);
            if (report.label() != NodeLabel.Report) {
                throw new IllegalArgumentException(reportId + " is a " + report.label() + ", not a case report");
            }
            List<Record> rows = tx.list(CASE, Map.of("element", element));
            Set<String> elements = new LinkedHashSet<>();
            rows.forEach(r -> {
                elements.add(r.get("a").asString());
                elements.add(r.get("b").asString());
            });
            Map<String, GraphNode> nodes = Elements.describe(tx, elements, List.of());
            return caseTimeline(report, rows, nodes);
        });
    }

    private static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::start)
            .thenComparing(TimelineEntry::precision)
            .thenComparing(TimelineEntry::kind)
            .thenComparing(TimelineEntry::reportId);

    private static List<TimelineEntry> entityEntries(GraphNode subject, GraphNode other, Record r) {
        RelType type = RelType.valueOf(r.get("type").asString());
        boolean outgoing = r.get("outgoing").asBoolean();
        Map<String, Object> props = Values.map(r.get("props"));
        Map<String, Object> report = Values.map(r.get("report"));
        Map<String, Object> event = Values.map(r.get("event"));
        String eventLabel = Values.string(r.get("eventLabel"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> places = (List<Map<String, Object>>) Values.plain(r.get("places"));
        Stamp stamp = Stamp.of(props, report);
        List<TimelineEntry> out = new ArrayList<>();
        List<TimelineEntry.Ref> refs = List.of(TimelineEntry.Ref.of(subject), TimelineEntry.Ref.of(other));

        PartialDate date;
        String kind;
        String summary;
        if (eventLabel != null) {
            date = dated(event, "date", "datePrecision", props);
            boolean leg = NodeLabel.Leg.name().equals(eventLabel);
            kind = leg ? "LEG" : String.valueOf(event.get("kind"));
            String role = props.get("role") == null ? "" : " (as " + Captions.lower(props.get("role")) + ")";
            String whose = subject.label() == NodeLabel.Incident || subject.label() == NodeLabel.Leg
                    ? " — " + relation(type, outgoing) + " " + other.caption()
                    : "";
            summary = (leg ? journey(event, places) : incident(event, places)) + role + whose;
        } else if (type == RelType.MENTIONS) {
            date = dated(props, "date", "datePrecision", props);
            kind = "MENTIONED";
            String role = props.get("role") == null ? "" : " as " + Captions.lower(props.get("role"));
            summary = outgoing ? "mentions " + other.caption() + role : "mentioned in " + stamp.reportId() + role;
        } else {
            date = dated(props, "date", "datePrecision", props);
            kind = type.name();
            summary = relation(type, outgoing) + " " + other.caption() + amount(props);
        }
        out.add(entry(date, kind, summary, refs, stamp));

        if (type == RelType.MENTIONS && props.get("outcomes") instanceof List<?> outcomes) {
            out.addAll(outcomes(other.label() == NodeLabel.Person ? other : subject, props, outcomes, stamp));
        }
        return out;
    }

    private static List<TimelineEntry> outcomes(
            GraphNode person, Map<String, Object> mention, List<?> outcomes, Stamp stamp) {
        List<TimelineEntry> out = new ArrayList<>();
        List<?> dates = mention.get("outcomeDates") instanceof List<?> d ? d : List.of();
        for (int i = 0; i < outcomes.size(); i++) {
            // outcome dates are stored as days; without one, the report's date stands in
            PartialDate date = i < dates.size()
                    ? PartialDate.day(LocalDate.parse(dates.get(i).toString()))
                    : span(mention);
            String what = Captions.lower(outcomes.get(i));
            String months = "SENTENCE".equals(outcomes.get(i)) && mention.get("sentenceMonths") != null
                    ? " (" + mention.get("sentenceMonths") + " months)"
                    : "";
            out.add(entry(
                    date,
                    "OUTCOME",
                    what + " of " + person.caption() + months,
                    List.of(TimelineEntry.Ref.of(person)),
                    stamp));
        }
        return out;
    }

    private static Timeline caseTimeline(GraphNode report, List<Record> rows, Map<String, GraphNode> nodes) {
        Map<String, List<String>> participants = new HashMap<>();
        Map<String, List<Map<String, Object>>> places = new HashMap<>();
        Map<String, Map<String, Object>> events = new HashMap<>();
        Map<String, Map<String, Object>> eventFacts = new HashMap<>();
        for (Record r : rows) {
            RelType type = RelType.valueOf(r.get("type").asString());
            String a = r.get("a").asString();
            String b = r.get("b").asString();
            Map<String, Object> props = Values.map(r.get("props"));
            switch (type) {
                case INVOLVED_IN, ON_LEG ->
                    participants
                            .computeIfAbsent(b, k -> new ArrayList<>())
                            .add(nodes.get(a).caption()
                                    + (props.get("role") == null
                                            ? ""
                                            : " (" + Captions.lower(props.get("role")) + ")"));
                case OCCURRED_AT, FROM, TO, VIA ->
                    places.computeIfAbsent(a, k -> new ArrayList<>())
                            .add(Map.of(
                                    "role", type.name(), "name", nodes.get(b).caption()));
                case REPORTS, DESCRIBES -> {
                    events.put(b, Values.map(r.get("event")));
                    eventFacts.put(b, props);
                }
                default -> {}
            }
        }
        Map<String, Object> rp = report.properties();
        Stamp stamp = new Stamp(
                report.id(),
                (String) rp.get("agency"),
                (String) rp.get("type"),
                (String) rp.get("tlp"),
                (String) rp.get("handling"),
                (String) rp.get("grading"));
        TimelineEntry.Ref caseRef = TimelineEntry.Ref.of(report);
        List<TimelineEntry> entries = new ArrayList<>();
        if (rp.get("reportedOn") != null) {
            PartialDate reported = new PartialDate(
                    LocalDate.parse(rp.get("reportedOn").toString()),
                    DatePrecision.valueOf(String.valueOf(rp.getOrDefault("reportedOnPrecision", "DAY"))));
            entries.add(entry(reported, "REPORTED", "recorded by " + stamp.agency(), List.of(caseRef), stamp));
        }
        for (var e : events.entrySet()) {
            GraphNode event = nodes.get(e.getKey());
            Map<String, Object> props = e.getValue();
            PartialDate date = dated(props, "date", "datePrecision", eventFacts.get(e.getKey()));
            boolean leg = event.label() == NodeLabel.Leg;
            List<Map<String, Object>> at = places.getOrDefault(e.getKey(), List.of());
            List<String> who = participants.getOrDefault(e.getKey(), List.of());
            String summary = (leg ? journey(props, at) : incident(props, at))
                    + (who.isEmpty() ? "" : "; " + String.join(", ", who));
            entries.add(entry(
                    date,
                    leg ? "LEG" : String.valueOf(props.get("kind")),
                    summary,
                    List.of(TimelineEntry.Ref.of(event)),
                    stamp));
        }
        for (Record r : rows) {
            RelType type = RelType.valueOf(r.get("type").asString());
            Map<String, Object> props = Values.map(r.get("props"));
            GraphNode a = nodes.get(r.get("a").asString());
            GraphNode b = nodes.get(r.get("b").asString());
            if (isBetweenPersons(type) && props.get("date") != null) {
                entries.add(entry(
                        dated(props, "date", "datePrecision", props),
                        type.name(),
                        a.caption() + " " + relation(type, true) + " " + b.caption() + amount(props),
                        List.of(TimelineEntry.Ref.of(a), TimelineEntry.Ref.of(b)),
                        stamp));
            }
            if (type == RelType.MENTIONS && props.get("outcomes") instanceof List<?> outcomes) {
                entries.addAll(outcomes(b, props, outcomes, stamp));
            }
        }
        entries.sort(ORDER);
        return new Timeline(caseRef, entries, entries.size(), false);
    }

    private static boolean isBetweenPersons(RelType type) {
        return switch (type) {
            case CONTACTED, PAID, RECRUITED, TRANSPORTED, HARBOURED, EXPLOITED, ASSOCIATE_OF, MEMBER_OF -> true;
            default -> false;
        };
    }

    /** Provenance and marking every entry carries. */
    private record Stamp(
            String reportId,
            @Nullable String agency,
            @Nullable String caseType,
            @Nullable String tlp,
            @Nullable String handling,
            @Nullable String grading) {
        static Stamp of(Map<String, Object> props, Map<String, Object> report) {
            return new Stamp(
                    String.valueOf(props.get("reportId")),
                    (String) props.get("agency"),
                    (String) report.get("type"),
                    (String) report.get("tlp"),
                    (String) report.get("handling"),
                    (String) report.get("grading"));
        }
    }

    private static TimelineEntry entry(
            PartialDate date, String kind, String summary, List<TimelineEntry.Ref> refs, Stamp stamp) {
        return new TimelineEntry(
                date.iso(),
                date.precision(),
                date.date().toString(),
                date.end().toString(),
                kind,
                summary,
                refs,
                stamp.reportId(),
                stamp.agency(),
                stamp.caseType(),
                stamp.tlp(),
                stamp.handling(),
                stamp.grading());
    }

    /** The date in {@code source} at its precision, else the period the fact covers. */
    private static PartialDate dated(
            Map<String, Object> source, String dateKey, String precisionKey, Map<String, Object> fact) {
        if (source.get(dateKey) != null) {
            DatePrecision precision = source.get(precisionKey) == null
                    ? DatePrecision.DAY
                    : DatePrecision.valueOf(source.get(precisionKey).toString());
            return new PartialDate(LocalDate.parse(source.get(dateKey).toString()), precision);
        }
        return span(fact);
    }

    /** The period a fact covers, {@code firstSeen}–{@code lastSeen}, as a date at the precision its span shows. */
    static PartialDate span(Map<String, Object> fact) {
        LocalDate first = LocalDate.parse(String.valueOf(fact.get("firstSeen")));
        LocalDate last = fact.get("lastSeen") == null
                ? first
                : LocalDate.parse(fact.get("lastSeen").toString());
        return precisionOf(first, last);
    }

    static PartialDate precisionOf(LocalDate first, LocalDate last) {
        if (first.getDayOfYear() == 1 && last.equals(first.withMonth(12).withDayOfMonth(31))) {
            return new PartialDate(first, DatePrecision.YEAR);
        }
        if (first.getDayOfMonth() == 1 && last.equals(YearMonth.from(first).atEndOfMonth()) && !first.equals(last)) {
            return new PartialDate(first, DatePrecision.MONTH);
        }
        return PartialDate.day(first);
    }

    private static String incident(Map<String, Object> event, List<Map<String, Object>> places) {
        StringBuilder sb = new StringBuilder(Captions.lower(event.getOrDefault("kind", "incident")));
        places.stream()
                .map(p -> p.get("name"))
                .findFirst()
                .ifPresent(p -> sb.append(" at ").append(p));
        if (event.get("migrants") != null)
            sb.append(", ").append(event.get("migrants")).append(" migrants");
        return sb.toString();
    }

    private static String journey(Map<String, Object> leg, List<Map<String, Object>> places) {
        Map<String, String> byRole = new HashMap<>();
        places.forEach(p -> byRole.putIfAbsent(String.valueOf(p.get("role")), String.valueOf(p.get("name"))));
        StringBuilder sb = new StringBuilder("journey");
        sb.append(' ').append(byRole.getOrDefault("FROM", "?")).append(" → ").append(byRole.getOrDefault("TO", "?"));
        if (byRole.containsKey("VIA")) sb.append(" via ").append(byRole.get("VIA"));
        if (leg.get("mode") != null) sb.append(" by ").append(Captions.lower(leg.get("mode")));
        if (leg.get("price") != null) {
            sb.append(", ").append(number(leg.get("price"))).append(' ').append(leg.getOrDefault("currency", ""));
        }
        return sb.toString().strip();
    }

    private static String relation(RelType type, boolean outgoing) {
        String verb = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (outgoing) return verb;
        return switch (type) {
            case USES -> "used by";
            case MEMBER_OF -> "has member";
            case OCCURRED_AT -> "place of";
            case FROM, TO, VIA -> "place (" + verb + ") of";
            default -> verb + " by";
        };
    }

    private static String amount(Map<String, Object> props) {
        if (props.get("amount") == null) return "";
        return " (" + number(props.get("amount")) + " " + props.getOrDefault("currency", "") + ")";
    }

    private static String number(Object value) {
        if (value instanceof Double d && d == Math.rint(d)) return Long.toString(d.longValue());
        return String.valueOf(value);
    }
}
