package org.borderlink.graph.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * One migrant identity's tallies ({@link MentionTally}) summed over every mention of it, whoever may see them, as one
 * {@code (:MigrantBound)} node per {@link MentionTally#KEY}. What a viewer finds about the identity is at most what all
 * its mentions say, so these are upper bounds for every viewer at once: the migrant patterns read identities in the
 * order of one of them from its index and work out the visible bound of only the first ones, instead of summing every
 * visible tallied mention of the graph to rank them. They are bookkeeping, not case data: never shown, counted or
 * exported, and nothing links to them.
 *
 * <p>Every change to a tallied mention refreshes the bounds of the keys it had and has, in the same transaction:
 * ingest after writing (and, for a replaced report, deleting) a batch's facts, and resolution after moving a person's
 * facts. {@link #refresh} computes a bound that existed from its mentions as they are, so a refresh never builds on an
 * earlier one, and gives a new one the sums of the mentions just written.
 */
public final class MigrantBound {

    /** The identity: a {@link MentionTally#KEY}. */
    public static final String KEY = "key";

    /** How many tallied mentions the identity has. */
    public static final String MENTIONS = "mentions";

    /** How many of the {@link MentionTally#INDICATORS} some mention of the identity sets. */
    public static final String INDICATORS = "indicators";

    /** The {@link MentionTally#INTERCEPTIONS} of every mention, summed. */
    public static final String INTERCEPTIONS = "interceptions";

    /** The {@link MentionTally#STOPS} of every mention, summed. */
    public static final String STOPS = "stops";

    /** The tallies of the mentions of the reports {@code $reportIds}, one row per tallied mention. */
    private static final String TALLIES_OF_REPORTS = """
            UNWIND $reportIds AS reportId
            MATCH (:Report {id: reportId})-[m:MENTIONS]->()
            """ + Tally.RETURN;

    /**
     * Takes the write lock of the bounds {@code $bounds} in the order given. A bound missing is created with the sums
     * given, computed by the caller from the mentions it wrote: no other transaction can have committed a mention of
     * that identity, since it would have committed its bound with it. A bound found is cleared, which locks it, and
     * returned to be computed again from its mentions.
     */
    private static final String LOCK = """
            UNWIND $bounds AS bound
            MERGE (b:MigrantBound {key: bound.key})
              ON CREATE SET b.mentions = bound.mentions,
                b.indicators = %s,
                b.interceptions = bound.interceptions,
                b.stops = bound.stops
              ON MATCH SET b.mentions = null
            WITH b, bound WHERE b.mentions IS NULL
            RETURN bound.key AS key""".formatted(indicatorsSetIn("bound.bits"));

    /**
     * Creates the bounds {@code $bounds} of identities no other transaction can have mentioned, with the sums given,
     * without looking for one first: a {@code MERGE}'s locking seek of the unique index was most of what a new bound
     * cost.
     */
    private static final String CREATE = """
            UNWIND $bounds AS bound
            CREATE (:MigrantBound {key: bound.key, mentions: bound.mentions, indicators: %s,
              interceptions: bound.interceptions, stops: bound.stops})""".formatted(indicatorsSetIn("bound.bits"));

    /**
     * Sets the bounds {@code $keys} from their mentions as they are, and deletes those left without one. The mentions
     * are sought by a seek hint: the writer plans its statements once, on a graph too small for the planner to prefer
     * a seek (with a plain index hint it chose to scan the index and filter, which made batches of the 100,000-report
     * benchmark take half a minute), and a scan of every mention for each bound grows with the graph.
     */
    static final String SET =
            """
            UNWIND $keys AS key
            CALL (key) {
              OPTIONAL MATCH ()-[m:MENTIONS]->() %s WHERE m.tallyKey = key AND %s
              RETURN count(m) AS mentions, collect(m.tallyIndicators) AS bits,
                coalesce(sum(m.tallyInterceptions), 0) AS interceptions, coalesce(sum(m.tallyStops), 0) AS stops
            }
            MATCH (b:MigrantBound {key: key})
            SET b.mentions = mentions,
              b.indicators = %s,
              b.interceptions = interceptions,
              b.stops = stops
            WITH b WHERE mentions = 0
            DELETE b""".formatted(MentionTally.seekIndex("m"), MentionTally.indexed("m"), indicatorsSetIn("bits"));

    /** The tallies of one mention: as the writer creates it with them, or as read back from the graph. */
    public record Tally(String key, long indicatorBits, long interceptions, long stops) {

        /** Ends a statement that has the mentions as {@code m}: one row of their tallies per tallied mention. */
        public static final String RETURN = """
                WITH m WHERE %s
                RETURN m.tallyKey AS key, m.tallyIndicators AS indicatorBits,
                  m.tallyInterceptions AS interceptions, m.tallyStops AS stops""".formatted(MentionTally.indexed("m"));

        public static Tally of(org.neo4j.driver.Record row) {
            return new Tally(
                    row.get("key").asString(),
                    row.get("indicatorBits").asLong(),
                    row.get("interceptions").asLong(),
                    row.get("stops").asLong());
        }
    }

    /**
     * Computes again the bounds of the identities the mentions of {@code reportIds} have and of {@code keys} (those of
     * mentions deleted or moved away); a bound whose identity no longer has a mention is deleted.
     */
    public static void refresh(SimpleQueryRunner tx, Collection<String> reportIds, Collection<String> keys) {
        List<Tally> written = reportIds.isEmpty()
                ? List.of()
                : tx.run(NO_REPLANNING + TALLIES_OF_REPORTS, Map.of("reportIds", List.copyOf(reportIds)))
                        .list(Tally::of);
        afterWriting(tx, written, keys, Set.of());
    }

    /**
     * As {@link #refresh(SimpleQueryRunner, Collection, Collection)}, given the tallies of every mention the
     * transaction wrote ({@code written}: the writer's own, which {@code refresh} reads back). Every bound that another
     * transaction may also write is locked, in key order, before any mention is read, so that two transactions adding
     * mentions of one migrant at once compute it one after the other, the second from what the first wrote; the bounds
     * of {@code unseen} identities are created without that. A bound created here takes the sums of {@code written}; only
     * bounds that existed, and those of {@code keys}, are computed from their mentions by index seek (most identities
     * are new: 94 % have one mention in the generated data).
     *
     * @param unseen identities no other transaction can have mentioned: the ids of persons this transaction created
     *     outright, whose bounds are created from {@code written} without looking for them
     */
    public static void afterWriting(
            SimpleQueryRunner tx, List<Tally> written, Collection<String> keys, Set<String> unseen) {
        java.util.SortedMap<String, Sums> bounds = new java.util.TreeMap<>();
        keys.forEach(key -> bounds.put(key, new Sums()));
        written.forEach(t -> bounds.computeIfAbsent(t.key(), k -> new Sums()).add(t));
        if (bounds.isEmpty()) return;
        List<Map<String, Object>> rows = new java.util.ArrayList<>(bounds.size());
        List<Map<String, Object>> created = new java.util.ArrayList<>();
        bounds.forEach(
                (key, sums) -> (unseen.contains(key) && !keys.contains(key) ? created : rows).add(sums.row(key)));
        if (!created.isEmpty())
            tx.run(NO_REPLANNING + CREATE, Map.of("bounds", created)).consume();
        java.util.SortedSet<String> stale = new java.util.TreeSet<>(keys);
        if (!rows.isEmpty()) {
            tx.run(NO_REPLANNING + LOCK, Map.of("bounds", rows))
                    .forEachRemaining(r -> stale.add(r.get("key").asString()));
        }
        if (!stale.isEmpty())
            tx.run(NO_REPLANNING + SET, Map.of("keys", List.copyOf(stale))).consume();
    }

    /** One identity's tallies summed over the mentions written. */
    private static final class Sums {
        private long mentions;
        /** The union of the mentions' bit sets: an indicator some mention has is in it. */
        private long bits;

        private long interceptions;
        private long stops;

        void add(Tally t) {
            mentions++;
            bits |= t.indicatorBits();
            interceptions += t.interceptions();
            stops += t.stops();
        }

        Map<String, Object> row(String key) {
            return Map.of(
                    "key", key,
                    "mentions", mentions,
                    "bits", List.of(bits),
                    "interceptions", interceptions,
                    "stops", stops);
        }
    }

    /** As the writer runs its statements: planned once, never again as the graph grows. */
    private static final String NO_REPLANNING = "CYPHER replan=skip ";

    /**
     * How many of the {@link MentionTally#INDICATORS} at least one of the bit sets {@code bitSets} (a Cypher list of
     * {@link MentionTally#INDICATOR_BITS}) has.
     */
    private static String indicatorsSetIn(String bitSets) {
        String bits = java.util.stream.IntStream.range(0, MentionTally.INDICATORS.size())
                .mapToObj(i -> Integer.toString(1 << i))
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        return "size([bit IN %s WHERE any(x IN %s WHERE x / bit %% 2 = 1)])".formatted(bits, bitSets);
    }

    private MigrantBound() {}
}
