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

    @Test
    void aMigrationEditedAfterItRanIsRefused() {
        SchemaMigration first = GraphSchema.MIGRATIONS.getFirst();
        SchemaMigration edited = new SchemaMigration(first.version(), first.description(), List.of("RETURN 1"));

        assertThatThrownBy(() -> GraphSchema.apply(TestNeo4j.driver(), List.of(edited)))
                .hasMessageContaining("was changed after it was applied");
    }
}
