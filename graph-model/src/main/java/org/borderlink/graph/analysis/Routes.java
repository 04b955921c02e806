package org.borderlink.graph.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.borderlink.graph.model.CaseType;
import org.borderlink.graph.model.CountryCode;
import org.borderlink.graph.sharing.Viewer;
import org.borderlink.graph.sharing.Visibility;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

/**
 * Route and corridor aggregates over a time window: legs and incidents per crossing point and per border, against the
 * previous window of equal length, and origin–destination flows of legs. Aggregates count only facts the viewer may
 * see: a leg counts when the facts placing it (its {@code FROM}, {@code TO} or {@code VIA}) are visible; an incident
 * when its {@code OCCURRED_AT} is. Legs and incidents are placed in time by their own date; those reported without a
 * date are in no window.
 *
 * <p>A crossing point is a place on a border: a location with two countries ({@code countryA}, {@code countryB}),
 * such as a border crossing or a green-border hotspot. A corridor is the border it lies on, e.g. {@code HR–RS}.
 */
public final class Routes {

    /**
     * @param from first day of the window
     * @param to last day of the window
     * @param nationalities count only legs and incidents involving a person a visible mention gives one of these
     *     nationalities (empty: all)
     * @param caseTypes count only facts of reports of these types (empty: all)
     */
    public record Window(LocalDate from, LocalDate to, Set<CountryCode> nationalities, Set<CaseType> caseTypes) {
        public Window {
            if (from.isAfter(to)) throw new IllegalArgumentException("from " + from + " is after to " + to);
            nationalities = Set.copyOf(nationalities);
            caseTypes = Set.copyOf(caseTypes);
        }

        /** The window of equal length just before this one. */
        public Window previous() {
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            return new Window(from.minusDays(days), from.minusDays(1), nationalities, caseTypes);
        }

        Map<String, Object> parameters() {
            Map<String, Object> p = new HashMap<>();
            p.put("from", from);
            p.put("to", to);
            p.put("previousFrom", previous().from());
            p.put(
                    "nationalities",
                    nationalities.stream().map(CountryCode::code).sorted().toList());
            p.put("caseTypes", caseTypes.stream().map(Enum::name).sorted().toList());
            return p;
        }
    }

    /**
     * Counts in the window and in the previous one, with the change between them.
     *
     * @param total legs and incidents in the window
     * @param changePercent relative change in percent, or null when nothing was counted before
     */
    public record Counts(
            long legs,
            long legsBefore,
            long incidents,
            long incidentsBefore,
            long migrants,
            long migrantsBefore,
            long total,
            long totalBefore,
            long change,
            @Nullable Double changePercent,
            Trend trend) {

        static Counts of(
                long legs, long legsBefore, long incidents, long incidentsBefore, long migrants, long migrantsBefore) {
            long total = legs + incidents;
            long before = legsBefore + incidentsBefore;
            Double percent = before == 0 ? null : Math.round(1000.0 * (total - before) / before) / 10.0;
            return new Counts(
                    legs,
                    legsBefore,
                    incidents,
                    incidentsBefore,
                    migrants,
                    migrantsBefore,
                    total,
                    before,
                    total - before,
                    percent,
                    trend(total, before));
        }

        Counts plus(Counts o) {
            return of(
                    legs + o.legs,
                    legsBefore + o.legsBefore,
                    incidents + o.incidents,
                    incidentsBefore + o.incidentsBefore,
                    migrants + o.migrants,
                    migrantsBefore + o.migrantsBefore);
        }

        private static Trend trend(long total, long before) {
            if (before == 0) return total == 0 ? Trend.STEADY : Trend.NEW;
            if (total == 0) return Trend.GONE;
            double ratio = (double) total / before;
            if (ratio >= 1.25) return Trend.UP;
            if (ratio <= 0.8) return Trend.DOWN;
            return Trend.STEADY;
        }
    }

    /** Up or down by a quarter or more, new in this window, gone from it, or steady. */
    public enum Trend {
        UP,
        DOWN,
        NEW,
        GONE,
        STEADY
    }

    public record CrossingPoint(
            String id, String name, @Nullable String kind, String countryA, String countryB, Counts counts) {}

    /** A border: the two countries (sorted) and the sum over its crossing points. */
    public record Corridor(String border, Counts counts) {}

    public record CrossingPoints(
            Window window, Window previous, List<CrossingPoint> crossingPoints, List<Corridor> corridors) {}

    /**
     * Legs from one place to another in the window.
     *
     * @param modes legs by transport mode
     * @param via legs by crossing point they went through
     * @param medianPrices median price per person by currency, with how many legs gave a price
     */
    public record Flow(
            Place from,
            Place to,
            long legs,
            Map<String, Long> modes,
            Map<String, Long> via,
            List<Price> medianPrices) {}

    public record Place(String id, String name, @Nullable String country) {}

    public record Price(String currency, double median, long legs) {}

    public record Flows(Window window, List<Flow> flows) {}

    private static final String V = Visibility.relationship("x");

    /** Person filter on a leg or incident: some involved person has a visible mention of one of the nationalities. */
    private static String nationality(String event, String rel) {
        return """
                (size($nationalities) = 0 OR EXISTS {
                  MATCH (who:Person)-[w:%2$s]->(%1$s) WHERE %3$s
                    AND EXISTS { MATCH (:Report)-[nm:MENTIONS]->(who) WHERE %4$s AND nm.nationality IN $nationalities }
                })""".formatted(event, rel, Visibility.relationship("w"), Visibility.relationship("nm"));
    }

    private static String caseType(String rel) {
        return "(size($caseTypes) = 0 OR EXISTS { MATCH (caseOf:Report {id: " + rel
                + ".reportId}) WHERE caseOf.type IN $caseTypes })";
    }

    static final String CROSSING_LEGS = """
            MATCH (leg:Leg) WHERE leg.date >= $previousFrom AND leg.date <= $to
            MATCH (leg)-[x:FROM|TO|VIA]->(cp:Location) WHERE cp.countryB IS NOT NULL AND %s AND %s AND %s
            WITH cp, leg, leg.date >= $from AS current
            WITH cp, collect(DISTINCT CASE WHEN current THEN leg END) AS now,
              collect(DISTINCT CASE WHEN NOT current THEN leg END) AS before
            RETURN cp.id AS id, cp.name AS name, cp.kind AS kind, cp.countryA AS countryA, cp.countryB AS countryB,
              size(now) AS n, size(before) AS nBefore, 0 AS migrants, 0 AS migrantsBefore
            """.formatted(V, caseType("x"), nationality("leg", "ON_LEG"));

    static final String CROSSING_INCIDENTS = """
            MATCH (i:Incident) WHERE i.date >= $previousFrom AND i.date <= $to
            MATCH (i)-[x:OCCURRED_AT]->(cp:Location) WHERE cp.countryB IS NOT NULL AND %s AND %s AND %s
            WITH cp, i, i.date >= $from AS current
            RETURN cp.id AS id, cp.name AS name, cp.kind AS kind, cp.countryA AS countryA, cp.countryB AS countryB,
              count(CASE WHEN current THEN i END) AS n, count(CASE WHEN NOT current THEN i END) AS nBefore,
              sum(CASE WHEN current THEN coalesce(i.migrants, 0) ELSE 0 END) AS migrants,
              sum(CASE WHEN NOT current THEN coalesce(i.migrants, 0) ELSE 0 END) AS migrantsBefore
            """.formatted(V, caseType("x"), nationality("i", "INVOLVED_IN"));

    static final String FLOWS = """
            MATCH (leg:Leg) WHERE leg.date >= $from AND leg.date <= $to
            MATCH (leg)-[x:FROM]->(a:Location), (leg)-[t:TO]->(b:Location)
            WHERE %s AND %s AND %s AND %s
            WITH a, b, leg, head(COLLECT { MATCH (leg)-[v:VIA]->(c:Location) WHERE %s RETURN c.name }) AS via
            RETURN a.id AS fromId, a.name AS fromName, a.countryA AS fromCountry,
              b.id AS toId, b.name AS toName, b.countryA AS toCountry,
              collect({mode: leg.mode, price: leg.price, currency: leg.currency, via: via}) AS legs
            """.formatted(
            V, Visibility.relationship("t"), caseType("x"), nationality("leg", "ON_LEG"), Visibility.relationship("v"));

    private final GraphReader reader;

    public Routes(GraphReader reader) {
        this.reader = reader;
    }

    public CrossingPoints crossingPoints(Viewer viewer, Window window) {
        return reader.read(viewer, tx -> {
            Map<String, CrossingPoint> points = new LinkedHashMap<>();
            for (Record r : tx.list(CROSSING_LEGS, window.parameters())) {
                merge(points, r, Counts.of(r.get("n").asLong(), r.get("nBefore").asLong(), 0, 0, 0, 0));
            }
            for (Record r : tx.list(CROSSING_INCIDENTS, window.parameters())) {
                merge(
                        points,
                        r,
                        Counts.of(
                                0,
                                0,
                                r.get("n").asLong(),
                                r.get("nBefore").asLong(),
                                r.get("migrants").asLong(),
                                r.get("migrantsBefore").asLong()));
            }
            Comparator<Counts> busiest = Comparator.comparingLong(Counts::total)
                    .thenComparingLong(Counts::totalBefore)
                    .reversed();
            List<CrossingPoint> sorted = points.values().stream()
                    .sorted(Comparator.comparing(CrossingPoint::counts, busiest).thenComparing(CrossingPoint::id))
                    .toList();
            Map<String, Counts> borders = new TreeMap<>();
            for (CrossingPoint cp : sorted) {
                String border = cp.countryA().compareTo(cp.countryB()) <= 0
                        ? cp.countryA() + "–" + cp.countryB()
                        : cp.countryB() + "–" + cp.countryA();
                borders.merge(border, cp.counts(), Counts::plus);
            }
            List<Corridor> corridors = borders.entrySet().stream()
                    .map(e -> new Corridor(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparing(Corridor::counts, busiest).thenComparing(Corridor::border))
                    .toList();
            return new CrossingPoints(window, window.previous(), sorted, corridors);
        });
    }

    private static void merge(Map<String, CrossingPoint> points, Record r, Counts counts) {
        String id = r.get("id").asString();
        CrossingPoint known = points.get(id);
        points.put(
                id,
                known == null
                        ? new CrossingPoint(
                                id,
                                r.get("name").asString(id),
                                Values.string(r.get("kind")),
                                r.get("countryA").asString(""),
                                r.get("countryB").asString(""),
                                counts)
                        : new CrossingPoint(
                                id,
                                known.name(),
                                known.kind(),
                                known.countryA(),
                                known.countryB(),
                                known.counts().plus(counts)));
    }

    /** Origin–destination flows of legs in the window, busiest first, at most {@code limit}. */
    public Flows legs(Viewer viewer, Window window, int limit) {
        return reader.read(viewer, tx -> {
            List<Flow> flows = new ArrayList<>();
            for (Record r : tx.list(FLOWS, window.parameters())) {
                List<Map<String, Object>> legs = r.get("legs").asList(v -> Values.map(v));
                Map<String, Long> modes = new TreeMap<>();
                Map<String, Long> via = new TreeMap<>();
                Map<String, List<Double>> prices = new TreeMap<>();
                for (Map<String, Object> leg : legs) {
                    modes.merge(String.valueOf(leg.getOrDefault("mode", "UNKNOWN")), 1L, Long::sum);
                    if (leg.get("via") != null) via.merge(leg.get("via").toString(), 1L, Long::sum);
                    if (leg.get("price") instanceof Number price) {
                        prices.computeIfAbsent(
                                        String.valueOf(leg.getOrDefault("currency", "?")), k -> new ArrayList<>())
                                .add(price.doubleValue());
                    }
                }
                List<Price> medians = prices.entrySet().stream()
                        .map(e -> new Price(
                                e.getKey(), median(e.getValue()), e.getValue().size()))
                        .sorted(Comparator.comparingLong(Price::legs).reversed())
                        .toList();
                flows.add(new Flow(
                        new Place(
                                r.get("fromId").asString(),
                                r.get("fromName").asString(""),
                                Values.string(r.get("fromCountry"))),
                        new Place(
                                r.get("toId").asString(),
                                r.get("toName").asString(""),
                                Values.string(r.get("toCountry"))),
                        legs.size(),
                        modes,
                        via,
                        medians));
            }
            flows.sort(Comparator.comparingLong(Flow::legs)
                    .reversed()
                    .thenComparing(f -> f.from().id())
                    .thenComparing(f -> f.to().id()));
            return new Flows(window, flows.stream().limit(limit).collect(Collectors.toList()));
        });
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
