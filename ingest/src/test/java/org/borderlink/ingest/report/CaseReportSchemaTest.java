package org.borderlink.ingest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderlink.graph.model.AgeBand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published JSON Schema and the Java binding describe the same format: the same fields, the same closed
 * value sets, the same required fields, and no field beyond them. (Validating documents against the schema
 * itself needs a JSON Schema library, which the build does not have.)
 */
class CaseReportSchemaTest {

    static final List<String> EXAMPLES = TestReports.EXAMPLES;

    /** Which record each object definition of the schema binds to; {@code ""} is the root. */
    private static final Map<String, Class<? extends Record>> BINDINGS = Map.ofEntries(
            Map.entry("", CaseReport.class),
            Map.entry("marking", ReportMarking.class),
            Map.entry("narrative", Narrative.class),
            Map.entry("incident", Incident.class),
            Map.entry("place", Place.class),
            Map.entry("person", Person.class),
            Map.entry("personIncident", PersonIncident.class),
            Map.entry("victim", Victim.class),
            Map.entry("organisation", Organisation.class),
            Map.entry("selectors", Selectors.class),
            Map.entry("phone", Phone.class),
            Map.entry("vehicle", Vehicle.class),
            Map.entry("document", Document.class),
            Map.entry("account", Account.class),
            Map.entry("onlineAccount", OnlineAccount.class),
            Map.entry("relation", Relation.class),
            Map.entry("money", Money.class),
            Map.entry("leg", Leg.class),
            Map.entry("outcome", Outcome.class));

    private final ObjectNode schema = TestReports.schema();

    @Test
    void theSchemaIsDraft2020WithAClosedObjectForEveryRecord() {
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        Set<String> objectDefinitions = new HashSet<>(Set.of(""));
        schema.get("$defs").properties().forEach(e -> {
            if ("object".equals(e.getValue().path("type").asString())) objectDefinitions.add(e.getKey());
        });
        assertThat(objectDefinitions).isEqualTo(BINDINGS.keySet());
        for (String name : BINDINGS.keySet()) {
            assertThat(definition(name).get("additionalProperties").asBoolean())
                    .as("additionalProperties of %s", name)
                    .isFalse();
        }
    }

    @Test
    void everyObjectHasExactlyTheFieldsOfItsRecord() {
        BINDINGS.forEach((name, type) -> {
            Set<String> schemaFields =
                    new LinkedHashSet<>(definition(name).get("properties").propertyNames());
            Set<String> recordFields = Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getName)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            assertThat(schemaFields).as("fields of %s", name).containsExactlyElementsOf(recordFields);
        });
    }

    @Test
    void everyClosedValueSetIsTheSameInTheSchemaAndInJava() {
        int checked = 0;
        for (Map.Entry<String, Class<? extends Record>> binding : BINDINGS.entrySet()) {
            for (RecordComponent component : binding.getValue().getRecordComponents()) {
                Class<?> valueType = valueType(component.getGenericType());
                List<String> allowed = Describe.allowedValues(valueType);
                if (allowed.isEmpty()) continue;
                JsonNode property =
                        resolve(definition(binding.getKey()).get("properties").get(component.getName()));
                if (property.has("items")) property = resolve(property.get("items"));
                Set<String> inSchema = new HashSet<>();
                property.get("enum").forEach(v -> inSchema.add(v.asString()));
                Set<String> expected = new HashSet<>(allowed);
                if (valueType == AgeBand.class) allowed.forEach(label -> expected.add(label.replace('–', '-')));
                assertThat(inSchema)
                        .as("values of %s.%s", binding.getKey(), component.getName())
                        .isEqualTo(expected);
                checked++;
            }
        }
        assertThat(checked).as("enum-valued fields").isEqualTo(23);
    }

    /**
     * For every field present in an example: leaving it out is reported as a missing required field exactly
     * when the schema lists it as required.
     */
    @ParameterizedTest
    @FieldSource("EXAMPLES")
    void theSchemaRequiresExactlyWhatTheValidatorRequires(String example) {
        ObjectNode document = TestReports.example(example);
        List<Case> cases = new ArrayList<>();
        collect(document, definition(""), "$", cases);
        assertThat(cases).hasSizeGreaterThan(40);
        for (Case c : cases) {
            ObjectNode without = TestReports.remove(document.deepCopy(), c.path());
            boolean reportedMissing = TestReports.problems(without).stream()
                    .anyMatch(p -> p.path().equals(c.path()) && p.message().startsWith("missing required field"));
            assertThat(reportedMissing).as("%s is required", c.path()).isEqualTo(c.required());
        }
    }

    /** Every object of an example refuses a field the schema does not know, and says where. */
    @ParameterizedTest
    @FieldSource("EXAMPLES")
    void everyObjectRefusesUnknownFields(String example) {
        ObjectNode document = TestReports.example(example);
        List<Case> cases = new ArrayList<>();
        collect(document, definition(""), "$", cases);
        Set<String> objects = cases.stream()
                .map(c -> c.path().substring(0, c.path().lastIndexOf('.')))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String object : objects) {
            String path = object + ".colour2";
            ObjectNode changed = TestReports.set(document.deepCopy(), path, "grey");
            assertThat(TestReports.problems(changed)).as(path).anySatisfy(p -> {
                assertThat(p.path()).isEqualTo(path);
                assertThat(p.message()).startsWith("unknown field 'colour2'");
            });
        }
    }

    private record Case(String path, boolean required) {}

    /** Walks a document and its schema together, noting each present field and whether it is required. */
    private void collect(JsonNode node, JsonNode definition, String path, List<Case> cases) {
        if (!node.isObject()) return;
        Set<String> required = new HashSet<>();
        definition.path("required").forEach(r -> required.add(r.asString()));
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String fieldPath = path + "." + field.getKey();
            cases.add(new Case(fieldPath, required.contains(field.getKey())));
            JsonNode property = resolve(definition.get("properties").get(field.getKey()));
            if (field.getValue().isArray() && property.has("items")) {
                JsonNode items = resolve(property.get("items"));
                for (int i = 0; i < field.getValue().size(); i++) {
                    collect(field.getValue().get(i), items, fieldPath + "[" + i + "]", cases);
                }
            } else {
                collect(field.getValue(), property, fieldPath, cases);
            }
        }
    }

    private JsonNode definition(String name) {
        return name.isEmpty() ? schema : schema.get("$defs").get(name);
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asString();
            current = schema.get("$defs").get(ref.substring("#/$defs/".length()));
        }
        return current;
    }

    private static Class<?> valueType(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return (Class<?>) p.getActualTypeArguments()[0];
        }
        return type instanceof Class<?> c ? c : Object.class;
    }
}
