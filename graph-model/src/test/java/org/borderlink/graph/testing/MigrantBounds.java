package org.borderlink.graph.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.borderlink.graph.model.MigrantBound;
import org.neo4j.driver.Driver;

/**
 * Checks that the {@link MigrantBound}s agree with the tallied mentions they sum, computed here independently of
 * {@link MigrantBound#refresh}: every identity with a mention has its bound, and no bound outlives its mentions.
 */
public final class MigrantBounds {

    private MigrantBounds() {}

    /** The bound of each identity ({@code [mentions, indicators, interceptions, stops]}) summed from its mentions. */
    public static Map<String, List<Long>> summedFromMentions(Driver driver) {
        Map<String, List<Long>> bounds = new TreeMap<>();
        try (var session = driver.session()) {
            session.run("""
                            MATCH ()-[m:MENTIONS]->() WHERE m.tallyKey IS NOT NULL
                            WITH m.tallyKey AS key, count(*) AS mentions, collect(m.tallyIndicators) AS bits,
                              sum(m.tallyInterceptions) AS interceptions, sum(m.tallyStops) AS stops
                            RETURN key, [mentions, size([i IN range(0, 7) WHERE any(x IN bits WHERE x / toInteger(2 ^ i) % 2 = 1)]),
                              interceptions, stops] AS bound""")
                    .forEachRemaining(r ->
                            bounds.put(r.get("key").asString(), r.get("bound").asList(v -> v.asLong())));
        }
        return bounds;
    }

    /** The bounds as stored. */
    public static Map<String, List<Long>> stored(Driver driver) {
        Map<String, List<Long>> bounds = new TreeMap<>();
        try (var session = driver.session()) {
            session.run("""
                            MATCH (b:MigrantBound)
                            RETURN b.key AS key, [b.mentions, b.indicators, b.interceptions, b.stops] AS bound""")
                    .forEachRemaining(r ->
                            bounds.put(r.get("key").asString(), r.get("bound").asList(v -> v.asLong())));
        }
        return bounds;
    }

    /** Asserts that the stored bounds are exactly those the mentions sum to, in the whole graph. */
    public static void assertFollowTheirMentions(Driver driver) {
        assertThat(stored(driver))
                .as("each migrant's bound, as stored and as summed from their mentions now")
                .isEqualTo(summedFromMentions(driver));
    }
}
