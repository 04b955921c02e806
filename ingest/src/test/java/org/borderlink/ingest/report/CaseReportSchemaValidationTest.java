package org.borderlink.ingest.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.node.ObjectNode;

/** The published schema, run by a JSON Schema 2020-12 validator, accepts the examples and refuses broken reports. */
class CaseReportSchemaValidationTest {

    static final List<String> EXAMPLES = TestReports.EXAMPLES;

    private final Schema schema;

    CaseReportSchemaValidationTest() throws IOException {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(TestReports.SCHEMA), InputFormat.JSON);
    }

    @ParameterizedTest
    @FieldSource("EXAMPLES")
    void theSchemaAcceptsEveryExample(String name) {
        assertThat(schema.validate(TestReports.example(name))).isEmpty();
    }

    @Test
    void theSchemaRefusesWhatTheReaderAndValidatorRefuse() {
        ObjectNode broken = TestReports.example("example-thb.json");
        TestReports.set(broken, "$.persons[0].role", "DRVER");
        TestReports.set(broken, "$.marking.releasableTo", List.of("ME"));
        TestReports.remove(broken, "$.grading");
        TestReports.set(broken, "$.colour", "grey");
        TestReports.set(broken, "$.incidents[0].place.lat", 95);
        TestReports.set(broken, "$.persons[0].victim", Map.of());

        List<String> where = schema.validate(broken).stream()
                .map(e -> e.getInstanceLocation().toString())
                .toList();

        assertThat(where)
                .contains("/persons/0/role", "/marking/releasableTo/0", "/incidents/0/place/lat", "")
                .hasSizeGreaterThanOrEqualTo(7);
        assertThat(TestReports.problems(broken)).isNotEmpty();
    }
}
