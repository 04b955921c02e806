package org.borderlink.ingest.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The shipped mappings load; a mapping with mistakes is refused with every mistake and where it is. */
class MappingsTest {

    static final List<String> BUNDLED = Mappings.BUNDLED;

    @ParameterizedTest
    @FieldSource("BUNDLED")
    void everyShippedMappingLoads(String name) {
        TabularMapping mapping = Samples.mapping(name);

        assertThat(mapping.name()).isEqualTo(name);
        assertThat(mapping.defaults().agency().value())
                .startsWith(name.substring(0, 2).toUpperCase());
    }

    private static List<String> problems(String yaml) {
        MappingException e = catchThrowableOfType(
                MappingException.class,
                () -> Samples.mappings().parse(yaml.getBytes(StandardCharsets.UTF_8), "bad.yaml"));
        assertThat(e).as("the mapping should be refused").isNotNull();
        return e.problems();
    }

    private static final String HEADER = """
            name: test
            format: csv
            rows: PER_PERSON
            defaults:
              agency: RS-MUP
              type: SOM
              marking: {tlp: AMBER, handling: H1}
              grading: B2
            """;

    @Test
    void anUnknownKeyIsNamedWithItsLine() {
        assertThat(problems(HEADER + """
                columns:
                  - header: Број
                    field: report.reference
                    feild: person.name
                """))
                .singleElement()
                .satisfies(p -> assertThat(p).startsWith("bad.yaml line 12: unknown key 'feild'; expected one of"));
    }

    @Test
    void everyMistakeOfAMappingIsListedAtOnce() {
        List<String> problems = problems("""
                name: Test Mapping
                format: ods
                rows: ONE_PER_ROW
                defaults:
                  agency: RS-MUP
                  country: Hrvatska
                  marking: {tlp: RED, handling: H1, releasableTo: [BA]}
                  grading: B7
                dateFormats: ["dd.MM."]
                columns:
                  - header: Број
                    field: report.reference
                  - header: Пол
                    field: person.gendr
                  - header: Пол
                    value: MALE
                    field: person.gender
                  - header: Улога
                    field: person.role
                    values: улога
                  - header: Датум
                    field: incident.date
                    values: улога
                dictionaries:
                  улога:
                    возач: DRIVR
                  вишак:
                    x: y
                """);

        assertThat(problems)
                .containsExactlyInAnyOrder(
                        "bad.yaml: name: 'Test Mapping' is not a mapping name: lower-case letters, digits and '-', e.g. rs-mup",
                        "bad.yaml: format: 'ods' is not a format; expected csv or xlsx",
                        "bad.yaml: rows: 'ONE_PER_ROW' is not a row layout; expected PER_PERSON or PER_CASE",
                        "bad.yaml: defaults.country: 'Hrvatska' is not the agency's country RS",
                        "bad.yaml: defaults.marking.releasableTo: TLP:RED can be released to named agencies only, not to the"
                                + " whole country 'BA'",
                        "bad.yaml: defaults.grading: 'B7' is not a grading such as B2",
                        "bad.yaml: dateFormats: date format 'dd.MM.' has no year (y)",
                        "bad.yaml: columns[2]: unknown field 'person.gendr'; fields are listed in docs/ingest.md, e.g."
                                + " report.reference, incident.date, person.name, person[2].role",
                        "bad.yaml: columns[3]: give exactly one of header (the column's header text), position (its number,"
                                + " from 1) or value (a constant)",
                        "bad.yaml: dictionaries.улога 'возач': 'DRIVR' is not a value of person.role; expected one of"
                                + " ORGANISER, RECRUITER, TRANSPORTER, DRIVER, GUIDE, HARBOURER, MONEY_HANDLER, DOCUMENT_FORGER,"
                                + " EXPLOITER, SMUGGLED_MIGRANT, VICTIM, WITNESS, OTHER",
                        "bad.yaml: columns[5] (incident.date): incident.date is a date field; dictionaries feed text,"
                                + " countries, closed value sets, yes/no, languages and currencies",
                        "bad.yaml: dictionaries.вишак: no column uses it",
                        "bad.yaml: defaults.type: missing, and no column feeds report.type",
                        "bad.yaml: columns: incident has no kind: map incident.kind or give it as a constant (value:"
                                + " INTERCEPTION)");
    }

    @Test
    void personsOfAnIndexNeedARoleAndDocumentsATypeAndGroupsGoTogether() {
        assertThat(problems(HEADER + """
                columns:
                  - header: Број
                    field: report.reference
                  - header: Датум
                    field: report.reportedOn
                  - header: Возач
                    field: person[2].name
                  - header: Пасош
                    field: person[2].document.number
                  - header: Цена
                    field: leg.price
                """))
                .containsExactlyInAnyOrder(
                        "bad.yaml: columns: person[2] has no role: map person[2].role or give it as a constant (value:"
                                + " DRIVER)",
                        "bad.yaml: columns: person[2].document.number needs person[2].document.type",
                        "bad.yaml: columns: leg needs leg.from and leg.to",
                        "bad.yaml: columns: leg needs leg.from and leg.to");
    }

    @Test
    void theCaseReferenceCannotBeAConstantAndAFieldFedTwiceMustBeText() {
        assertThat(problems(HEADER + """
                columns:
                  - value: X-1
                    field: report.reference
                  - header: Датум
                    field: report.reportedOn
                  - header: Датум 2
                    field: report.reportedOn
                """))
                .containsExactlyInAnyOrder(
                        "bad.yaml: columns[1] (report.reference): the case reference must come from a column: a"
                                + " constant would make one case of the whole file",
                        "bad.yaml: columns[3] (report.reportedOn): also fed by columns[2]; only text and list fields"
                                + " may be fed by several columns",
                        "bad.yaml: columns: no column feeds report.reference: every case needs the agency's reference");
    }

    @Test
    void namesResolveToShippedMappingsAndUnknownNamesListTheKnownOnes() {
        MappingException e = catchThrowableOfType(
                MappingException.class, () -> Samples.mappings().resolve("xx-none"));

        assertThat(e.problems()).containsExactly("no mapping named 'xx-none'; known: al-asp, ba-gp, mk-mvr, rs-mup");
    }
}
