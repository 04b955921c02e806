package org.borderlink.ingest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** Every rule of the validator, each broken once on a published example. */
class ReportValidatorTest {

    /** One broken rule: an edit of an example and the problem it must cause. */
    record Rule(String example, String description, UnaryOperator<ObjectNode> edit, String path, String message) {
        @Override
        public String toString() {
            return description;
        }
    }

    static Rule som(String description, UnaryOperator<ObjectNode> edit, String path, String message) {
        return new Rule("example-som.json", description, edit, path, message);
    }

    static Rule thb(String description, UnaryOperator<ObjectNode> edit, String path, String message) {
        return new Rule("example-thb.json", description, edit, path, message);
    }

    static Rule mixed(String description, UnaryOperator<ObjectNode> edit, String path, String message) {
        return new Rule("example-mixed.json", description, edit, path, message);
    }

    static UnaryOperator<ObjectNode> set(String path, Object value) {
        return r -> TestReports.set(r, path, value);
    }

    static UnaryOperator<ObjectNode> remove(String path) {
        return r -> TestReports.remove(r, path);
    }

    static Stream<Rule> rules() {
        return Stream.of(
                // header
                som(
                        "another format version",
                        set("$.schemaVersion", "2"),
                        "$.schemaVersion",
                        "unsupported schemaVersion '2'; this version of Borderlink reads '1'"),
                som("version 0", set("$.version", 0), "$.version", "must be 1 or more, was 0"),
                som(
                        "agency with an underscore",
                        set("$.agency", "RS_MUP"),
                        "$.agency",
                        "'RS_MUP' is not an agency id: a country code, '-', and 2–16 upper-case letters or digits, e.g. RS-MUP"),
                som("agency of no country", set("$.agency", "QQ-MUP"), "$.agency", "'QQ-MUP' is not an agency id"),
                som("blank reference", set("$.reference", "  "), "$.reference", "must not be blank"),
                som("empty report date", set("$.reportedOn", ""), "$.reportedOn", "must not be blank"),
                som(
                        "grading out of range",
                        set("$.grading", "B5"),
                        "$.grading",
                        "information credibility must be 1–4, was '5'"),
                som(
                        "grading of no source",
                        set("$.grading", "E1"),
                        "$.grading",
                        "source reliability must be A, B, C or X; was 'E'"),
                som(
                        "grading in lower case",
                        set("$.grading", "b2"),
                        "$.grading",
                        "write the grading as B2 (a capital letter and a digit, nothing else)"),
                som(
                        "narrative language of three letters",
                        set("$.narrative.language", "srp"),
                        "$.narrative.language",
                        "'srp' is not an ISO 639-1 language code (two lower-case letters, e.g. sr, sq, bs, mk)"),
                som(
                        "narrative language that does not exist",
                        set("$.narrative.language", "xx"),
                        "$.narrative.language",
                        "'xx' is not an ISO 639-1 language code"),
                // marking
                thb(
                        "a whole country under RED",
                        set("$.marking.releasableTo", List.of("ME-UP", "ME")),
                        "$.marking.releasableTo[1]",
                        "TLP:RED can be released to named agencies only, not to the whole country 'ME'"),
                som(
                        "releasable to a country name",
                        set("$.marking.releasableTo", List.of("Croatia")),
                        "$.marking.releasableTo[0]",
                        "releasability entry 'Croatia' is neither a country code (BA) nor an agency id (BA-GP)"),
                som(
                        "releasable twice to the same country",
                        set("$.marking.releasableTo", List.of("HR", "HR")),
                        "$.marking.releasableTo[1]",
                        "'HR' is listed twice"),
                // refs
                som(
                        "a ref with a space",
                        set("$.persons[0].ref", "P 1"),
                        "$.persons[0].ref",
                        "'P 1' is not a valid ref: up to 64 letters, digits, '_', '.', ':' or '-', starting with a letter or digit"),
                som(
                        "the same ref on a person and a phone",
                        set("$.selectors.phones[0].ref", "P1"),
                        "$.selectors.phones[0].ref",
                        "duplicate ref 'P1': already used by $.persons[0]"),
                som(
                        "the same ref on two incidents",
                        r -> {
                            ((tools.jackson.databind.node.ArrayNode) r.get("incidents"))
                                    .add(r.get("incidents").get(0).deepCopy());
                            return r;
                        },
                        "$.incidents[1].ref",
                        "duplicate ref 'I1': already used by $.incidents[0]"),
                som(
                        "a phone used by nobody known",
                        set("$.selectors.phones[0].usedBy", List.of("P9")),
                        "$.selectors.phones[0].usedBy[0]",
                        "unknown ref 'P9': no person has this ref"),
                som(
                        "a phone used by an incident",
                        set("$.selectors.phones[0].usedBy", List.of("I1")),
                        "$.selectors.phones[0].usedBy[0]",
                        "'I1' is an incident ($.incidents[0]), but a person is expected here"),
                som(
                        "a user listed twice",
                        set("$.selectors.phones[0].usedBy", List.of("P2", "P2")),
                        "$.selectors.phones[0].usedBy[1]",
                        "'P2' is listed twice"),
                som(
                        "a relation from a vehicle",
                        set("$.relations[0].from", "V1"),
                        "$.relations[0].from",
                        "'V1' is a vehicle ($.selectors.vehicles[0]), but a person is expected here"),
                som(
                        "a relation to an incident",
                        set("$.relations[0].to", "I1"),
                        "$.relations[0].to",
                        "'I1' is an incident ($.incidents[0]), but a person or an organisation is expected here"),
                som(
                        "a relation to nobody known",
                        set("$.relations[0].to", "X"),
                        "$.relations[0].to",
                        "unknown ref 'X': no person or organisation has this ref"),
                som(
                        "membership of a person",
                        set("$.relations[0].type", "MEMBER_OF"),
                        "$.relations[0].to",
                        "'P1' is a person ($.persons[0]), but an organisation is expected here"),
                som(
                        "a relation of a person with themselves",
                        set("$.relations[0].to", "P2"),
                        "$.relations[0].to",
                        "a relation cannot link 'P2' to itself"),
                som(
                        "a person in an unknown incident",
                        set("$.persons[0].incidents[0].ref", "I9"),
                        "$.persons[0].incidents[0].ref",
                        "unknown ref 'I9': no incident has this ref"),
                som(
                        "a leg travelled by a vehicle",
                        set("$.legs[0].persons", List.of("V1")),
                        "$.legs[0].persons[0]",
                        "'V1' is a vehicle ($.selectors.vehicles[0]), but a person is expected here"),
                som(
                        "a leg driven in a person",
                        set("$.legs[0].vehicles", List.of("P1")),
                        "$.legs[0].vehicles[0]",
                        "'P1' is a person ($.persons[0]), but a vehicle is expected here"),
                som(
                        "an outcome for nobody known",
                        set("$.outcomes[0].person", "P7"),
                        "$.outcomes[0].person",
                        "unknown ref 'P7': no person has this ref"),
                mixed(
                        "a phone as a group member",
                        set("$.organisations[0].members", List.of("P1", "T1")),
                        "$.organisations[0].members[1]",
                        "'T1' is a phone ($.selectors.phones[0]), but a person is expected here"),
                // persons
                som(
                        "a victim block on a driver",
                        set("$.persons[0].victim", Map.of()),
                        "$.persons[0].victim",
                        "a victim block is only allowed for a person with role VICTIM or SMUGGLED_MIGRANT, not DRIVER"),
                som(
                        "a child's age band on an adult",
                        set("$.persons[2].minor", false),
                        "$.persons[2].minor",
                        "minor is false but age band 9–17 is a child's"),
                som(
                        "an adult's age band on a child",
                        set("$.persons[3].minor", true),
                        "$.persons[3].minor",
                        "minor is true but age band 21–23 is an adult's"),
                som(
                        "a blank alias",
                        set("$.persons[1].aliases", List.of("Jawad", " ")),
                        "$.persons[1].aliases[1]",
                        "must not be blank"),
                // counts and amounts
                som(
                        "a negative number of migrants",
                        set("$.incidents[0].migrants", -1),
                        "$.incidents[0].migrants",
                        "must be 0 or more, was -1"),
                som("leg order 0", set("$.legs[0].order", 0), "$.legs[0].order", "must be 1 or more, was 0"),
                som(
                        "a sentence on an arrest",
                        set("$.outcomes[0].sentenceMonths", 12),
                        "$.outcomes[0].sentenceMonths",
                        "sentenceMonths belongs to an outcome of kind SENTENCE or CONVICTION, not ARREST"),
                som(
                        "a negative sentence",
                        r -> set("$.outcomes[1].kind", "SENTENCE")
                                .apply(set("$.outcomes[1].sentenceMonths", -6).apply(r)),
                        "$.outcomes[1].sentenceMonths",
                        "must be 0 or more, was -6"),
                som(
                        "a negative payment",
                        set("$.relations[3].amount.value", -5),
                        "$.relations[3].amount.value",
                        "must be 0 or more, was -5"),
                som(
                        "a currency of four letters",
                        set("$.relations[3].amount.currency", "EURO"),
                        "$.relations[3].amount.currency",
                        "'EURO' is not an ISO 4217 currency code, e.g. EUR"),
                som(
                        "a currency that does not exist",
                        set("$.legs[0].price.currency", "XYZ"),
                        "$.legs[0].price.currency",
                        "'XYZ' is not an ISO 4217 currency code, e.g. EUR"),
                // places
                som(
                        "latitude beyond the pole",
                        set("$.incidents[0].place.lat", 91.5),
                        "$.incidents[0].place.lat",
                        "latitude must be between -90 and 90, was 91.5"),
                som(
                        "longitude beyond the date line",
                        set("$.incidents[0].place.lon", -181),
                        "$.incidents[0].place.lon",
                        "longitude must be between -180 and 180, was -181.0"),
                som(
                        "latitude without longitude",
                        remove("$.incidents[0].place.lon"),
                        "$.incidents[0].place.lon",
                        "lat and lon go together: give both or neither"),
                som(
                        "a place that names nothing",
                        set("$.legs[0].via", Map.of("kind", "BORDER_CROSSING")),
                        "$.legs[0].via",
                        "a place needs at least an id, a name, or lat and lon"),
                som("a blank gazetteer id", set("$.legs[0].via.id", ""), "$.legs[0].via.id", "must not be blank"),
                // required fields
                som("no agency", remove("$.agency"), "$.agency", "missing required field 'agency'"),
                som("no marking", remove("$.marking"), "$.marking", "missing required field 'marking'"),
                som(
                        "no handling code",
                        remove("$.marking.handling"),
                        "$.marking.handling",
                        "missing required field 'handling'"),
                som(
                        "no narrative text",
                        remove("$.narrative.text"),
                        "$.narrative.text",
                        "missing required field 'text'"),
                som(
                        "no incident kind",
                        remove("$.incidents[0].kind"),
                        "$.incidents[0].kind",
                        "missing required field 'kind'"),
                som("no role", remove("$.persons[1].role"), "$.persons[1].role", "missing required field 'role'"),
                som(
                        "no plate",
                        remove("$.selectors.vehicles[0].plate"),
                        "$.selectors.vehicles[0].plate",
                        "missing required field 'plate'"),
                thb(
                        "no document number",
                        remove("$.selectors.documents[0].number"),
                        "$.selectors.documents[0].number",
                        "missing required field 'number'"),
                mixed(
                        "no account identifier",
                        remove("$.selectors.accounts[0].identifier"),
                        "$.selectors.accounts[0].identifier",
                        "missing required field 'identifier'"),
                som(
                        "no currency",
                        remove("$.relations[3].amount.currency"),
                        "$.relations[3].amount.currency",
                        "missing required field 'currency'"),
                som("a leg that goes nowhere", remove("$.legs[0].to"), "$.legs[0].to", "missing required field 'to'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRuleReportsWhereAndWhat(Rule rule) {
        ObjectNode report = rule.edit().apply(TestReports.example(rule.example()));

        List<Problem> problems = TestReports.problems(report);

        assertThat(problems).as("problems of %s", rule).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(rule.path());
            assertThat(p.message()).startsWith(rule.message());
        });
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "maxPersons,         3,   $.persons,                   'has 4 entries; limit maxPersons is 3'",
        "maxListSize,        3,   $.relations,                 'has 4 entries; limit maxListSize is 3'",
        "maxStringLength,    30,  $.incidents[0].description,  'is 75 characters long; limit maxStringLength is 30'",
        "maxNarrativeLength, 100, $.narrative.text,            'characters long; limit maxNarrativeLength is 100'",
    })
    void aReportOverALimitSaysWhichLimitAndItsValue(String limit, int value, String path, String message) {
        ReportLimits limits = switch (limit) {
            case "maxPersons" -> ReportLimits.DEFAULTS.withMaxPersons(value);
            case "maxListSize" -> ReportLimits.DEFAULTS.withMaxListSize(value);
            case "maxStringLength" -> ReportLimits.DEFAULTS.withMaxStringLength(value);
            case "maxNarrativeLength" -> ReportLimits.DEFAULTS.withMaxNarrativeLength(value);
            default -> throw new IllegalArgumentException(limit);
        };

        List<Problem> problems = TestReports.problems(TestReports.som(), limits);

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void everyProblemOfAReportIsListedAtOnceWithItsRecordIndex() {
        ObjectNode report = TestReports.som();
        TestReports.set(report, "$.version", 0);
        TestReports.set(report, "$.grading", "Z9");
        TestReports.set(report, "$.selectors.phones[0].usedBy", List.of("P9"));
        TestReports.set(report, "$.incidents[0].migrants", -3);

        List<Problem> problems = new ReportValidator().validate(7, TestReports.bind(report));

        assertThat(problems)
                .extracting(Problem::path)
                .containsExactly(
                        "$.version", "$.grading", "$.incidents[0].migrants", "$.selectors.phones[0].usedBy[0]");
        assertThat(problems).extracting(Problem::recordIndex).containsOnly(7);
    }

    @Test
    void theValidatorLeavesValuesForTheNormalisersAlone() {
        ObjectNode report = TestReports.som();
        TestReports.set(report, "$.reportedOn", "sometime in spring");
        TestReports.set(report, "$.country", "Republika Srbija");
        TestReports.set(report, "$.selectors.phones[0].number", "call me");
        TestReports.set(report, "$.selectors.vehicles[0].plate", "??");
        TestReports.set(report, "$.incidents[0].place.id", "NOWHERE-1");

        assertThat(TestReports.problems(report)).isEmpty();
    }

    @Test
    void aMinimalReportIsValid() {
        CaseReport minimal = TestReports.bind(TestReports.JSON.readTree(ReportReaderTest.minimal("R-1")));

        assertThat(new ReportValidator().validate(0, minimal)).isEmpty();
        assertThat(minimal.persons()).isEmpty();
        assertThat(minimal.selectors()).isEqualTo(Selectors.NONE);
    }
}
