package org.borderlink.ingest.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.borderlink.graph.model.AgeBand;
import org.borderlink.graph.model.Role;
import org.borderlink.ingest.report.CaseReport;
import org.borderlink.ingest.report.Person;
import org.borderlink.ingest.report.Problem;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.report.Victim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped mappings read the shipped samples into the reports the files describe; broken files are refused. */
class TabularReaderTest {

    private static List<CaseReport> reports(String mapping, String sample) {
        List<ReadResult> results = Samples.read(mapping, sample);
        assertThat(results).as("%s", results).allMatch(r -> r instanceof ReadResult.Parsed);
        return results.stream().map(r -> ((ReadResult.Parsed) r).report()).toList();
    }

    private static Map<Role, List<String>> namesByRole(CaseReport report) {
        return report.persons().stream()
                .collect(Collectors.groupingBy(
                        Person::role,
                        java.util.TreeMap::new,
                        Collectors.mapping(p -> String.valueOf(p.name()), Collectors.toList())));
    }

    @Test
    void theSerbianExportGroupsPersonRowsIntoThreeCases() {
        List<ReadResult> results = Samples.read("rs-mup", Samples.SERBIAN);
        List<CaseReport> reports = reports("rs-mup", Samples.SERBIAN);

        assertThat(reports).extracting(CaseReport::reference).containsExactly("КУ 1487/24", "КУ 1502/24", "КУ 1533/24");
        assertThat(results).extracting(ReadResult::line).containsExactly(2L, 6L, 8L);
        CaseReport first = reports.getFirst();
        assertThat(first.agency()).isEqualTo("RS-MUP");
        assertThat(first.reportedOn()).isEqualTo("2024-03-18");
        assertThat(first.marking().releasableTo()).containsExactly("BA", "HR", "HU");
        assertThat(namesByRole(first))
                .containsExactly(
                        Map.entry(Role.ORGANISER, List.of("Марко Петровић")),
                        Map.entry(Role.DRIVER, List.of("Џавад Хусеини")),
                        Map.entry(Role.SMUGGLED_MIGRANT, List.of("Ахмад Рахими", "Билал Хан")));
        assertThat(first.incidents()).singleElement().satisfies(i -> {
            assertThat(i.kind().name()).isEqualTo("INTERCEPTION");
            assertThat(i.date()).isEqualTo("2024-03-17");
            assertThat(i.place().name()).isEqualTo("Шид");
            assertThat(i.migrants()).isEqualTo(12);
        });
        Person driver = first.persons().getFirst();
        assertThat(driver.nationality()).isEqualTo("AF");
        assertThat(driver.birthDate()).isEqualTo("1988-05-12");
        assertThat(driver.incidents()).extracting(pi -> pi.ref()).containsExactly("i1");
        assertThat(first.selectors().vehicles()).singleElement().satisfies(v -> {
            assertThat(v.plate()).isEqualTo("БГ 1234-АБ");
            assertThat(v.usedBy()).containsExactly(driver.ref());
            assertThat(v.concealment()).isEqualTo("скривени простор иза задњих седишта");
        });
        assertThat(first.selectors().phones())
                .extracting(p -> p.number())
                .containsExactly("+387 61 234 567", "064 123 4567");
        assertThat(first.outcomes())
                .extracting(o -> o.kind().name() + " " + o.person())
                .containsExactly("ARREST p1", "CHARGE p2");
        assertThat(first.narrative().text()).startsWith("Возило заустављено код Шида; у товарном");
        assertThat(reports.get(1).persons()).extracting(p -> p.gender().name()).containsExactly("MALE", "FEMALE");
    }

    @Test
    void theBosnianExportHasOneCaseARowWithDriverOrganiserAndRoute() {
        List<CaseReport> reports = reports("ba-gp", Samples.BOSNIAN);

        assertThat(reports).hasSize(4);
        CaseReport zvornik = reports.getFirst();
        assertThat(zvornik.reportedOn()).isEqualTo("2024-04-02");
        assertThat(namesByRole(zvornik))
                .containsExactly(
                        Map.entry(Role.ORGANISER, List.of("Emir Hodžić")),
                        Map.entry(Role.DRIVER, List.of("Džavad Huseini")));
        assertThat(zvornik.legs()).singleElement().satisfies(leg -> {
            assertThat(leg.from().name()).isEqualTo("Beograd");
            assertThat(leg.via().name()).isEqualTo("Mali Zvornik – Zvornik");
            assertThat(leg.to().name()).isEqualTo("Bihać");
            assertThat(leg.price().value()).isEqualByComparingTo("300");
            assertThat(leg.price().currency()).isEqualTo("EUR");
            assertThat(leg.persons()).containsExactly("p1");
            assertThat(leg.vehicles()).containsExactly("v1");
        });
        assertThat(zvornik.selectors().vehicles().getFirst().country()).isEqualTo("RS");
        assertThat(reports.get(1).persons())
                .as("a row without driver or organiser names nobody")
                .isEmpty();
        assertThat(reports.get(1).narrative().text())
                .isEqualTo("Grupa od 5 migranata preko Drine, čamcem; krijumčar pobjegao.");
        assertThat(reports.get(2).legs().getFirst().via()).isNull();
        assertThat(reports.get(3).incidents().getFirst().kind().name()).isEqualTo("RESCUE");
    }

    @Test
    void theAlbanianWorkbookKeepsVictimContextAndDatePrecision() {
        List<CaseReport> reports = reports("al-asp", Samples.ALBANIAN);

        assertThat(reports)
                .extracting(CaseReport::reference)
                .containsExactly("DVP-TR-THB-0112/2024", "DVP-SH-THB-0120/2024");
        CaseReport first = reports.getFirst();
        assertThat(first.reportedOn()).as("a date cell").isEqualTo("2024-04-16");
        assertThat(first.incidents().getFirst().date())
                .as("month precision kept")
                .isEqualTo("2024-02");
        Person victim = first.persons().getFirst();
        assertThat(victim.role()).isEqualTo(Role.VICTIM);
        assertThat(victim.ageBand()).isEqualTo(AgeBand.AGE_18_20);
        assertThat(victim.victim().traffickingStatus()).isEqualTo(Victim.TraffickingStatus.POSSIBLE_VICTIM);
        assertThat(victim.victim().statusDecidedBy()).isEqualTo(Victim.DecisionMakingOrg.POLICE);
        assertThat(victim.victim().exploitationTypes())
                .containsExactly(Victim.ExploitationType.SEXUAL_EXPLOITATION, Victim.ExploitationType.FORCED_LABOUR);
        assertThat(victim.victim().methodsOfControl())
                .containsExactly(
                        Victim.MethodOfControl.DEBT_BONDAGE,
                        Victim.MethodOfControl.WITHHOLDS_DOCUMENTS,
                        Victim.MethodOfControl.FALSE_PROMISES);
        assertThat(victim.victim().recruitmentApps()).containsExactly(Victim.RecruitmentApp.INSTAGRAM);
        assertThat(first.persons().get(2).nationality()).isEqualTo("ME");
        CaseReport second = reports.get(1);
        assertThat(second.persons().getFirst().ageBand()).isEqualTo(AgeBand.AGE_9_17);
        assertThat(second.persons().getFirst().nationality()).isEqualTo("XK");
        assertThat(second.selectors().phones())
                .singleElement()
                .satisfies(p ->
                        assertThat(p.number()).as("a number cell, no exponent").isEqualTo("355692345678"));
    }

    @Test
    void theMacedonianExportInUtf8WithBomReadsCyrillicHeaders() {
        List<CaseReport> reports = reports("mk-mvr", Samples.MACEDONIAN);

        assertThat(reports).extracting(CaseReport::reference).containsExactly("ОВР-Гв 245/2024", "ОВР-Ку 112/2024");
        assertThat(namesByRole(reports.getFirst()).get(Role.DRIVER)).containsExactly("Ѓорѓи Трајковски");
        assertThat(reports.getFirst().persons())
                .extracting(Person::ageBand)
                .containsExactly(AgeBand.AGE_30_38, AgeBand.AGE_39_47, AgeBand.AGE_21_23, AgeBand.AGE_9_17);
        assertThat(reports.get(1).persons().getFirst().nationality()).isEqualTo("XK");
        assertThat(reports.get(1).incidents().getFirst().place().country()).isEqualTo("MK");
    }

    static List<Malformed> malformed() {
        return Malformed.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aBrokenFileIsRefusedWholeWithThePlaceOfEachProblem(Malformed broken) throws IOException {
        List<ReadResult> results = Samples.reader()
                .read(new ByteArrayInputStream(broken.bytes()), broken.file(), broken.mapping())
                .toList();

        assertThat(results).as("nothing of a broken file goes through").allMatch(r -> r instanceof ReadResult.Failed);
        List<Problem> problems = results.stream()
                .flatMap(r -> ((ReadResult.Failed) r).problems().stream())
                .toList();
        assertThat(problems).as("%s", problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(broken.path());
            assertThat(p.message()).contains(broken.message());
        });
        assertThat(results).allMatch(r -> r.source().equals(broken.file()));
    }

    @Test
    void reportsWithoutProblemsOfABrokenFileSayWhyTheyWereNotStored() {
        Malformed badDate = Malformed.all().stream()
                .filter(m -> m.name().startsWith("a date"))
                .findFirst()
                .orElseThrow();

        List<ReadResult> results = Samples.read("rs-mup", badDate.bytes(), "bad-date.csv");

        assertThat(results).hasSize(3);
        ReadResult.Failed innocent = (ReadResult.Failed) results.getFirst();
        assertThat(innocent.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("rows 2–5 (case КУ 1487/24)");
            assertThat(p.message())
                    .isEqualTo("not stored: bad-date.csv is taken as a whole and has errors at rows 6–7 (case КУ"
                            + " 1502/24); correct them and send the file again");
        });
    }

    @Test
    void aRowWithoutItsCaseReferenceIsNamed() {
        byte[] bytes = Malformed.serbian(s -> s.replace("4;КУ 1487/24;", "4;;"));

        List<ReadResult> results = Samples.read("rs-mup", bytes, "no-ref.csv");

        assertThat(results)
                .filteredOn(r -> r.line() == 5)
                .singleElement()
                .satisfies(r -> assertThat(((ReadResult.Failed) r).problems())
                        .extracting(Problem::path, Problem::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "row 5",
                                "the case reference is empty ('Број предмета'); every row must name its case")));
    }

    @Test
    void aFileWithOnlyAHeaderIsRefused() {
        byte[] bytes = Malformed.serbian(s -> s.substring(0, s.indexOf("\r\n") + 2));

        List<ReadResult> results = Samples.read("rs-mup", bytes, "empty.csv");

        assertThat(results)
                .singleElement()
                .satisfies(r -> assertThat(((ReadResult.Failed) r).problems())
                        .extracting(Problem::message)
                        .containsExactly("empty.csv: no data rows below the header row 1"));
    }
}
