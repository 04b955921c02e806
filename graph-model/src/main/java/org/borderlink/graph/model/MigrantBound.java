package org.borderlink.graph.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

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
 * facts. {@link #refresh} computes a key's bound from its mentions as they are, so a refresh never builds on an earlier
 * one.
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

    /** The identities the mentions of the reports {@code $reportIds} have. */
    private static final String KEYS_OF_REPORTS = """
            UNWIND $reportIds AS reportId
            MATCH (:Report {id: reportId})-[m:MENTIONS]->()
            RETURN DISTINCT m.tallyKey AS key""";

    /** Takes the write lock of the bounds {@code $keys}, creating those missing, in the order given. */
    private static final String LOCK = """
            UNWIND $keys AS key
            MERGE (b:MigrantBound {key: key})
            SET b.locked = true
            REMOVE b.locked""";

    /**
     * Sets the bounds {@code $keys} from their mentions as they are, and deletes those left without one. The mentions
     * are sought by index hint: the writer plans its statements once, on a graph too small for the planner to prefer
     * an index, and a scan of every mention for each bound grows with the graph.
     */
    private static final String SET = """
            UNWIND $keys AS key
            CALL (key) {
              OPTIONAL MATCH ()-[m:MENTIONS]->() %s WHERE m.tallyKey = key AND %s
              RETURN count(m) AS mentions, collect(m.tallyIndicators) AS bits,
                coalesce(sum(m.tallyInterceptions), 0) AS interceptions, coalesce(sum(m.tallyStops), 0) AS stops
            }
            MATCH (b:MigrantBound {key: key})
            SET b.mentions = mentions,
              b.indicators = size([bit IN %s WHERE any(x IN bits WHERE x / bit %% 2 = 1)]),
              b.interceptions = interceptions,
              b.stops = stops
            WITH b WHERE mentions = 0
            DELETE b""".formatted(MentionTally.useIndex("m"), MentionTally.indexed("m"), bits());

    /**
     * Computes again, from their mentions as they are, the bounds of the identities the mentions of {@code reportIds}
     * have and of {@code keys} (those of mentions deleted or moved away); a bound whose identity no longer has a mention
     * is deleted. Every bound is locked, in key order, before any mention is read, so that two transactions adding
     * mentions of one migrant at once compute it one after the other, the second from what the first wrote. Three
     * statements, each too simple to be planned into a scan or to read before it locks.
     */
    public static void refresh(TransactionContext tx, Collection<String> reportIds, Collection<String> keys) {
        java.util.SortedSet<String> all = new java.util.TreeSet<>(keys);
        if (!reportIds.isEmpty()) {
            tx.run(NO_REPLANNING + KEYS_OF_REPORTS, Map.of("reportIds", List.copyOf(reportIds)))
                    .forEachRemaining(r -> {
                        if (!r.get("key").isNull()) all.add(r.get("key").asString());
                    });
        }
        if (all.isEmpty()) return;
        Map<String, Object> params = Map.of("keys", List.copyOf(all));
        tx.run(NO_REPLANNING + LOCK, params).consume();
        tx.run(NO_REPLANNING + SET, params).consume();
    }

    /** As the writer runs its statements: planned once, never again as the graph grows. */
    private static final String NO_REPLANNING = "CYPHER replan=skip ";

    /** The bit of each indicator in {@link MentionTally#INDICATOR_BITS}, as a Cypher list. */
    private static String bits() {
        return java.util.stream.IntStream.range(0, MentionTally.INDICATORS.size())
                .mapToObj(i -> Integer.toString(1 << i))
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    private MigrantBound() {}
}
