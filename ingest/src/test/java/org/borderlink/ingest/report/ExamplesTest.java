package org.borderlink.ingest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.borderlink.graph.model.AgeBand;
import org.borderlink.graph.model.CaseType;
import org.borderlink.graph.model.Role;
import org.borderlink.graph.model.Tlp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;

/** The published examples are what the documentation promises: they read, validate and round-trip. */
class ExamplesTest {

    static final List<String> EXAMPLES = TestReports.EXAMPLES;

    @ParameterizedTest
    @FieldSource("EXAMPLES")
    void everyExampleReadsAndValidatesWithoutProblems(String name) throws IOException {
        try (Stream<ReadResult> results = new ReportReader().read(TestReports.DOCS.resolve(name))) {
            List<ReadResult> all = results.toList();
            assertThat(all).hasSize(1);
            assertThat(all.getFirst()).isInstanceOf(ReadResult.Parsed.class);
            ReadResult.Parsed parsed = (ReadResult.Parsed) all.getFirst();
            assertThat(parsed.source()).isEqualTo(name);
            assertThat(new ReportValidator().validate(parsed.index(), parsed.report()))
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @FieldSource("EXAMPLES")
    void everyExampleSurvivesWritingAndReadingBack(String name) {
        CaseReport report = TestReports.bind(TestReports.example(name));
        String written = ReportJson.mapper().writeValueAsString(report);
        JsonNode original = TestReports.example(name);

        assertThat(TestReports.bind(TestReports.JSON.readTree(written))).isEqualTo(report);
        assertThat(TestReports.JSON.readTree(written)).isEqualTo(original);
    }

    @Test
    void theSmugglingExampleKeepsLocalValuesAsWritten() {
        CaseReport som = TestReports.bind(TestReports.som());

        assertThat(som.key()).isEqualTo("RS-MUP:UGP-PU-SM-412/24");
        assertThat(som.type()).isEqualTo(CaseType.SOM);
        assertThat(som.incidents().getFirst().date()).isEqualTo("17.03.2024.");
        assertThat(som.selectors().vehicles().getFirst().plate()).isEqualTo("NS 417-ZK");
        assertThat(som.persons().get(1).nationality()).isEqualTo("Авганистан");
        assertThat(som.persons().get(2).ageBand()).isEqualTo(AgeBand.AGE_9_17);
        assertThat(som.narrative()).isNotNull();
        assertThat(som.narrative().text()).startsWith("Дана 17.03.2024.");
    }

    @Test
    void theTraffickingExampleBindsHtcdsValueNamesAndAStrictMarking() {
        CaseReport thb = TestReports.bind(TestReports.example("example-thb.json"));
        Person victim = thb.persons().stream()
                .filter(p -> p.role() == Role.VICTIM)
                .findFirst()
                .orElseThrow();

        assertThat(thb.marking().tlp()).isEqualTo(Tlp.RED);
        assertThat(thb.marking().toMarking().releasableAgencies())
                .extracting(Object::toString)
                .containsExactly("ME-UP");
        assertThat(victim.name()).isNull();
        assertThat(victim.victim()).isNotNull();
        assertThat(victim.victim().traffickingStatus()).isEqualTo(Victim.TraffickingStatus.POSSIBLE_VICTIM);
        assertThat(victim.victim().methodsOfControl())
                .contains(Victim.MethodOfControl.DEBT_BONDAGE, Victim.MethodOfControl.WITHHOLDS_DOCUMENTS);
        assertThat(victim.victim().recruitmentMethod())
                .isEqualTo(Victim.RecruitmentMethod.THROUGH_ONLINE_SOCIAL_NETWORKS);
        assertThat(victim.victim().recruitmentApps())
                .containsExactly(Victim.RecruitmentApp.INSTAGRAM, Victim.RecruitmentApp.WHATSAPP);
    }

    @Test
    void theMixedExampleHoldsAHawalaAccountAndASafeHouse() {
        CaseReport mixed = TestReports.bind(TestReports.example("example-mixed.json"));

        assertThat(mixed.type()).isEqualTo(CaseType.MIXED);
        assertThat(mixed.selectors().accounts()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AccountKind.HAWALA);
            assertThat(a.usedBy()).containsExactly("P3");
        });
        assertThat(mixed.incidents())
                .filteredOn(i -> i.kind() == IncidentKind.KIDNAPPING)
                .singleElement()
                .satisfies(i -> assertThat(i.place().kind()).isEqualTo(PlaceKind.SAFE_HOUSE));
        assertThat(mixed.declaredRefs()).doesNotHaveDuplicates().contains("I1", "O1", "P5", "A1", "L2");
    }

    @Test
    void everyGazetteerIdInTheExamplesIsInTheShippedGazetteer() {
        Set<String> known = org.borderlink.ingest.normalise.Gazetteer.load().places().stream()
                .map(org.borderlink.ingest.normalise.Place::id)
                .collect(Collectors.toSet());
        for (String name : EXAMPLES) {
            List<String> ids = TestReports.example(name).findValues("id").stream()
                    .map(JsonNode::asString)
                    .toList();
            assertThat(ids).as(name).isNotEmpty();
            assertThat(known).as(name).containsAll(ids);
        }
    }
}
