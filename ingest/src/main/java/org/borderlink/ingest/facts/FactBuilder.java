package org.borderlink.ingest.facts;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderlink.graph.model.AgeBand;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.CountryCode;
import org.borderlink.graph.model.DatePrecision;
import org.borderlink.graph.model.Grading;
import org.borderlink.graph.model.MentionTally;
import org.borderlink.graph.model.PartialDate;
import org.borderlink.graph.model.Role;
import org.borderlink.graph.sharing.Marking;
import org.borderlink.ingest.facts.ReportFacts.IncidentFact;
import org.borderlink.ingest.facts.ReportFacts.Involvement;
import org.borderlink.ingest.facts.ReportFacts.LegFact;
import org.borderlink.ingest.facts.ReportFacts.LocationNode;
import org.borderlink.ingest.facts.ReportFacts.OrganisationFact;
import org.borderlink.ingest.facts.ReportFacts.PersonFact;
import org.borderlink.ingest.facts.ReportFacts.Provenance;
import org.borderlink.ingest.facts.ReportFacts.RelationFact;
import org.borderlink.ingest.facts.ReportFacts.Seen;
import org.borderlink.ingest.facts.ReportFacts.SelectorFact;
import org.borderlink.ingest.normalise.CountryNormaliser;
import org.borderlink.ingest.normalise.DateNormaliser;
import org.borderlink.ingest.normalise.Gazetteer;
import org.borderlink.ingest.normalise.NameNormaliser;
import org.borderlink.ingest.normalise.NormalisationException;
import org.borderlink.ingest.normalise.NormalisedName;
import org.borderlink.ingest.normalise.PhoneNormaliser;
import org.borderlink.ingest.normalise.PlaceMatch;
import org.borderlink.ingest.normalise.Plate;
import org.borderlink.ingest.normalise.PlateNormaliser;
import org.borderlink.ingest.report.Account;
import org.borderlink.ingest.report.CaseReport;
import org.borderlink.ingest.report.Document;
import org.borderlink.ingest.report.Incident;
import org.borderlink.ingest.report.Leg;
import org.borderlink.ingest.report.OnlineAccount;
import org.borderlink.ingest.report.Organisation;
import org.borderlink.ingest.report.Outcome;
import org.borderlink.ingest.report.Person;
import org.borderlink.ingest.report.PersonIncident;
import org.borderlink.ingest.report.Phone;
import org.borderlink.ingest.report.Place;
import org.borderlink.ingest.report.Problem;
import org.borderlink.ingest.report.Relation;
import org.borderlink.ingest.report.ReportJson;
import org.borderlink.ingest.report.Vehicle;
import org.borderlink.ingest.report.Victim;
import org.jspecify.annotations.Nullable;

/**
 * Turns a structurally valid {@link CaseReport} into the {@link ReportFacts} it asserts: every value normalised
 * (countries, dates with precision, E.164 phones, plates, gazetteer places, transliterated names), and victims and
 * smuggled migrants stripped of direct identifiers before anything can be written (design §4.3):
 *
 * <ul>
 *   <li>their names and aliases are dropped (and blanked out of the narrative); a keyed pseudonym of name, birth
 *       date and nationality is kept so the same person can still be linked across reports;
 *   <li>an exact birth date becomes a CTDC age band; minors are flagged;
 *   <li>phones and online accounts used only by protected persons become keyed pseudonyms;
 *   <li>document numbers and account identifiers are never stored for anyone: their nodes are keyed hashes.
 * </ul>
 *
 * Every value that cannot be normalised becomes a {@link Problem} with its JSON path; a report with any problem is
 * refused as a whole by the pipeline.
 */
public final class FactBuilder {

    private final CountryNormaliser countries;
    private final DateNormaliser dates;
    private final PhoneNormaliser phones;
    private final PlateNormaliser plates;
    private final Gazetteer gazetteer;
    private final NameNormaliser names;
    private final Pseudonymiser pseudonyms;

    public FactBuilder(
            CountryNormaliser countries,
            DateNormaliser dates,
            PhoneNormaliser phones,
            PlateNormaliser plates,
            Gazetteer gazetteer,
            NameNormaliser names,
            Pseudonymiser pseudonyms) {
        this.countries = countries;
        this.dates = dates;
        this.phones = phones;
        this.plates = plates;
        this.gazetteer = gazetteer;
        this.names = names;
        this.pseudonyms = pseudonyms;
    }

    /** The normalisers every deployment uses, with the shipped gazetteer. */
    public static FactBuilder standard(Pseudonymiser pseudonyms) {
        return new FactBuilder(
                new CountryNormaliser(),
                new DateNormaliser(),
                new PhoneNormaliser(),
                new PlateNormaliser(),
                Gazetteer.load(),
                new NameNormaliser(),
                pseudonyms);
    }

    /** The facts of a report, or the problems that refuse it. */
    public sealed interface Result {
        record Built(ReportFacts facts) implements Result {}

        record Refused(List<Problem> problems) implements Result {}
    }

    public Result build(int index, CaseReport report) {
        return new Run(index, report).build();
    }

    /** State of one report's build: the problems found so far and the ids given to its local refs. */
    private final class Run {
        private final int index;
        private final CaseReport report;
        private final List<Problem> problems = new ArrayList<>();
        private final List<String> removed = new ArrayList<>();
        private final Map<String, String> personIds = new HashMap<>();
        private final Map<String, Role> personRoles = new HashMap<>();
        private final Map<String, String> organisationIds = new HashMap<>();
        private final Map<String, String> incidentIds = new HashMap<>();
        private final Map<String, Seen> incidentSeen = new HashMap<>();
        private final Map<String, String> vehicleIds = new HashMap<>();
        private final Map<String, LocationNode> locations = new LinkedHashMap<>();
        private final String reportId;
        private @Nullable CountryCode reportingCountry;
        private Seen reportSeen = new Seen(LocalDate.EPOCH, LocalDate.EPOCH);

        Run(int index, CaseReport report) {
            this.index = index;
            this.report = report;
            this.reportId = report.key();
        }

        Result build() {
            AgencyId agency = attempt("$.agency", () -> AgencyId.of(report.agency()));
            reportingCountry = attempt("$.country", () -> countries.normalise(report.country()));
            if (agency != null && reportingCountry != null && !agency.country().equals(reportingCountry)) {
                problem(
                        "$.country",
                        "the country " + reportingCountry + " is not the agency's country " + agency.country());
            }
            PartialDate reportedOn = attempt("$.reportedOn", () -> dates.parse(report.reportedOn()));
            if (reportedOn != null) reportSeen = seen(reportedOn);
            PartialDate receivedOn = report.receivedOn() == null
                    ? null
                    : attempt("$.receivedOn", () -> dates.parse(report.receivedOn()));
            Marking marking = attempt("$.marking", () -> report.marking().toMarking());
            Grading grading = attempt("$.grading", () -> Grading.parse(report.grading()));

            for (int i = 0; i < report.persons().size(); i++) {
                Person p = report.persons().get(i);
                personIds.put(p.ref(), reportId + "#" + p.ref());
                personRoles.put(p.ref(), p.role());
            }
            for (Organisation o : report.organisations()) organisationIds.put(o.ref(), reportId + "#" + o.ref());

            List<IncidentFact> incidents = incidents();
            List<PersonFact> persons = persons();
            List<OrganisationFact> organisations = organisations();
            List<SelectorFact> selectors = selectors();
            List<RelationFact> relations = relations();
            List<LegFact> legs = legs();
            String narrative = narrative();

            if (!problems.isEmpty() || agency == null || marking == null || reportedOn == null || grading == null) {
                return new Result.Refused(List.copyOf(problems));
            }
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("agency", agency.value());
            props.put("country", reportingCountry.code());
            props.put("reference", report.reference());
            props.put("version", report.version());
            props.put("reportedOn", reportedOn.date());
            props.put("reportedOnPrecision", reportedOn.precision().name());
            if (receivedOn != null) props.put("receivedOn", receivedOn.date());
            props.put("type", report.type().name());
            List<String> aud = ReportFacts.putMarking(props, agency, marking);
            props.put(ReportFacts.SUBMITTED_MARKING, marking.key());
            props.put("grading", grading.code());
            if (narrative != null) {
                props.put("narrative", narrative);
                props.put("narrativeLanguage", report.narrative().language());
            }
            if (report.status() != null) props.put("status", report.status().name());
            String hash = contentHash(report);
            props.put("contentHash", hash);
            return new Result.Built(new ReportFacts(
                    reportId,
                    report.version(),
                    hash,
                    props,
                    new Provenance(reportId, agency.value(), aud, reportedOn.date()),
                    List.copyOf(locations.values()),
                    incidents,
                    persons,
                    organisations,
                    selectors,
                    relations,
                    legs,
                    List.copyOf(removed)));
        }

        private List<IncidentFact> incidents() {
            List<IncidentFact> out = new ArrayList<>();
            for (int i = 0; i < report.incidents().size(); i++) {
                Incident incident = report.incidents().get(i);
                String path = "$.incidents[" + i + "]";
                String id = reportId + "#" + incident.ref();
                incidentIds.put(incident.ref(), id);
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("kind", incident.kind().name());
                Seen seen = reportSeen;
                if (incident.date() != null) {
                    PartialDate date = attempt(
                            path + ".date",
                            () -> dates.parse(incident.date(), Boolean.TRUE.equals(incident.dateEstimated())));
                    if (date != null) {
                        props.put("date", date.date());
                        props.put("datePrecision", date.precision().name());
                        seen = seen(date);
                    }
                }
                if (incident.migrants() != null) props.put("migrants", incident.migrants());
                if (incident.description() != null) props.put("description", incident.description());
                incidentSeen.put(incident.ref(), seen);
                String locationId = incident.place() == null ? null : location(path + ".place", incident.place());
                out.add(new IncidentFact(id, props, locationId, seen));
            }
            return out;
        }

        private List<PersonFact> persons() {
            List<PersonFact> out = new ArrayList<>();
            for (int i = 0; i < report.persons().size(); i++) {
                Person person = report.persons().get(i);
                String path = "$.persons[" + i + "]";
                boolean isProtected = person.role().isProtected();
                Map<String, Object> mention = new LinkedHashMap<>();
                mention.put("localRef", person.ref());
                mention.put("role", person.role().name());
                CountryCode nationality = person.nationality() == null
                        ? null
                        : attempt(path + ".nationality", () -> countries.normalise(person.nationality()));
                if (nationality != null) mention.put("nationality", nationality.code());
                if (person.gender() != null)
                    mention.put("gender", person.gender().name());
                if (!person.languages().isEmpty()) mention.put("languages", person.languages());

                AgeBand band = person.ageBand();
                PartialDate birth = null;
                if (person.birthDate() != null) {
                    birth = attempt(
                            path + ".birthDate",
                            () -> dates.parse(person.birthDate(), Boolean.TRUE.equals(person.birthDateEstimated())));
                    if (birth != null && band == null) {
                        PartialDate b = birth;
                        band = attempt(
                                path + ".birthDate", () -> AgeBand.ofBirthDate(b.date(), reportSeen.firstSeen()));
                    }
                }
                if (band != null) mention.put("ageBand", band.label());
                boolean minor = Boolean.TRUE.equals(person.minor()) || (band != null && band.isMinor());
                mention.put("minor", minor);

                NormalisedName name = person.name() == null ? null : names.normalise(person.name(), reportingCountry);
                String displayKey;
                if (isProtected) {
                    if (name != null) {
                        mention.put(
                                "subjectKey",
                                pseudonyms.pseudonym(
                                        "person",
                                        name.folded() + "|" + (birth == null ? "" : birth.iso()) + "|"
                                                + (nationality == null ? "" : nationality.code())));
                        // without a full birth date the pseudonym is shared by namesakes of one nationality (one in
                        // five of those with an estimated year is): resolution may weigh it, but the patterns follow
                        // a person across reports only by one that hashes a day
                        if (birth != null && birth.precision() == DatePrecision.DAY) {
                            mention.put(MentionTally.SUBJECT_KEY_DATED, true);
                        }
                        removed.add(path + ".name: removed (" + person.role() + ")");
                    }
                    if (!person.aliases().isEmpty()) removed.add(path + ".aliases: removed (" + person.role() + ")");
                    if (birth != null) {
                        removed.add(path + ".birthDate: replaced by age band " + (band == null ? "?" : band.label()));
                    }
                    displayKey = roleLabel(person.role()) + " " + person.ref();
                } else {
                    if (name != null) {
                        mention.put("name", name.original());
                        mention.put("nameLatin", name.latin());
                        mention.put("nameFolded", name.folded());
                    }
                    if (!person.aliases().isEmpty()) {
                        mention.put("aliases", person.aliases());
                        mention.put(
                                "aliasesLatin",
                                person.aliases().stream()
                                        .map(a -> names.normalise(a, reportingCountry)
                                                .latin())
                                        .toList());
                    }
                    if (birth != null) {
                        mention.put("birthDate", birth.date());
                        mention.put("birthDatePrecision", birth.precision().name());
                    }
                    displayKey = name != null ? name.latin() : roleLabel(person.role()) + " " + person.ref();
                }
                if (person.victim() != null) victimContext(person.victim(), mention);
                outcomes(person.ref(), mention);

                List<Involvement> involvements = new ArrayList<>();
                for (PersonIncident pi : person.incidents()) {
                    String incidentId = incidentIds.get(pi.ref());
                    if (incidentId != null) {
                        Role role = pi.role() == null ? person.role() : pi.role();
                        involvements.add(new Involvement(incidentId, role.name(), incidentSeen.get(pi.ref())));
                    }
                }
                out.add(new PersonFact(personIds.get(person.ref()), displayKey, mention, involvements));
            }
            return out;
        }

        private void victimContext(Victim victim, Map<String, Object> mention) {
            if (victim.traffickingStatus() != null)
                mention.put("traffickingStatus", victim.traffickingStatus().htcds());
            if (victim.statusDecidedBy() != null)
                mention.put("statusDecidedBy", victim.statusDecidedBy().htcds());
            if (!victim.exploitationTypes().isEmpty()) {
                mention.put(
                        "exploitationTypes",
                        victim.exploitationTypes().stream().map(e -> e.htcds()).toList());
            }
            if (!victim.methodsOfControl().isEmpty()) {
                mention.put(
                        "methodsOfControl",
                        victim.methodsOfControl().stream().map(e -> e.htcds()).toList());
            }
            if (victim.recruitmentMethod() != null)
                mention.put("recruitmentMethod", victim.recruitmentMethod().htcds());
            if (!victim.recruitmentApps().isEmpty()) {
                mention.put(
                        "recruitmentApps",
                        victim.recruitmentApps().stream().map(e -> e.htcds()).toList());
            }
        }

        private void outcomes(String personRef, Map<String, Object> mention) {
            List<String> kinds = new ArrayList<>();
            List<LocalDate> on = new ArrayList<>();
            Integer sentence = null;
            for (int i = 0; i < report.outcomes().size(); i++) {
                Outcome outcome = report.outcomes().get(i);
                if (!outcome.person().equals(personRef)) continue;
                kinds.add(outcome.kind().name());
                if (outcome.date() != null) {
                    PartialDate d = attempt("$.outcomes[" + i + "].date", () -> dates.parse(outcome.date()));
                    if (d != null) on.add(d.date());
                }
                if (outcome.sentenceMonths() != null) sentence = outcome.sentenceMonths();
            }
            if (!kinds.isEmpty()) mention.put("outcomes", kinds);
            if (!on.isEmpty() && on.size() == kinds.size()) mention.put("outcomeDates", on);
            if (sentence != null) mention.put("sentenceMonths", sentence);
        }

        private List<OrganisationFact> organisations() {
            List<OrganisationFact> out = new ArrayList<>();
            for (Organisation o : report.organisations()) {
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("name", o.name());
                props.put(
                        "nameLatin", names.normalise(o.name(), reportingCountry).latin());
                if (o.kind() != null) props.put("kind", o.kind().name());
                out.add(new OrganisationFact(
                        organisationIds.get(o.ref()),
                        props,
                        o.members().stream().map(personIds::get).toList()));
            }
            return out;
        }

        private List<SelectorFact> selectors() {
            List<SelectorFact> out = new ArrayList<>();
            var s = report.selectors();
            for (int i = 0; i < s.phones().size(); i++) {
                Phone phone = s.phones().get(i);
                String path = "$.selectors.phones[" + i + "]";
                var normalised = attempt(path + ".number", () -> phones.normalise(phone.number(), reportingCountry));
                if (normalised == null) continue;
                Map<String, Object> props = new LinkedHashMap<>();
                String id;
                if (protectedOnly(phone.usedBy())) {
                    id = "pseudo:" + pseudonyms.pseudonym("phone", normalised.e164());
                    props.put("pseudonymous", true);
                    removed.add(path + ".number: replaced by a keyed pseudonym (used only by protected persons)");
                    if (phone.imei() != null) removed.add(path + ".imei: removed (used only by protected persons)");
                } else {
                    id = normalised.e164();
                    props.put("e164", normalised.e164());
                    if (phone.imei() != null) props.put("imei", phone.imei().replaceAll("[^0-9]", ""));
                }
                if (normalised.country() != null)
                    props.put("country", normalised.country().code());
                out.add(new SelectorFact("Phone", id, props, userIds(phone.usedBy())));
            }
            for (int i = 0; i < s.vehicles().size(); i++) {
                Vehicle vehicle = s.vehicles().get(i);
                String path = "$.selectors.vehicles[" + i + "]";
                CountryCode country = vehicle.country() == null
                        ? reportingCountry
                        : attempt(path + ".country", () -> countries.normalise(vehicle.country()));
                CountryCode plateCountry = country;
                Plate plate = attempt(path + ".plate", () -> plates.normalise(vehicle.plate(), plateCountry));
                if (plate == null) continue;
                String id = (plate.country() == null ? "XX" : plate.country().code()) + ":" + plate.normalised();
                vehicleIds.put(vehicle.ref(), id);
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("plate", plate.normalised());
                if (plate.country() != null)
                    props.put("country", plate.country().code());
                putIfPresent(props, "make", vehicle.make());
                putIfPresent(props, "colour", vehicle.colour());
                putIfPresent(props, "concealment", vehicle.concealment());
                out.add(new SelectorFact("Vehicle", id, props, userIds(vehicle.usedBy())));
            }
            for (int i = 0; i < s.documents().size(); i++) {
                Document document = s.documents().get(i);
                String path = "$.selectors.documents[" + i + "]";
                CountryCode issuer = document.issuer() == null
                        ? null
                        : attempt(path + ".issuer", () -> countries.normalise(document.issuer()));
                String number = document.number().toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
                String key = document.type().name() + "|" + (issuer == null ? "" : issuer.code()) + "|" + number;
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("type", document.type().name());
                if (issuer != null) props.put("issuer", issuer.code());
                if (document.status() != null)
                    props.put("status", document.status().name());
                if (protectedOnly(document.usedBy())) {
                    removed.add(path + ".number: replaced by a keyed pseudonym (used only by protected persons)");
                }
                out.add(new SelectorFact(
                        "Document", "doc:" + pseudonyms.pseudonym("document", key), props, userIds(document.usedBy())));
            }
            for (int i = 0; i < s.accounts().size(); i++) {
                Account account = s.accounts().get(i);
                String identifier =
                        account.identifier().strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("kind", account.kind().name());
                putIfPresent(props, "provider", account.provider());
                if (!protectedOnly(account.usedBy()) && identifier.length() > 4) {
                    props.put("hint", "…" + identifier.substring(identifier.length() - 4));
                }
                out.add(new SelectorFact(
                        "Account",
                        "acct:" + pseudonyms.pseudonym("account", account.kind().name() + "|" + identifier),
                        props,
                        userIds(account.usedBy())));
            }
            for (int i = 0; i < s.onlineAccounts().size(); i++) {
                OnlineAccount online = s.onlineAccounts().get(i);
                String platform = online.platform().strip().toLowerCase(Locale.ROOT);
                String handle = online.handle().strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("platform", platform);
                String id;
                if (protectedOnly(online.usedBy())) {
                    id = platform + ":pseudo:" + pseudonyms.pseudonym("online", platform + "|" + handle);
                    props.put("pseudonymous", true);
                    removed.add("$.selectors.onlineAccounts[" + i
                            + "].handle: replaced by a keyed pseudonym (used only by protected persons)");
                } else {
                    id = platform + ":" + handle;
                    props.put("handle", handle);
                }
                out.add(new SelectorFact("OnlineAccount", id, props, userIds(online.usedBy())));
            }
            return out;
        }

        private List<RelationFact> relations() {
            List<RelationFact> out = new ArrayList<>();
            for (int i = 0; i < report.relations().size(); i++) {
                Relation relation = report.relations().get(i);
                String path = "$.relations[" + i + "]";
                String from = personIds.get(relation.from());
                String toPerson = personIds.get(relation.to());
                String to = toPerson != null ? toPerson : organisationIds.get(relation.to());
                if (from == null || to == null) continue; // the validator reports unknown refs
                Map<String, Object> props = new LinkedHashMap<>();
                Seen seen = reportSeen;
                if (relation.date() != null) {
                    PartialDate date = attempt(path + ".date", () -> dates.parse(relation.date()));
                    if (date != null) {
                        props.put("date", date.date());
                        props.put("datePrecision", date.precision().name());
                        seen = seen(date);
                    }
                }
                if (relation.amount() != null) {
                    props.put("amount", relation.amount().value().doubleValue());
                    props.put("currency", relation.amount().currency());
                }
                out.add(new RelationFact(
                        relation.type().name(), from, to, toPerson != null ? "Person" : "Organisation", props, seen));
            }
            return out;
        }

        private List<LegFact> legs() {
            List<LegFact> out = new ArrayList<>();
            for (int i = 0; i < report.legs().size(); i++) {
                Leg leg = report.legs().get(i);
                String path = "$.legs[" + i + "]";
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("order", leg.order());
                if (leg.mode() != null) props.put("mode", leg.mode().name());
                Seen seen = reportSeen;
                if (leg.date() != null) {
                    PartialDate date = attempt(path + ".date", () -> dates.parse(leg.date()));
                    if (date != null) {
                        props.put("date", date.date());
                        props.put("datePrecision", date.precision().name());
                        seen = seen(date);
                    }
                }
                if (leg.price() != null) {
                    props.put("price", leg.price().value().doubleValue());
                    props.put("currency", leg.price().currency());
                }
                String from = location(path + ".from", leg.from());
                String to = location(path + ".to", leg.to());
                String via = leg.via() == null ? null : location(path + ".via", leg.via());
                if (from == null || to == null) continue;
                props.put("fromId", from);
                props.put("toId", to);
                out.add(new LegFact(
                        reportId + "#" + leg.ref(),
                        props,
                        from,
                        to,
                        via,
                        leg.persons().stream().map(personIds::get).toList(),
                        leg.vehicles().stream()
                                .map(vehicleIds::get)
                                .filter(v -> v != null)
                                .toList(),
                        seen));
            }
            return out;
        }

        private @Nullable String narrative() {
            if (report.narrative() == null) return null;
            String text = report.narrative().text();
            for (Person person : report.persons()) {
                if (!person.role().isProtected()) continue;
                List<String> identifiers = new ArrayList<>(person.aliases());
                if (person.name() != null) identifiers.add(person.name());
                for (String identifier : identifiers) {
                    if (identifier.isBlank()) continue;
                    Matcher m = Pattern.compile(
                                    Pattern.quote(identifier.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                            .matcher(text);
                    if (m.find()) {
                        text = m.replaceAll(
                                Matcher.quoteReplacement("[" + roleLabel(person.role()) + " " + person.ref() + "]"));
                        removed.add("$.narrative.text: the name of protected person " + person.ref() + " blanked out");
                    }
                }
            }
            return text;
        }

        private @Nullable String location(String path, Place place) {
            CountryCode country = place.country() == null
                    ? null
                    : attempt(path + ".country", () -> countries.normalise(place.country()));
            String text = place.id() != null ? place.id() : place.name();
            PlaceMatch match = attempt(path, () -> gazetteer.match(text, country, place.lat(), place.lon()));
            if (match == null) return null;
            locations.computeIfAbsent(match.id(), id -> {
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("name", match.name());
                props.put(
                        "kind",
                        place.kind() != null && !match.verified() ? place.kind().name() : match.kind());
                if (match.country() != null)
                    props.put("countryA", match.country().code());
                if (match.otherCountry() != null)
                    props.put("countryB", match.otherCountry().code());
                if (match.lat() != null) props.put("lat", match.lat());
                if (match.lon() != null) props.put("lon", match.lon());
                props.put("verified", match.verified());
                return new LocationNode(id, props);
            });
            return match.id();
        }

        private boolean protectedOnly(List<String> usedBy) {
            return !usedBy.isEmpty()
                    && usedBy.stream()
                            .allMatch(ref -> personRoles.containsKey(ref)
                                    && personRoles.get(ref).isProtected());
        }

        private List<String> userIds(List<String> refs) {
            return refs.stream().map(personIds::get).filter(id -> id != null).toList();
        }

        private <T> @Nullable T attempt(String path, Supplier<T> step) {
            try {
                return step.get();
            } catch (NormalisationException | IllegalArgumentException | java.time.DateTimeException e) {
                problem(path, e.getMessage());
                return null;
            }
        }

        private void problem(String path, @Nullable String message) {
            problems.add(new Problem(index, path, message == null ? "invalid value" : message));
        }
    }

    private static Seen seen(PartialDate date) {
        return new Seen(date.date(), date.end());
    }

    private static String roleLabel(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static void putIfPresent(Map<String, Object> props, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) props.put(key, value);
    }

    /** SHA-256 of the report as the canonical format writes it: equal content, equal hash. */
    static String contentHash(CaseReport report) {
        try {
            byte[] json = ReportJson.mapper().writeValueAsBytes(report);
            return java.util.HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
