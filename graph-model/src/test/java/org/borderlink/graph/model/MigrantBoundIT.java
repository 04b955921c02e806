package org.borderlink.graph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.borderlink.graph.schema.GraphSchema;
import org.borderlink.graph.schema.SchemaMigration;
import org.borderlink.graph.testing.MigrantBounds;
import org.borderlink.graph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/** The bounds {@link MigrantBound#refresh} and the migration that introduced them write, on tallies set by hand. */
class MigrantBoundIT {

    private final Driver driver = TestNeo4j.driver();
    private final String run = "mb-" + UUID.randomUUID() + "-";

    private static long bit(String indicator) {
        return 1L << MentionTally.INDICATORS.indexOf(indicator);
    }

    /**
     * One migrant named by two reports of different agencies (the bound does not care who may see them), with
     * overlapping indicators; a victim of a third report is another identity.
     */
    private void twoReportsNameOneMigrant() {
        try (var session = driver.session()) {
            session.run(
                            """
                            CREATE (a:Report {id: $run + 'A'}), (b:Report {id: $run + 'B'}), (c:Report {id: $run + 'C'})
                            CREATE (p:Person {id: $run + 'P'}), (q:Person {id: $run + 'Q'}), (v:Person {id: $run + 'V'})
                            CREATE (a)-[:MENTIONS {reportId: a.id, role: 'SMUGGLED_MIGRANT', aud: ['AG:RS-MUP'],
                              tallyKey: $run + 'key', tallyInterceptions: 2, tallyStops: 3, tallyIndicators: $first}]->(p)
                            CREATE (b)-[:MENTIONS {reportId: b.id, role: 'SMUGGLED_MIGRANT', aud: ['AG:BA-GP'],
                              tallyKey: $run + 'key', tallyInterceptions: 1, tallyStops: 1, tallyIndicators: $second}]->(q)
                            CREATE (c)-[:MENTIONS {reportId: c.id, role: 'VICTIM', aud: ['AG:BA-GP'],
                              tallyKey: v.id, tallyInterceptions: 0, tallyStops: 0, tallyIndicators: 0}]->(v)""",
                            Map.of(
                                    "run", run,
                                    "first", bit("DEBT_BONDAGE") + bit("KIDNAPPING_FOR_RANSOM"),
                                    "second", bit("DEBT_BONDAGE") + bit("EXPLOITATION")))
                    .consume();
        }
    }

    private void refresh(List<String> reportIds, List<String> keys) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> MigrantBound.refresh(tx, reportIds, keys));
        }
    }

    private Map<String, List<Long>> mine(Map<String, List<Long>> bounds) {
        Map<String, List<Long>> mine = new java.util.TreeMap<>(bounds);
        mine.keySet().removeIf(key -> !key.startsWith(run));
        return mine;
    }

    @Test
    void aBoundSumsEveryMentionOfItsIdentityWhoeverMaySeeThem() {
        GraphSchema.apply(driver);
        twoReportsNameOneMigrant();

        refresh(List.of(run + "A", run + "B", run + "C"), List.of());

        assertThat(mine(MigrantBounds.stored(driver)))
                .as("[mentions, indicators, interceptions, stops]")
                .isEqualTo(Map.of(run + "key", List.of(2L, 3L, 3L, 4L), run + "V", List.of(1L, 0L, 0L, 0L)));
    }

    @Test
    void aBoundFollowsItsMentionsAwayAndIsDeletedWithTheLast() {
        GraphSchema.apply(driver);
        twoReportsNameOneMigrant();
        refresh(List.of(run + "A", run + "B", run + "C"), List.of());

        try (var session = driver.session()) {
            session.run("MATCH (:Report {id: $run + 'B'})-[m:MENTIONS]->() DELETE m", Map.of("run", run))
                    .consume();
        }
        refresh(List.of(), List.of(run + "key"));
        assertThat(mine(MigrantBounds.stored(driver)).get(run + "key")).isEqualTo(List.of(1L, 2L, 2L, 3L));

        try (var session = driver.session()) {
            session.run("MATCH (:Report {id: $run + 'A'})-[m:MENTIONS]->() DELETE m", Map.of("run", run))
                    .consume();
        }
        refresh(List.of(), List.of(run + "key"));
        assertThat(mine(MigrantBounds.stored(driver))).containsOnlyKeys(run + "V");
    }

    /** Writes one mention of {@code key} by a new report {@code report}, as the writer would, in {@code tx}. */
    private void mention(org.neo4j.driver.SimpleQueryRunner tx, String report, String key, long indicators) {
        tx.run("""
                        CREATE (r:Report {id: $report})-[:MENTIONS {reportId: $report, role: 'SMUGGLED_MIGRANT',
                          aud: ['AG:RS-MUP'], tallyKey: $key, tallyInterceptions: 1, tallyStops: 2,
                          tallyIndicators: $indicators}]->(:Person {id: $report + '-P'})""", Map.of("report", report, "key", key, "indicators", indicators))
                .consume();
    }

    /** A bound created from the sums just written, and then one computed again when a later report names the migrant. */
    @Test
    void aNewBoundTakesTheSumsWrittenAndALaterMentionAddsToIt() {
        GraphSchema.apply(driver);
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                mention(tx, run + "A", run + "key", bit("DEBT_BONDAGE"));
                MigrantBound.refresh(tx, List.of(run + "A"), List.of());
            });
            assertThat(mine(MigrantBounds.stored(driver))).isEqualTo(Map.of(run + "key", List.of(1L, 1L, 1L, 2L)));
            session.executeWriteWithoutResult(tx -> {
                mention(tx, run + "B", run + "key", bit("EXPLOITATION"));
                MigrantBound.refresh(tx, List.of(run + "B"), List.of());
            });
        }
        assertThat(mine(MigrantBounds.stored(driver))).isEqualTo(Map.of(run + "key", List.of(2L, 2L, 2L, 4L)));
    }

    /**
     * Two transactions naming one new migrant at once: the second waits for the bound the first created, and computes
     * it from both mentions once the first commits, instead of creating it from its own alone.
     */
    @Test
    void aBoundWrittenByTwoTransactionsAtOnceCountsBoth() throws Exception {
        GraphSchema.apply(driver);
        try (var first = driver.session();
                var second = driver.session()) {
            var one = first.beginTransaction();
            mention(one, run + "A", run + "key", bit("DEBT_BONDAGE"));
            MigrantBound.refresh(one, List.of(run + "A"), List.of());
            var other = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try (var two = second.beginTransaction()) {
                    mention(two, run + "B", run + "key", bit("EXPLOITATION"));
                    MigrantBound.refresh(two, List.of(run + "B"), List.of());
                    two.commit();
                }
            });
            Thread.sleep(300);
            assertThat(other).as("the second waits for the first's bound").isNotDone();
            one.commit();
            one.close();
            other.get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(mine(MigrantBounds.stored(driver))).isEqualTo(Map.of(run + "key", List.of(2L, 2L, 2L, 4L)));
    }

    /**
     * The writer plans the statement that sums a bound's mentions once, early in a store's life, and keeps that plan
     * however large the index grows: it must seek the index by key, never scan it and filter (a plan the planner chose
     * once on the ingest benchmark with a plain index hint; the seek hint rules it out whatever the statistics).
     */
    @Test
    void theMentionsOfABoundAreSoughtByKeyNeverScanned() {
        GraphSchema.apply(driver);
        try (var session = driver.session()) {
            var plan = session.run("EXPLAIN CYPHER 25 " + MigrantBound.SET, Map.of("keys", List.of("k")))
                    .consume()
                    .plan();
            List<String> operators = new java.util.ArrayList<>();
            java.util.ArrayDeque<org.neo4j.driver.summary.Plan> open = new java.util.ArrayDeque<>(List.of(plan));
            while (!open.isEmpty()) {
                var p = open.pop();
                operators.add(p.operatorType());
                open.addAll(p.children());
            }
            assertThat(operators)
                    .anyMatch(o -> o.contains("RelationshipIndexSeek"))
                    .noneMatch(o -> o.contains("IndexScan") || o.contains("AllRelationshipsScan"));
        }
    }

    /** The migration that introduced the bounds computes, over a whole graph, what the refresh computes. */
    @Test
    void theMigrationBuildsTheBoundsTheRefreshWould() {
        GraphSchema.apply(driver);
        twoReportsNameOneMigrant();
        refresh(List.of(run + "A", run + "B", run + "C"), List.of());
        Map<String, List<Long>> refreshed = mine(MigrantBounds.stored(driver));
        try (var session = driver.session()) {
            session.run("MATCH (b:MigrantBound) WHERE b.key STARTS WITH $run DELETE b", Map.of("run", run))
                    .consume();
            SchemaMigration bounds = GraphSchema.MIGRATIONS.stream()
                    .filter(m -> m.description().startsWith("bounds of each migrant"))
                    .findFirst()
                    .orElseThrow();
            bounds.statements().forEach(statement -> session.run(statement).consume());
        }

        assertThat(mine(MigrantBounds.stored(driver))).isEqualTo(refreshed).hasSize(2);
    }
}
