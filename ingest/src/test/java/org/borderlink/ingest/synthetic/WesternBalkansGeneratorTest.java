package org.borderlink.ingest.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.borderlink.graph.model.CaseType;
import org.borderlink.graph.model.CountryCode;
import org.borderlink.graph.model.Role;
import org.borderlink.graph.model.Tlp;
import org.borderlink.ingest.normalise.CountryNormaliser;
import org.borderlink.ingest.normalise.DateNormaliser;
import org.borderlink.ingest.normalise.Gazetteer;
import org.borderlink.ingest.normalise.NameNormaliser;
import org.borderlink.ingest.normalise.PhoneNormaliser;
import org.borderlink.ingest.normalise.PlaceMatch;
import org.borderlink.ingest.normalise.PlateNormaliser;
import org.borderlink.ingest.report.CaseReport;
import org.borderlink.ingest.report.Document;
import org.borderlink.ingest.report.Incident;
import org.borderlink.ingest.report.Leg;
import org.borderlink.ingest.report.OutcomeKind;
import org.borderlink.ingest.report.Person;
import org.borderlink.ingest.report.Phone;
import org.borderlink.ingest.report.Place;
import org.borderlink.ingest.report.PlaceKind;
import org.borderlink.ingest.report.Problem;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.report.Relation;
import org.borderlink.ingest.report.RelationType;
import org.borderlink.ingest.report.ReportReader;
import org.borderlink.ingest.report.ReportValidator;
import org.borderlink.ingest.report.Vehicle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WesternBalkansGeneratorTest {

    private static final int REPORTS = 2_000;
    private static final Set<String> WESTERN_BALKANS = Set.of("AL", "BA", "ME", "MK", "RS", "XK");

    private static Generated data;

    @BeforeAll
    static void generate() {
        data = WesternBalkansGenerator.generate(REPORTS, 7);
    }

    private static String country(CaseReport r) {
        return r.agency().substring(0, 2);
    }

    private static String truth(CaseReport r, Person p) {
        return data.truth().personOf().get(new MentionKey(r.key(), r.version(), p.ref()));
    }

    // ---- determinism -------------------------------------------------------------------------------------

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherReports(@TempDir Path dir) throws IOException {
        WesternBalkansGenerator.writeTo(dir.resolve("a"), 200, 42);
        WesternBalkansGenerator.writeTo(dir.resolve("b"), 200, 42);
        WesternBalkansGenerator.writeTo(dir.resolve("c"), 200, 43);
        for (String file : List.of(
                WesternBalkansGenerator.REPORTS_FILE,
                WesternBalkansGenerator.GROUND_TRUTH_FILE,
                WesternBalkansGenerator.PERSONS_FILE)) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
        }
        assertThat(Files.readAllBytes(dir.resolve("a").resolve(WesternBalkansGenerator.REPORTS_FILE)))
                .isNotEqualTo(Files.readAllBytes(dir.resolve("c").resolve(WesternBalkansGenerator.REPORTS_FILE)));
        assertThat(Files.readAllLines(dir.resolve("a").resolve(WesternBalkansGenerator.REPORTS_FILE)))
                .hasSize(200);
        assertThat(Files.readAllLines(dir.resolve("a").resolve(WesternBalkansGenerator.GROUND_TRUTH_FILE))
                        .getFirst())
                .isEqualTo("report,version,ref,person,role");
    }

    @Test
    void writtenReportsReadBackAsTheSameRecordsAndTheGroundTruthFileMatches(@TempDir Path dir) throws IOException {
        WesternBalkansGenerator.writeTo(dir, 300, 7);
        List<CaseReport> expected = WesternBalkansGenerator.generate(300, 7).reports();
        List<CaseReport> read = new ArrayList<>();
        try (var results = new ReportReader().read(dir.resolve(WesternBalkansGenerator.REPORTS_FILE))) {
            results.forEach(r -> {
                assertThat(r).isInstanceOf(ReadResult.Parsed.class);
                read.add(((ReadResult.Parsed) r).report());
            });
        }
        assertThat(read).isEqualTo(expected);
        long mentions = expected.stream().mapToLong(r -> r.persons().size()).sum();
        assertThat(Files.readAllLines(dir.resolve(WesternBalkansGenerator.GROUND_TRUTH_FILE)))
                .hasSize((int) mentions + 1);
    }

    @Test
    void theWorldHasAboutOneNetworkPerTwentyFiveReportsAndTinySetsWork() {
        Map<String, Integer> counts = new World(REPORTS, 7).counts();
        assertThat(counts.get("networks")).isEqualTo(REPORTS / 25);
        assertThat(counts.get("traffickingNetworks")).isBetween(REPORTS / 25 / 6, REPORTS / 25 / 2);
        assertThat(counts.get("freelancers")).isPositive();
        assertThat(counts.get("facilitators")).isGreaterThan(counts.get("networks") * 8);
        assertThat(WesternBalkansGenerator.generate(0, 1).reports()).isEmpty();
        assertThat(WesternBalkansGenerator.generate(1, 1).reports()).hasSize(1);
    }

    // ---- validity ----------------------------------------------------------------------------------------

    @Test
    void everyReportPassesTheValidator() {
        ReportValidator validator = new ReportValidator();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < data.reports().size(); i++)
            problems.addAll(validator.validate(i, data.reports().get(i)));
        assertThat(problems).isEmpty();
    }

    @Test
    void everyDatePhoneCountryPlateAndNameIsUnderstoodByTheNormalisers() {
        CountryNormaliser countries = new CountryNormaliser();
        DateNormaliser dates = new DateNormaliser();
        PhoneNormaliser phones = new PhoneNormaliser();
        PlateNormaliser plates = new PlateNormaliser();
        NameNormaliser names = new NameNormaliser();
        for (CaseReport r : data.reports()) {
            CountryCode reporting = countries.normalise(r.country());
            assertThat(reporting.code()).isEqualTo(country(r));
            List<String> written = new ArrayList<>();
            written.add(r.reportedOn());
            if (r.receivedOn() != null) written.add(r.receivedOn());
            r.incidents().forEach(i -> written.add(i.date()));
            r.legs().forEach(l -> written.add(l.date()));
            r.relations().forEach(l -> written.add(l.date()));
            r.outcomes().forEach(o -> written.add(o.date()));
            r.persons().forEach(p -> written.add(p.birthDate()));
            written.stream()
                    .filter(d -> d != null)
                    .forEach(d -> assertThatCode(() -> dates.parse(d))
                            .as("date %s in %s", d, r.key())
                            .doesNotThrowAnyException());
            for (Person p : r.persons()) {
                if (p.nationality() != null) countries.normalise(p.nationality());
                if (p.name() != null)
                    assertThat(names.normalise(p.name(), reporting).folded()).isNotBlank();
            }
            for (Phone phone : r.selectors().phones()) {
                assertThatCode(() -> phones.normalise(phone.number(), reporting))
                        .as("phone %s in %s", phone.number(), r.key())
                        .doesNotThrowAnyException();
            }
            for (Vehicle v : r.selectors().vehicles()) {
                CountryCode issuer = v.country() == null ? null : countries.normalise(v.country());
                assertThatCode(() -> plates.normalise(v.plate(), issuer))
                        .as("plate %s", v.plate())
                        .doesNotThrowAnyException();
            }
            for (Document d : r.selectors().documents()) {
                if (d.issuer() != null) countries.normalise(d.issuer());
            }
            places(r).forEach(place -> {
                if (place.country() != null) countries.normalise(place.country());
            });
        }
    }

    @Test
    void everyPlaceResolvesToTheGazetteerExceptSafeHousesAndPlacesItDoesNotList() {
        Gazetteer gazetteer = Gazetteer.load();
        Set<String> unlisted = Corridor.Unlisted.spellings().stream().collect(Collectors.toSet());
        for (CaseReport r : data.reports()) {
            CountryCode reporting = CountryCode.of(country(r));
            for (Place place : places(r)) {
                if (place.kind() == PlaceKind.SAFE_HOUSE || (place.name() != null && unlisted.contains(place.name())))
                    continue;
                PlaceMatch match = place.id() != null
                        ? gazetteer.match(place.id(), reporting)
                        : gazetteer.match(place.name(), reporting, place.lat(), place.lon());
                assertThat(match.verified()).as("%s in %s", place, r.key()).isTrue();
            }
        }
    }

    @Test
    void theSameVehicleIsOneCanonicalPlateWhetherWrittenInCyrillicOrLatin() {
        CountryNormaliser countries = new CountryNormaliser();
        PlateNormaliser plates = new PlateNormaliser();
        Set<String> fromCyrillic = new TreeSet<>();
        Set<String> fromLatin = new TreeSet<>();
        for (CaseReport r : data.reports()) {
            for (Vehicle v : r.selectors().vehicles()) {
                String plate = plates.normalise(
                                v.plate(), v.country() == null ? null : countries.normalise(v.country()))
                        .normalised();
                (v.plate().chars().anyMatch(c -> c >= 0x400 && c <= 0x4FF) ? fromCyrillic : fromLatin).add(plate);
            }
        }
        assertThat(fromCyrillic).isNotEmpty();
        assertThat(fromCyrillic).containsAnyElementsOf(fromLatin);
    }

    // ---- realism -----------------------------------------------------------------------------------------

    @Test
    void everyWesternBalkansCountryReportsAndSoDoSomeNeighbours() {
        Set<String> reporting = data.reports().stream()
                .map(WesternBalkansGeneratorTest::country)
                .collect(Collectors.toSet());
        assertThat(reporting).containsAll(WESTERN_BALKANS).contains("HR", "HU");
        Map<String, Long> share = data.reports().stream()
                .collect(Collectors.groupingBy(WesternBalkansGeneratorTest::country, Collectors.counting()));
        WESTERN_BALKANS.forEach(c -> assertThat(share.get(c)).as(c).isGreaterThan(REPORTS / 100));
    }

    @Test
    void serbianAndMacedonianReportsWriteNamesInCyrillic() {
        for (String c : List.of("RS", "MK")) {
            long cyrillic = data.reports().stream()
                    .filter(r -> country(r).equals(c))
                    .flatMap(r -> r.persons().stream())
                    .filter(p -> p.name() != null && p.name().chars().anyMatch(ch -> ch >= 0x400 && ch <= 0x4FF))
                    .count();
            assertThat(cyrillic).as(c).isGreaterThan(50);
        }
        assertThat(data.reports().stream()
                        .filter(r -> country(r).equals("AL"))
                        .flatMap(r -> r.persons().stream())
                        .anyMatch(p -> p.name() != null && p.name().matches(".*(Xh|xh|ë|ç|Q|q).*")))
                .isTrue();
    }

    @Test
    void somePhoneTurnsUpInReportsOfSeveralCountries() {
        PhoneNormaliser phones = new PhoneNormaliser();
        Map<String, Set<String>> countriesByPhone = new HashMap<>();
        for (CaseReport r : data.reports()) {
            for (Phone p : r.selectors().phones()) {
                String e164 = phones.toE164(p.number(), CountryCode.of(country(r)));
                countriesByPhone.computeIfAbsent(e164, k -> new HashSet<>()).add(country(r));
            }
        }
        assertThat(countriesByPhone.values().stream().filter(s -> s.size() >= 2).count())
                .isGreaterThan(10);
    }

    @Test
    void facilitatorsRecurInSeveralCasesAndCountriesUnderDifferentSpellings() {
        Map<String, Set<String>> reports = new HashMap<>();
        Map<String, Set<String>> countries = new HashMap<>();
        Map<String, Set<String>> spellings = new HashMap<>();
        for (CaseReport r : data.reports()) {
            for (Person p : r.persons()) {
                if (!p.role().isFacilitator() || p.name() == null) continue;
                String id = truth(r, p);
                reports.computeIfAbsent(id, k -> new HashSet<>()).add(r.key());
                countries.computeIfAbsent(id, k -> new HashSet<>()).add(country(r));
                spellings.computeIfAbsent(id, k -> new HashSet<>()).add(p.name());
            }
        }
        long recurring = reports.keySet().stream()
                .filter(id -> reports.get(id).size() >= 2
                        && countries.get(id).size() >= 2
                        && spellings.get(id).size() >= 2)
                .count();
        assertThat(recurring).isGreaterThan(20);
    }

    @Test
    void migrantsAreInterceptedAgainAndAgainAndMinorsSeenWithTheSameAdult() {
        Map<String, Set<String>> reportsOfMigrant = new HashMap<>();
        Map<String, Map<String, Integer>> adultsOfMinor = new HashMap<>();
        for (CaseReport r : data.reports()) {
            Map<String, Person> byRef = r.persons().stream().collect(Collectors.toMap(Person::ref, p -> p));
            for (Person p : r.persons()) {
                if (p.role() == Role.SMUGGLED_MIGRANT)
                    reportsOfMigrant
                            .computeIfAbsent(truth(r, p), k -> new HashSet<>())
                            .add(r.key());
            }
            for (Relation rel : r.relations()) {
                Person minor = byRef.get(rel.to());
                if (rel.type() == RelationType.ASSOCIATE_OF && Boolean.TRUE.equals(minor.minor())) {
                    adultsOfMinor
                            .computeIfAbsent(truth(r, minor), k -> new HashMap<>())
                            .merge(truth(r, byRef.get(rel.from())), 1, Integer::sum);
                }
            }
        }
        assertThat(reportsOfMigrant.values().stream().filter(s -> s.size() >= 3).count())
                .isGreaterThan(50);
        assertThat(adultsOfMinor.values().stream()
                        .filter(m -> m.values().stream().anyMatch(n -> n >= 2))
                        .count())
                .isGreaterThan(3);
    }

    @Test
    void traffickingIsASmallShareAndSomeVictimsWereSmuggledBefore() {
        long trafficking =
                data.reports().stream().filter(r -> r.type() != CaseType.SOM).count();
        assertThat(trafficking).isBetween(REPORTS * 5L / 100, REPORTS * 30L / 100);
        assertThat(data.reports().stream().filter(r -> r.type() == CaseType.MIXED))
                .isNotEmpty();
        Set<String> smuggled = new HashSet<>();
        Set<String> victims = new HashSet<>();
        for (CaseReport r : data.reports()) {
            for (Person p : r.persons()) {
                if (p.role() == Role.SMUGGLED_MIGRANT) smuggled.add(truth(r, p));
                if (p.role() == Role.VICTIM) {
                    victims.add(truth(r, p));
                    assertThat(p.victim()).isNotNull();
                    assertThat(p.victim().traffickingStatus()).isNotNull();
                }
            }
        }
        victims.retainAll(smuggled);
        assertThat(victims).hasSizeGreaterThan(5);
    }

    @Test
    void markingsCoverEveryTlpWithAmberTheMostCommon() {
        Map<Tlp, Long> byTlp = new EnumMap<>(Tlp.class);
        data.reports().forEach(r -> byTlp.merge(r.marking().tlp(), 1L, Long::sum));
        assertThat(byTlp.keySet()).containsExactlyInAnyOrder(Tlp.values());
        assertThat(byTlp.get(Tlp.AMBER)).isGreaterThan(REPORTS / 2);
        assertThat(byTlp.get(Tlp.CLEAR)).isLessThan(REPORTS / 20);
        assertThat(data.reports().stream().map(r -> r.marking().handling()).distinct())
                .hasSize(4);
    }

    @Test
    void theGroundTruthCoversEveryMentionAndNothingElse() {
        Set<MentionKey> mentions = new HashSet<>();
        for (CaseReport r : data.reports()) {
            for (Person p : r.persons()) {
                MentionKey key = new MentionKey(r.key(), r.version(), p.ref());
                mentions.add(key);
                String id = data.truth().personOf().get(key);
                assertThat(id).as("%s", key).isNotNull();
                TruePerson person = data.truth().persons().get(id);
                assertThat(person.name()).isNotBlank();
                assertThat(CountryCode.isValid(person.nationality())).isTrue();
            }
        }
        assertThat(data.truth().personOf().keySet()).isEqualTo(mentions);
    }

    @Test
    void someReportsAreCorrectedByALaterVersionTwo() {
        Map<String, Integer> firstSeen = new HashMap<>();
        Map<String, CaseReport> first = new HashMap<>();
        int corrections = 0;
        for (int i = 0; i < data.reports().size(); i++) {
            CaseReport r = data.reports().get(i);
            if (r.version() == 1) {
                assertThat(firstSeen.putIfAbsent(r.key(), i))
                        .as("one version 1 of %s", r.key())
                        .isNull();
                first.put(r.key(), r);
            } else {
                assertThat(r.version()).isEqualTo(2);
                assertThat(firstSeen).as("version 1 of %s comes first", r.key()).containsKey(r.key());
                assertThat(r).isNotEqualTo(first.get(r.key()));
                assertThat(r.persons().stream().map(Person::ref))
                        .containsExactlyElementsOf(first.get(r.key()).persons().stream()
                                .map(Person::ref)
                                .toList());
                corrections++;
            }
        }
        assertThat(corrections).isBetween(REPORTS / 50, REPORTS / 10);
    }

    @Test
    void theCriminalJusticeFunnelNarrows() {
        Map<OutcomeKind, Long> outcomes = data.reports().stream()
                .flatMap(r -> r.outcomes().stream())
                .collect(Collectors.groupingBy(o -> o.kind(), Collectors.counting()));
        assertThat(outcomes.get(OutcomeKind.ARREST)).isGreaterThan(outcomes.get(OutcomeKind.CHARGE));
        assertThat(outcomes.get(OutcomeKind.CHARGE)).isGreaterThan(outcomes.get(OutcomeKind.INDICTMENT));
        assertThat(outcomes.get(OutcomeKind.INDICTMENT)).isGreaterThan(outcomes.get(OutcomeKind.CONVICTION));
        assertThat(outcomes.get(OutcomeKind.CONVICTION)).isPositive();
    }

    @Test
    void documentsAreReusedBySeveralIdentitiesAndAfghansOftenHaveOneNameAndFirstOfJanuary() {
        Map<String, Set<String>> holders = new HashMap<>();
        for (CaseReport r : data.reports()) {
            Map<String, Person> byRef = r.persons().stream().collect(Collectors.toMap(Person::ref, p -> p));
            for (Document d : r.selectors().documents()) {
                for (String ref : d.usedBy()) {
                    if (byRef.get(ref).role() == Role.SMUGGLED_MIGRANT) {
                        holders.computeIfAbsent(d.number(), k -> new HashSet<>())
                                .add(truth(r, byRef.get(ref)));
                    }
                }
            }
        }
        assertThat(holders.values().stream().filter(s -> s.size() >= 2).count()).isPositive();
        List<TruePerson> afghans = data.truth().persons().values().stream()
                .filter(p -> p.nationality().equals("AF"))
                .toList();
        assertThat(afghans.stream().filter(p -> !p.name().contains(" ")).count())
                .isGreaterThan(afghans.size() / 5);
        assertThat(data.reports().stream()
                        .flatMap(r -> r.persons().stream())
                        .filter(p -> p.birthDate() != null && p.birthDate().startsWith("01.01."))
                        .count())
                .isGreaterThan(50);
    }

    @Test
    void legsFollowTheCorridorsWithPricesInEuros() {
        for (CaseReport r : data.reports()) {
            for (int i = 0; i < r.legs().size(); i++) {
                Leg leg = r.legs().get(i);
                assertThat(leg.order()).isEqualTo(i + 1);
                if (leg.price() != null) {
                    assertThat(leg.price().currency()).isEqualTo("EUR");
                    assertThat(leg.price().value().intValue()).isBetween(50, 10_000);
                }
            }
        }
        assertThat(data.reports().stream().flatMap(r -> r.legs().stream()).filter(l -> l.via() != null))
                .isNotEmpty();
    }

    private static List<Place> places(CaseReport r) {
        List<Place> out = new ArrayList<>();
        for (Incident i : r.incidents()) if (i.place() != null) out.add(i.place());
        for (Leg l : r.legs()) {
            out.add(l.from());
            out.add(l.to());
            if (l.via() != null) out.add(l.via());
        }
        return out;
    }
}
