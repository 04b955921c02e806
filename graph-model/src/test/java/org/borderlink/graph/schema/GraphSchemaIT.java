package org.borderlink.graph.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.borderlink.graph.model.NodeLabel;
import org.borderlink.graph.testing.TestNeo4j;
import org.junit.jupiter.api.Test;

class GraphSchemaIT {

    @Test
    void aSecondApplyChangesNothing() {
        GraphSchema.apply(TestNeo4j.driver()); // TestNeo4j applied it once already

        assertThat(GraphSchema.apply(TestNeo4j.driver())).isZero();
        assertThat(GraphSchema.currentVersion(TestNeo4j.driver()))
                .isEqualTo(GraphSchema.MIGRATIONS.getLast().version());
    }

    @Test
    void everyNodeLabelHasAUniqueIdConstraint() {
        try (var session = TestNeo4j.driver().session()) {
            List<String> constrained = session.run(
                            "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' AND properties = ['id'] RETURN labelsOrTypes[0] AS label")
                    .list(r -> r.get("label").asString());
            for (NodeLabel label : NodeLabel.values()) {
                assertThat(constrained).contains(label.name());
            }
        }
    }

    /**
     * Every relationship property index is paid for on every relationship written: none is kept on {@code reportId} (a
     * report's facts are found from the report), only the mention indexes link analysis starts from.
     */
    @Test
    void theOnlyRelationshipIndexesAreThoseLinkAnalysisStartsFrom() {
        try (var session = TestNeo4j.driver().session()) {
            List<String> indexes = session.run(
                            "SHOW INDEXES YIELD name, type, entityType WHERE entityType = 'RELATIONSHIP' AND type <> 'LOOKUP' RETURN name ORDER BY name")
                    .list(r -> r.get("name").asString());
            assertThat(indexes).containsExactly("rel_mentions_minor", "rel_mentions_role", "rel_mentions_tally");
        }
    }

    /** Narratives are searched in the search index, which applies the sharing rule: the graph keeps no text index. */
    @Test
    void theGraphHoldsNoFullTextIndex() {
        try (var session = TestNeo4j.driver().session()) {
            long fullText = session.run("SHOW INDEXES YIELD type WHERE type = 'FULLTEXT' RETURN count(*) AS n")
                    .single()
                    .get("n")
                    .asLong();
            assertThat(fullText).isZero();
        }
    }

    @Test
    void aMigrationEditedAfterItRanIsRefused() {
        SchemaMigration first = GraphSchema.MIGRATIONS.getFirst();
        SchemaMigration edited = new SchemaMigration(first.version(), first.description(), List.of("RETURN 1"));

        assertThatThrownBy(() -> GraphSchema.apply(TestNeo4j.driver(), List.of(edited)))
                .hasMessageContaining("was changed after it was applied");
    }
}
