package org.borderlink.ingest.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.borderlink.graph.model.AgeBand;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.Grading;
import org.borderlink.graph.model.Role;
import org.borderlink.graph.sharing.Marking;
import org.jspecify.annotations.Nullable;

/**
 * Structural validation of a bound report: required fields, the format version, identifiers, the marking, the
 * grading, local references, limits, and the rules that tie fields together (a victim block only on a victim
 * or smuggled migrant, lat with lon, …). Every problem is listed, with its JSON path.
 *
 * <p>Values the normalisers own — dates, countries, phone numbers, plates, places, names — are only checked
 * to be non-blank here; whether they can be understood is the normalisers' call.
 */
public final class ReportValidator {

    /** Local references: a letter or digit, then letters, digits, {@code _ . : -}; 64 characters at most. */
    public static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}");

    private static final Pattern GRADING = Pattern.compile("[ABCX][1-4]");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final ReportLimits limits;

    public ReportValidator() {
        this(ReportLimits.DEFAULTS);
    }

    public ReportValidator(ReportLimits limits) {
        this.limits = limits;
    }

    public ReportLimits limits() {
        return limits;
    }

    /** Every structural problem of {@code report}, section by section; empty when the report is sound. */
    public List<Problem> validate(int recordIndex, CaseReport report) {
        return new Run(recordIndex).report(report);
    }

    /** Kinds of thing a local reference can name. */
    private enum Kind {
        INCIDENT("an incident"),
        PERSON("a person"),
        ORGANISATION("an organisation"),
        PHONE("a phone"),
        VEHICLE("a vehicle"),
        DOCUMENT("a document"),
        ACCOUNT("an account"),
        ONLINE_ACCOUNT("an online account"),
        LEG("a leg");

        final String words;

        Kind(String words) {
            this.words = words;
        }
    }

    private record Declared(Kind kind, String path) {}

    /** One validation of one report. */
    private final class Run {

        private final int index;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, Declared> refs = new HashMap<>();

        Run(int index) {
            this.index = index;
        }

        private void problem(String path, String message) {
            problems.add(new Problem(index, path, message));
        }

        List<Problem> report(CaseReport r) {
            header(r);
            declareAll(r);
            if (list("$.incidents", r.incidents())) {
                for (int i = 0; i < r.incidents().size(); i++)
                    incident("$.incidents[" + i + "]", r.incidents().get(i));
            }
            if (list("$.persons", r.persons(), limits.maxPersons(), "maxPersons")) {
                for (int i = 0; i < r.persons().size(); i++)
                    person("$.persons[" + i + "]", r.persons().get(i));
            }
            if (list("$.organisations", r.organisations())) {
                for (int i = 0; i < r.organisations().size(); i++) {
                    organisation("$.organisations[" + i + "]", r.organisations().get(i));
                }
            }
            selectors(r.selectors());
            if (list("$.relations", r.relations())) {
                for (int i = 0; i < r.relations().size(); i++)
                    relation("$.relations[" + i + "]", r.relations().get(i));
            }
            if (list("$.legs", r.legs())) {
                for (int i = 0; i < r.legs().size(); i++)
                    leg("$.legs[" + i + "]", r.legs().get(i));
            }
            if (list("$.outcomes", r.outcomes())) {
                for (int i = 0; i < r.outcomes().size(); i++)
                    outcome("$.outcomes[" + i + "]", r.outcomes().get(i));
            }
            return List.copyOf(problems);
        }

        // ---- header ----------------------------------------------------------------------------------

        private void header(CaseReport r) {
            if (text("$.schemaVersion", r.schemaVersion(), true)
                    && !CaseReport.SCHEMA_VERSION.equals(r.schemaVersion())) {
                problem(
                        "$.schemaVersion",
                        "unsupported schemaVersion " + Describe.quote(r.schemaVersion())
                                + "; this version of Borderlink reads '" + CaseReport.SCHEMA_VERSION + "'");
            }
            if (text("$.agency", r.agency(), true) && !AgencyId.isValid(r.agency())) {
                problem(
                        "$.agency",
                        Describe.quote(r.agency()) + " is not an agency id: a country code, '-', and 2–16 upper-case"
                                + " letters or digits, e.g. RS-MUP");
            }
            text("$.country", r.country(), true);
            text("$.reference", r.reference(), true);
            if (required("$.version", r.version()) && r.version() < 1) {
                problem("$.version", "must be 1 or more, was " + r.version());
            }
            text("$.reportedOn", r.reportedOn(), true);
            text("$.receivedOn", r.receivedOn(), false);
            required("$.type", r.type());
            marking(r.marking());
            if (text("$.grading", r.grading(), true)
                    && !GRADING.matcher(r.grading()).matches()) {
                problem("$.grading", gradingProblem(r.grading()));
            }
            Narrative narrative = r.narrative();
            if (narrative != null) {
                text("$.narrative.text", narrative.text(), true, limits.maxNarrativeLength(), "maxNarrativeLength");
                if (text("$.narrative.language", narrative.language(), true)
                        && !LANGUAGES.contains(narrative.language())) {
                    problem(
                            "$.narrative.language",
                            Describe.quote(narrative.language())
                                    + " is not an ISO 639-1 language code (two lower-case letters, e.g. sr, sq, bs, mk)");
                }
            }
        }

        private void marking(@Nullable ReportMarking marking) {
            if (!required("$.marking", marking)) return;
            boolean tlp = required("$.marking.tlp", marking.tlp());
            boolean handling = required("$.marking.handling", marking.handling());
            List<String> entries = marking.releasableTo();
            if (!list("$.marking.releasableTo", entries)) return;
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                String path = "$.marking.releasableTo[" + i + "]";
                String entry = entries.get(i);
                if (!text(path, entry, true)) continue;
                if (!seen.add(entry)) {
                    problem(path, Describe.quote(entry) + " is listed twice");
                } else if (tlp && handling) {
                    try {
                        new Marking(marking.tlp(), marking.handling(), new TreeSet<>(List.of(entry)));
                    } catch (IllegalArgumentException e) {
                        problem(path, Describe.clean(e.getMessage()));
                    }
                }
            }
        }

        private String gradingProblem(String grading) {
            try {
                Grading parsed = Grading.parse(grading);
                return "write the grading as " + parsed.code() + " (a capital letter and a digit, nothing else)";
            } catch (IllegalArgumentException e) {
                return Describe.clean(e.getMessage());
            }
        }

        // ---- references ------------------------------------------------------------------------------

        private void declareAll(CaseReport r) {
            for (int i = 0; i < r.incidents().size(); i++) {
                declare("$.incidents[" + i + "]", r.incidents().get(i).ref(), Kind.INCIDENT);
            }
            for (int i = 0; i < r.persons().size(); i++)
                declare("$.persons[" + i + "]", r.persons().get(i).ref(), Kind.PERSON);
            for (int i = 0; i < r.organisations().size(); i++) {
                declare("$.organisations[" + i + "]", r.organisations().get(i).ref(), Kind.ORGANISATION);
            }
            Selectors s = r.selectors();
            declareSelectors("$.selectors.phones", s.phones(), Kind.PHONE);
            declareSelectors("$.selectors.vehicles", s.vehicles(), Kind.VEHICLE);
            declareSelectors("$.selectors.documents", s.documents(), Kind.DOCUMENT);
            declareSelectors("$.selectors.accounts", s.accounts(), Kind.ACCOUNT);
            declareSelectors("$.selectors.onlineAccounts", s.onlineAccounts(), Kind.ONLINE_ACCOUNT);
            for (int i = 0; i < r.legs().size(); i++)
                declare("$.legs[" + i + "]", r.legs().get(i).ref(), Kind.LEG);
        }

        private void declareSelectors(String path, List<? extends Selector> selectors, Kind kind) {
            for (int i = 0; i < selectors.size(); i++)
                declare(path + "[" + i + "]", selectors.get(i).ref(), kind);
        }

        /** Notes what a ref names, first come first served; problems are reported by {@link #ownRef}. */
        private void declare(String owner, @Nullable String ref, Kind kind) {
            if (ref != null && REF.matcher(ref).matches()) refs.putIfAbsent(ref, new Declared(kind, owner));
        }

        /** Checks the ref an element declares: present, well formed, and not declared before. */
        private void ownRef(String owner, @Nullable String ref) {
            String path = owner + ".ref";
            if (!text(path, ref, true)) return;
            if (!REF.matcher(ref).matches()) {
                problem(
                        path,
                        Describe.quote(ref) + " is not a valid ref: up to 64 letters, digits, '_', '.', ':' or '-',"
                                + " starting with a letter or digit");
                return;
            }
            Declared first = refs.get(ref);
            if (first != null && !first.path().equals(owner)) {
                problem(path, "duplicate ref " + Describe.quote(ref) + ": already used by " + first.path());
            }
        }

        /** Checks that {@code ref} names something of one of the {@code expected} kinds. */
        private void reference(String path, @Nullable String ref, Set<Kind> expected) {
            if (!text(path, ref, true)) return;
            Declared target = refs.get(ref);
            String wanted = String.join(
                    " or ", expected.stream().sorted().map(k -> k.words).toList());
            if (target == null) {
                problem(
                        path,
                        "unknown ref " + Describe.quote(ref) + ": no " + wanted.replaceAll("\\ban? ", "")
                                + " has this ref");
            } else if (!expected.contains(target.kind())) {
                problem(
                        path,
                        Describe.quote(ref) + " is " + target.kind().words + " (" + target.path() + "), but " + wanted
                                + " is expected here");
            }
        }

        private void references(String path, List<String> refList, Set<Kind> expected) {
            if (!list(path, refList)) return;
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < refList.size(); i++) {
                String ref = refList.get(i);
                String at = path + "[" + i + "]";
                if (ref != null && !ref.isBlank() && !seen.add(ref)) {
                    problem(at, Describe.quote(ref) + " is listed twice");
                } else {
                    reference(at, ref, expected);
                }
            }
        }

        // ---- sections --------------------------------------------------------------------------------

        private void incident(String path, Incident incident) {
            ownRef(path, incident.ref());
            required(path + ".kind", incident.kind());
            text(path + ".date", incident.date(), false);
            place(path + ".place", incident.place(), false);
            count(path + ".migrants", incident.migrants(), 0);
            text(path + ".description", incident.description(), false);
        }

        private void person(String path, Person person) {
            ownRef(path, person.ref());
            boolean role = required(path + ".role", person.role());
            text(path + ".name", person.name(), false);
            texts(path + ".aliases", person.aliases());
            text(path + ".birthDate", person.birthDate(), false);
            text(path + ".nationality", person.nationality(), false);
            texts(path + ".languages", person.languages());
            AgeBand band = person.ageBand();
            Boolean minor = person.minor();
            if (band != null && minor != null && band.isMinor() != minor) {
                problem(
                        path + ".minor",
                        "minor is " + minor + " but age band " + band.label() + " is "
                                + (band.isMinor() ? "a child's" : "an adult's"));
            }
            List<PersonIncident> incidents = person.incidents();
            if (list(path + ".incidents", incidents)) {
                for (int i = 0; i < incidents.size(); i++) {
                    reference(
                            path + ".incidents[" + i + "].ref", incidents.get(i).ref(), Set.of(Kind.INCIDENT));
                }
            }
            Victim victim = person.victim();
            if (victim != null) {
                if (role && !person.role().isProtected()) {
                    problem(
                            path + ".victim",
                            "a victim block is only allowed for a person with role " + Role.VICTIM + " or "
                                    + Role.SMUGGLED_MIGRANT + ", not " + person.role());
                }
                list(path + ".victim.exploitationTypes", victim.exploitationTypes());
                list(path + ".victim.methodsOfControl", victim.methodsOfControl());
                list(path + ".victim.recruitmentApps", victim.recruitmentApps());
            }
        }

        private void organisation(String path, Organisation organisation) {
            ownRef(path, organisation.ref());
            text(path + ".name", organisation.name(), true);
            references(path + ".members", organisation.members(), Set.of(Kind.PERSON));
        }

        private void selectors(Selectors s) {
            if (list("$.selectors.phones", s.phones())) {
                for (int i = 0; i < s.phones().size(); i++) {
                    String path = "$.selectors.phones[" + i + "]";
                    Phone phone = s.phones().get(i);
                    usedBy(path, phone);
                    text(path + ".number", phone.number(), true);
                    text(path + ".imei", phone.imei(), false);
                }
            }
            if (list("$.selectors.vehicles", s.vehicles())) {
                for (int i = 0; i < s.vehicles().size(); i++) {
                    String path = "$.selectors.vehicles[" + i + "]";
                    Vehicle vehicle = s.vehicles().get(i);
                    usedBy(path, vehicle);
                    text(path + ".plate", vehicle.plate(), true);
                    text(path + ".country", vehicle.country(), false);
                    text(path + ".make", vehicle.make(), false);
                    text(path + ".colour", vehicle.colour(), false);
                    text(path + ".concealment", vehicle.concealment(), false);
                }
            }
            if (list("$.selectors.documents", s.documents())) {
                for (int i = 0; i < s.documents().size(); i++) {
                    String path = "$.selectors.documents[" + i + "]";
                    Document document = s.documents().get(i);
                    usedBy(path, document);
                    required(path + ".type", document.type());
                    text(path + ".issuer", document.issuer(), false);
                    text(path + ".number", document.number(), true);
                }
            }
            if (list("$.selectors.accounts", s.accounts())) {
                for (int i = 0; i < s.accounts().size(); i++) {
                    String path = "$.selectors.accounts[" + i + "]";
                    Account account = s.accounts().get(i);
                    usedBy(path, account);
                    required(path + ".kind", account.kind());
                    text(path + ".identifier", account.identifier(), true);
                    text(path + ".provider", account.provider(), false);
                }
            }
            if (list("$.selectors.onlineAccounts", s.onlineAccounts())) {
                for (int i = 0; i < s.onlineAccounts().size(); i++) {
                    String path = "$.selectors.onlineAccounts[" + i + "]";
                    OnlineAccount account = s.onlineAccounts().get(i);
                    usedBy(path, account);
                    text(path + ".platform", account.platform(), true);
                    text(path + ".handle", account.handle(), true);
                }
            }
        }

        private void usedBy(String path, Selector selector) {
            ownRef(path, selector.ref());
            references(path + ".usedBy", selector.usedBy(), Set.of(Kind.PERSON));
        }

        private void relation(String path, Relation relation) {
            boolean type = required(path + ".type", relation.type());
            reference(path + ".from", relation.from(), Set.of(Kind.PERSON));
            Set<Kind> targets = type && relation.type() == RelationType.MEMBER_OF
                    ? Set.of(Kind.ORGANISATION)
                    : Set.of(Kind.PERSON, Kind.ORGANISATION);
            reference(path + ".to", relation.to(), targets);
            if (relation.from() != null && relation.from().equals(relation.to())) {
                problem(path + ".to", "a relation cannot link " + Describe.quote(relation.from()) + " to itself");
            }
            text(path + ".date", relation.date(), false);
            money(path + ".amount", relation.amount());
        }

        private void leg(String path, Leg leg) {
            ownRef(path, leg.ref());
            if (required(path + ".order", leg.order()) && leg.order() < 1) {
                problem(path + ".order", "must be 1 or more, was " + leg.order());
            }
            place(path + ".from", leg.from(), true);
            place(path + ".to", leg.to(), true);
            place(path + ".via", leg.via(), false);
            text(path + ".date", leg.date(), false);
            money(path + ".price", leg.price());
            references(path + ".persons", leg.persons(), Set.of(Kind.PERSON));
            references(path + ".vehicles", leg.vehicles(), Set.of(Kind.VEHICLE));
        }

        private void outcome(String path, Outcome outcome) {
            boolean kind = required(path + ".kind", outcome.kind());
            reference(path + ".person", outcome.person(), Set.of(Kind.PERSON));
            text(path + ".date", outcome.date(), false);
            if (count(path + ".sentenceMonths", outcome.sentenceMonths(), 0)
                    && kind
                    && outcome.kind() != OutcomeKind.SENTENCE
                    && outcome.kind() != OutcomeKind.CONVICTION) {
                problem(
                        path + ".sentenceMonths",
                        "sentenceMonths belongs to an outcome of kind " + OutcomeKind.SENTENCE + " or "
                                + OutcomeKind.CONVICTION + ", not " + outcome.kind());
            }
            text(path + ".details", outcome.details(), false);
        }

        private void place(String path, @Nullable Place place, boolean isRequired) {
            if (place == null) {
                if (isRequired) required(path, null);
                return;
            }
            text(path + ".id", place.id(), false);
            text(path + ".name", place.name(), false);
            text(path + ".country", place.country(), false);
            Double lat = place.lat();
            Double lon = place.lon();
            if (lat != null && (lat < -90 || lat > 90)) {
                problem(path + ".lat", "latitude must be between -90 and 90, was " + lat);
            }
            if (lon != null && (lon < -180 || lon > 180)) {
                problem(path + ".lon", "longitude must be between -180 and 180, was " + lon);
            }
            if ((lat == null) != (lon == null)) {
                problem(path + (lat == null ? ".lat" : ".lon"), "lat and lon go together: give both or neither");
            }
            if (place.id() == null && place.name() == null && (lat == null || lon == null)) {
                problem(path, "a place needs at least an id, a name, or lat and lon");
            }
        }

        private void money(String path, @Nullable Money money) {
            if (money == null) return;
            BigDecimal value = money.value();
            if (required(path + ".value", value) && value.signum() < 0) {
                problem(path + ".value", "must be 0 or more, was " + Describe.cut(value.toPlainString()));
            }
            String currency = money.currency();
            if (text(path + ".currency", currency, true) && !isCurrency(currency)) {
                problem(path + ".currency", Describe.quote(currency) + " is not an ISO 4217 currency code, e.g. EUR");
            }
        }

        private static boolean isCurrency(String code) {
            if (!CURRENCY.matcher(code).matches()) return false;
            try {
                Currency.getInstance(code);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        // ---- primitives ------------------------------------------------------------------------------

        /** False (and a problem) when a required value is missing. */
        private boolean required(String path, @Nullable Object value) {
            if (value != null) return true;
            problem(path, "missing required field " + Describe.quote(JsonPaths.field(path)));
            return false;
        }

        /** True when the text is present, not blank and not too long. */
        private boolean text(String path, @Nullable String value, boolean isRequired) {
            return text(path, value, isRequired, limits.maxStringLength(), "maxStringLength");
        }

        private boolean text(String path, @Nullable String value, boolean isRequired, int max, String limit) {
            if (value == null) return isRequired && required(path, null);
            if (value.isBlank()) {
                problem(path, "must not be blank");
                return false;
            }
            if (value.length() > max) {
                problem(path, "is " + value.length() + " characters long; limit " + limit + " is " + max);
                return false;
            }
            return true;
        }

        private void texts(String path, List<String> values) {
            if (!list(path, values)) return;
            for (int i = 0; i < values.size(); i++) text(path + "[" + i + "]", values.get(i), true);
        }

        /** True when the list is within {@code maxListSize}. */
        private boolean list(String path, List<?> values) {
            return list(path, values, limits.maxListSize(), "maxListSize");
        }

        private boolean list(String path, List<?> values, int max, String limit) {
            if (values.size() <= max) return true;
            problem(path, "has " + values.size() + " entries; limit " + limit + " is " + max);
            return false;
        }

        /** True when the count is present and at least {@code min}. */
        private boolean count(String path, @Nullable Integer value, int min) {
            if (value == null) return false;
            if (value >= min) return true;
            problem(path, "must be " + min + " or more, was " + value);
            return false;
        }
    }
}
