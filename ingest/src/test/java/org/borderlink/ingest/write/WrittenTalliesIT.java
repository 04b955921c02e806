package org.borderlink.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.borderlink.graph.model.MentionTally;
import org.borderlink.graph.testing.MigrantBounds;
import org.borderlink.graph.testing.TestNeo4j;
import org.borderlink.ingest.facts.FactBuilder;
import org.borderlink.ingest.normalise.Gazetteer;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.pipeline.IngestSummary;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.report.ReportValidator;
import org.borderlink.ingest.resolve.MentionScorer;
import org.borderlink.ingest.resolve.ResolutionSettings;
import org.borderlink.ingest.resolve.ResolutionStore;
import org.borderlink.ingest.resolve.Resolver;
import org.borderlink.ingest.search.GraphIndexSource;
import org.borderlink.ingest.search.IngestIndexer;
import org.borderlink.ingest.search.SearchIndex;
import org.borderlink.ingest.testing.CaseReports;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryRunner;

/**
 * The tallies the writer creates mentions with ({@link MentionTallies}) are those {@link MentionTally#REFRESH}
 * computes from the stored facts: on generated cases of every type, with persons resolution shares across reports and
 * corrections that replace their first versions, every protected mention's four tallies, and the migrants' bounds
 * summed from them.
 */
class WrittenTalliesIT {

    private final Driver driver = TestNeo4j.driver();

    @Test
    void everyProtectedMentionCarriesWhatTheDefinitionComputesFromItsFacts() {
        try (var session = driver.session()) {
            session.run("MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n").consume();
        }
        IngestSummary summary;
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.indexGazetteer(Gazetteer.load());
            IngestPipeline pipeline = new IngestPipeline(
                            new ReportValidator(),
                            FactBuilder.standard(CaseReports.PSEUDONYMS),
                            new GraphWriter(driver),
                            25)
                    .withResolution(
                            new Resolver(
                                    index, new MentionScorer(), ResolutionSettings.DEFAULTS, CaseReports.PSEUDONYMS),
                            new ResolutionStore(driver))
                    .withIndex(new IngestIndexer(index, new GraphIndexSource(driver)));
            try (Stream<ReadResult> generated = CaseReports.generated(600, 11)) {
                summary = pipeline.ingest(generated);
            }
        }
        assertThat(summary.refused()).as("generated reports refused").isZero();
        assertThat(summary.replaced())
                .as("corrections replaced their first versions")
                .isPositive();

        Map<String, List<Object>> written;
        Map<String, List<Object>> defined;
        try (var session = driver.session();
                var tx = session.beginTransaction()) {
            written = tallies(tx);
            List<String> reports = tx.run("MATCH (r:Report) RETURN r.id AS id")
                    .list(r -> r.get("id").asString());
            tx.run(MentionTally.REFRESH_REPORTS, Map.of("reportIds", reports)).consume();
            defined = tallies(tx);
            tx.rollback();
        }

        assertThat(written).as("the tallies written with each mention").isEqualTo(defined);
        assertThat(written.values().stream().map(t -> (Long) t.get(1)).filter(n -> n > 0))
                .as("mentions of migrants intercepted")
                .isNotEmpty();
        assertThat(written.values().stream().map(t -> (Long) t.get(2)).filter(n -> n > 0))
                .as("mentions of migrants stopped")
                .isNotEmpty();
        for (int bit = 0; bit < MentionTally.INDICATORS.size(); bit++) {
            long mask = 1L << bit;
            assertThat(written.values().stream().map(t -> (Long) t.get(3)).filter(b -> (b & mask) != 0))
                    .as("mentions with the indicator %s", MentionTally.INDICATORS.get(bit))
                    .isNotEmpty();
        }
        assertThat(written.values().stream().map(t -> t.get(0)).distinct().count())
                .as("migrants followed by a dated pseudonym or their person, several mentioned more than once")
                .isLessThan(written.size());
        MigrantBounds.assertFollowTheirMentions(driver);
    }

    /** Each protected mention's {@code [key, interceptions, stops, indicator bits]}, by the mention. */
    private static Map<String, List<Object>> tallies(QueryRunner tx) {
        Map<String, List<Object>> tallies = new TreeMap<>();
        tx.run("""
                        MATCH (rep:Report)-[m:MENTIONS]->(p:Person) WHERE m.role IN ['SMUGGLED_MIGRANT', 'VICTIM']
                        RETURN rep.id + '/' + m.localRef AS mention,
                          [m.tallyKey, m.tallyInterceptions, m.tallyStops, m.tallyIndicators] AS tallies""")
                .forEachRemaining(r -> tallies.put(
                        r.get("mention").asString(), r.get("tallies").asList(v -> v.asObject())));
        return tallies;
    }
}
