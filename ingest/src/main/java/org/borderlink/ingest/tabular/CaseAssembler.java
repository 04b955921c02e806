package org.borderlink.ingest.tabular;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.borderlink.graph.model.AgeBand;
import org.borderlink.graph.model.CaseType;
import org.borderlink.graph.model.CountryCode;
import org.borderlink.graph.model.Gender;
import org.borderlink.graph.model.HandlingCode;
import org.borderlink.graph.model.PartialDate;
import org.borderlink.graph.model.Role;
import org.borderlink.graph.model.Tlp;
import org.borderlink.ingest.report.Account;
import org.borderlink.ingest.report.AccountKind;
import org.borderlink.ingest.report.CaseReport;
import org.borderlink.ingest.report.CaseStatus;
import org.borderlink.ingest.report.Document;
import org.borderlink.ingest.report.DocumentStatus;
import org.borderlink.ingest.report.DocumentType;
import org.borderlink.ingest.report.HtcdsPicklist;
import org.borderlink.ingest.report.Incident;
import org.borderlink.ingest.report.IncidentKind;
import org.borderlink.ingest.report.Leg;
import org.borderlink.ingest.report.Money;
import org.borderlink.ingest.report.Narrative;
import org.borderlink.ingest.report.OnlineAccount;
import org.borderlink.ingest.report.Organisation;
import org.borderlink.ingest.report.OrganisationKind;
import org.borderlink.ingest.report.Outcome;
import org.borderlink.ingest.report.OutcomeKind;
import org.borderlink.ingest.report.Person;
import org.borderlink.ingest.report.PersonIncident;
import org.borderlink.ingest.report.Phone;
import org.borderlink.ingest.report.Place;
import org.borderlink.ingest.report.ReportMarking;
import org.borderlink.ingest.report.Selectors;
import org.borderlink.ingest.report.TransportMode;
import org.borderlink.ingest.report.Vehicle;
import org.borderlink.ingest.report.Victim;
import org.jspecify.annotations.Nullable;

/**
 * Groups the rows of a table into cases and builds one canonical report per case, recording where in the file each
 * value came from. The rules of the mapping language live here (docs/ingest.md, "How rows become reports"):
 *
 * <ul>
 *   <li>rows with the same {@code report.reference} are one case ({@link TabularMapping.Rows#PER_PERSON}); under
 *       {@link TabularMapping.Rows#PER_CASE} a reference used twice is an error;
 *   <li>report, incident and leg fields must agree across a case's rows (blank cells agree with anything);
 *   <li>each row adds the persons it has a value for ({@code person}, {@code person[2]}, …; constants alone make
 *       no person); every person takes part in every incident of the case;
 *   <li>victims, smuggled migrants, drivers, transporters and guides travel the case's legs, in the case's vehicles;
 *   <li>a phone, vehicle, document, online account, account or group named on several rows of a case is one, used by
 *       all of them.
 * </ul>
 */
final class CaseAssembler {

    /** Roles whose holders are on the route themselves. */
    private static final Set<Role> TRAVELLERS =
            Set.of(Role.SMUGGLED_MIGRANT, Role.VICTIM, Role.DRIVER, Role.TRANSPORTER, Role.GUIDE);

    private static final Set<Field> VICTIM_FIELDS =
            java.util.EnumSet.range(Field.PERSON_TRAFFICKING_STATUS, Field.PERSON_RECRUITMENT_APPS);

    private final TabularMapping mapping;
    private final Values values;
    private final Table table;
    private final List<TabularReader.Binding> bindings;

    CaseAssembler(TabularMapping mapping, Values values, Table table, List<TabularReader.Binding> bindings) {
        this.mapping = mapping;
        this.values = values;
        this.table = table;
        this.bindings = bindings;
    }

    /** A value of a field in one row, and where it came from (null for a constant of the mapping). */
    record Val(Object value, @Nullable CellRef cell, String raw) {

        String where() {
            return cell == null ? "mapping constant '" + raw + "'" : cell.where();
        }
    }

    /** The values of one row by target ({@code person[2].name}), the instances it has cell values for, its issues. */
    record RowData(Table.Row row, Map<String, Val> values, Set<String> instances, List<FileReports.Issue> issues) {

        @Nullable
        Val get(String instance, Field field) {
            return values.get(instance + "." + attribute(field));
        }
    }

    /** The drafts of the whole table, one per case, in the order cases first appear. */
    List<FileReports.Draft> drafts() {
        Map<String, List<RowData>> cases = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new LinkedHashMap<>();
        List<FileReports.Draft> orphans = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            if (row.blank()) continue;
            RowData data = convert(row);
            if (data.issues().isEmpty() && data.values().values().stream().allMatch(v -> v.cell() == null)) {
                continue; // nothing but the mapping's constants: a spacer or footer row
            }
            Val reference = data.values().get("report.reference");
            if (reference == null) {
                List<FileReports.Issue> issues = new ArrayList<>(data.issues());
                issues.add(new FileReports.Issue(
                        "row " + row.number(),
                        "the case reference is empty (" + referenceColumn() + "); every row must name its case"));
                orphans.add(new FileReports.Draft(row.number(), null, issues, new SourceMap("row " + row.number())));
                continue;
            }
            String key = reference.value().toString().strip();
            if (mapping.rows() == TabularMapping.Rows.PER_CASE && cases.containsKey(key)) {
                // Not merged into the first row's case: its values would only repeat the same complaint field by field.
                List<FileReports.Issue> issues = new ArrayList<>(data.issues());
                issues.add(new FileReports.Issue(
                        reference.where(),
                        "the reference '" + Values.cut(key) + "' is already used on row " + firstRow.get(key)
                                + "; in this mapping each row is one case"));
                orphans.add(new FileReports.Draft(row.number(), null, issues, new SourceMap("row " + row.number())));
                continue;
            }
            cases.computeIfAbsent(key, k -> new ArrayList<>()).add(data);
            firstRow.putIfAbsent(key, row.number());
        }
        List<FileReports.Draft> drafts = new ArrayList<>();
        for (List<RowData> rows : cases.values()) drafts.add(new Case(rows).draft());
        drafts.addAll(orphans);
        drafts.sort((a, b) -> Long.compare(a.line(), b.line()));
        return drafts;
    }

    private String referenceColumn() {
        return mapping.columns().stream()
                .filter(c -> c.field() == Field.REFERENCE)
                .findFirst()
                .map(TabularMapping.Column::describe)
                .orElse("report.reference");
    }

    /** Every bound cell of a row converted to its field's value. */
    RowData convert(Table.Row row) {
        Map<String, Val> out = new LinkedHashMap<>();
        Set<String> instances = new LinkedHashSet<>();
        List<FileReports.Issue> issues = new ArrayList<>();
        for (TabularReader.Binding b : bindings) {
            TabularMapping.Column c = b.column();
            String raw = c.constant() != null ? c.constant() : b.tableColumn() < 0 ? "" : row.cell(b.tableColumn());
            if (raw.isBlank()) continue;
            CellRef ref = c.constant() != null ? null : table.cell(row.number(), b.tableColumn());
            String where = ref == null ? "mapping " + mapping.name() + " columns[" + c.number() + "]" : ref.where();
            Object value;
            try {
                value = c.field().list()
                        ? list(c, raw)
                        : values.convert(c.field(), raw, c.dictionary(), c.dateFormats());
            } catch (ValueProblem e) {
                issues.add(new FileReports.Issue(where, e.getMessage()));
                continue;
            }
            if (ref != null) instances.add(instance(c));
            out.merge(c.target(), new Val(value, ref, raw), (earlier, later) -> join(c.field(), earlier, later));
        }
        return new RowData(row, out, instances, issues);
    }

    private List<Object> list(TabularMapping.Column c, String raw) throws ValueProblem {
        List<Object> items = new ArrayList<>();
        for (String part : Mappings.split(raw, c.split())) {
            String mapped = c.dictionary() == null ? null : c.dictionary().lookup(part);
            if (mapped != null) {
                for (String item : Mappings.split(mapped, ",;"))
                    items.add(values.convert(c.field(), item, null, List.of()));
            } else {
                items.add(values.convert(c.field(), part, c.dictionary(), c.dateFormats()));
            }
        }
        return List.copyOf(new LinkedHashSet<>(items));
    }

    private static Val join(Field field, Val earlier, Val later) {
        if (field.list()) {
            List<Object> all = new ArrayList<>((List<?>) earlier.value());
            all.addAll((List<?>) later.value());
            return new Val(List.copyOf(new LinkedHashSet<>(all)), earlier.cell(), earlier.raw() + " " + later.raw());
        }
        String separator = field == Field.NARRATIVE ? "\n" : " ";
        return new Val(
                earlier.value() + separator + later.value(), earlier.cell(), earlier.raw() + separator + later.raw());
    }

    /** {@code person[2]} for {@code person[2].name}. */
    private static String instance(TabularMapping.Column c) {
        String target = c.target();
        String attribute = attribute(c.field());
        return target.substring(0, target.length() - attribute.length() - 1);
    }

    private static String attribute(Field field) {
        return field.path().substring(field.path().indexOf('.') + 1);
    }

    /** One case: its rows, and the report built from them. */
    private final class Case {
        private final List<RowData> rows;
        private final List<FileReports.Issue> issues = new ArrayList<>();
        private final SourceMap where;
        private final Map<String, Val> shared = new LinkedHashMap<>();

        Case(List<RowData> rows) {
            this.rows = rows;
            int first = rows.getFirst().row().number();
            int last = rows.getLast().row().number();
            this.where = new SourceMap(
                    rows.size() == 1
                            ? "row " + first
                            : "rows " + first + "–" + last + " (case "
                                    + rows.getFirst()
                                            .values()
                                            .get("report.reference")
                                            .value() + ")");
            rows.forEach(r -> issues.addAll(r.issues()));
            mergeCaseFields();
        }

        /** The case's own fields: the first value given, and a problem for any later row that says otherwise. */
        private void mergeCaseFields() {
            for (RowData row : rows) {
                for (Map.Entry<String, Val> e : row.values().entrySet()) {
                    if (e.getKey().startsWith("person")) continue;
                    Val earlier = shared.putIfAbsent(e.getKey(), e.getValue());
                    if (earlier != null && !same(earlier.value(), e.getValue().value())) {
                        issues.add(new FileReports.Issue(
                                e.getValue().where(),
                                "'" + Values.cut(e.getValue().raw()) + "' differs from '" + Values.cut(earlier.raw())
                                        + "' given for " + e.getKey() + " of the same case at " + earlier.where()));
                    }
                }
            }
        }

        private boolean same(Object a, Object b) {
            if (a instanceof Values.Amount x && b instanceof Values.Amount y) {
                return x.value().compareTo(y.value()) == 0 && Objects.equals(x.currency(), y.currency());
            }
            return a.equals(b);
        }

        private @Nullable Val get(String target) {
            return shared.get(target);
        }

        private @Nullable Object value(String target) {
            Val v = shared.get(target);
            return v == null ? null : v.value();
        }

        private @Nullable String text(String target) {
            Object v = value(target);
            return v == null ? null : v.toString();
        }

        private void place(String path, @Nullable Val val) {
            if (val != null) where.put(path, val.where());
        }

        FileReports.Draft draft() {
            long line = rows.getFirst().row().number();
            TabularMapping.Defaults defaults = mapping.defaults();
            String reference = text("report.reference");
            place("$.reference", get("report.reference"));

            Integer version = (Integer) value("report.version");
            place("$.version", get("report.version"));
            if (version == null) {
                version = defaults.version();
                where.put("$.version", "mapping " + mapping.name() + " defaults.version");
            }

            List<IncidentDraft> incidents = incidents();
            PartialDate reportedOn = (PartialDate) value("report.reportedOn");
            place("$.reportedOn", get("report.reportedOn"));
            if (reportedOn == null && !incidents.isEmpty() && incidents.getFirst().date != null) {
                reportedOn = incidents.getFirst().date;
                place("$.reportedOn", incidents.getFirst().dateVal);
            }
            if (reportedOn == null) {
                issues.add(new FileReports.Issue(
                        where.whole(), "no date for the case: the report date and the incident date are both empty"));
            }
            PartialDate receivedOn = (PartialDate) value("report.receivedOn");
            place("$.receivedOn", get("report.receivedOn"));

            CaseType type = value("report.type") instanceof String t ? CaseType.valueOf(t) : defaults.type();
            place("$.type", get("report.type"));

            ReportMarking marking = marking(defaults);
            String grading = value("report.grading") instanceof String g ? g : defaults.grading();
            place("$.grading", get("report.grading"));

            Narrative narrative = null;
            String narrativeText = text("report.narrative");
            if (narrativeText != null) {
                String language =
                        value("report.narrativeLanguage") instanceof String l ? l : defaults.narrativeLanguage();
                narrative = new Narrative(narrativeText, language);
                place("$.narrative", get("report.narrative"));
                place("$.narrative.text", get("report.narrative"));
                place("$.narrative.language", get("report.narrativeLanguage"));
            }
            CaseStatus status = value("report.status") instanceof String s ? CaseStatus.valueOf(s) : null;
            place("$.status", get("report.status"));

            People people = people(incidents);
            List<Leg> legs = legs(people);
            if (!issues.isEmpty() || reportedOn == null) {
                // the id is still worth telling, so the data officer knows which case to correct
                String id = reference == null ? null : defaults.agency().value() + ":" + reference;
                return new FileReports.Draft(line, null, id, issues, where);
            }
            CaseReport report = new CaseReport(
                    "1",
                    defaults.agency().value(),
                    defaults.country(),
                    reference,
                    version,
                    reportedOn.iso(),
                    receivedOn == null ? null : receivedOn.iso(),
                    type,
                    marking,
                    grading,
                    narrative,
                    status,
                    incidents.stream().map(i -> i.incident).toList(),
                    people.persons,
                    people.organisations,
                    new Selectors(people.phones, people.vehicles, people.documents, people.accounts, people.online),
                    List.of(),
                    legs,
                    people.outcomes);
            return new FileReports.Draft(line, report, issues, where);
        }

        private @Nullable ReportMarking marking(TabularMapping.Defaults defaults) {
            ReportMarking base = defaults.marking();
            Tlp tlp = value("report.tlp") instanceof String t ? Tlp.fromLabel(t) : base == null ? null : base.tlp();
            HandlingCode handling = value("report.handling") instanceof String h
                    ? HandlingCode.valueOf(h)
                    : base == null ? null : base.handling();
            List<String> releasable = value("report.releasableTo") instanceof List<?> l
                    ? l.stream().map(Object::toString).toList()
                    : base == null ? List.of() : base.releasableTo();
            String fromDefaults = "mapping " + mapping.name() + " defaults.marking";
            where.put("$.marking", get("report.tlp") != null ? get("report.tlp").where() : fromDefaults);
            place("$.marking.tlp", get("report.tlp"));
            place("$.marking.handling", get("report.handling"));
            Val releasableVal = get("report.releasableTo");
            if (releasableVal != null) {
                for (int i = 0; i < releasable.size(); i++)
                    where.put("$.marking.releasableTo[" + i + "]", releasableVal.where());
            }
            if (tlp == null || handling == null) {
                issues.add(new FileReports.Issue(where.whole(), "no marking: the TLP or handling code is empty"));
                return null;
            }
            return new ReportMarking(tlp, handling, releasable);
        }

        /** An incident of the case, and its date for the report date when that is missing. */
        private record IncidentDraft(
                Incident incident,
                @Nullable PartialDate date,
                @Nullable Val dateVal) {}

        private List<IncidentDraft> incidents() {
            List<IncidentDraft> out = new ArrayList<>();
            for (String instance : instances("incident")) {
                String p = "$.incidents[" + out.size() + "]";
                String kind = text(instance + ".kind");
                PartialDate date = (PartialDate) value(instance + ".date");
                Place place = place(
                        p + ".place",
                        get(instance + ".place"),
                        get(instance + ".placeCountry"),
                        get(instance + ".lat"),
                        get(instance + ".lon"));
                Incident incident = new Incident(
                        "i" + (out.size() + 1),
                        kind == null ? IncidentKind.OTHER : IncidentKind.valueOf(kind),
                        date == null ? null : date.iso(),
                        (Boolean) value(instance + ".dateEstimated"),
                        place,
                        (Integer) value(instance + ".migrants"),
                        text(instance + ".description"));
                place(p, firstOf(instance));
                place(p + ".kind", get(instance + ".kind"));
                place(p + ".date", get(instance + ".date"));
                place(p + ".migrants", get(instance + ".migrants"));
                place(p + ".description", get(instance + ".description"));
                out.add(new IncidentDraft(incident, date, get(instance + ".date")));
            }
            return out;
        }

        private @Nullable Place place(
                String path, @Nullable Val name, @Nullable Val country, @Nullable Val lat, @Nullable Val lon) {
            if (name == null && lat == null && lon == null) return null;
            place(path, name != null ? name : lat);
            place(path + ".name", name);
            place(path + ".country", country);
            place(path + ".lat", lat);
            place(path + ".lon", lon);
            return new Place(
                    null,
                    name == null ? null : name.value().toString(),
                    country == null ? null : ((CountryCode) country.value()).code(),
                    lat == null ? null : (Double) lat.value(),
                    lon == null ? null : (Double) lon.value(),
                    null);
        }

        /** Instances of an entity the case has cell values for, by index: {@code incident}, {@code incident[2]}. */
        private List<String> instances(String entity) {
            Set<String> found = new TreeSet<>((a, b) -> Integer.compare(indexOf(a), indexOf(b)));
            for (RowData row : rows) {
                for (String instance : row.instances()) {
                    if (instance.equals(entity) || instance.startsWith(entity + "[")) found.add(instance);
                }
            }
            return List.copyOf(found);
        }

        private @Nullable Val firstOf(String instance) {
            for (Map.Entry<String, Val> e : shared.entrySet()) {
                if (e.getKey().startsWith(instance + ".") && e.getValue().cell() != null) return e.getValue();
            }
            return null;
        }

        private List<Leg> legs(People people) {
            List<Leg> out = new ArrayList<>();
            for (String instance : instances("leg")) {
                String p = "$.legs[" + out.size() + "]";
                PartialDate date = (PartialDate) value(instance + ".date");
                Money price = null;
                Val priceVal = get(instance + ".price");
                if (priceVal != null) {
                    Values.Amount amount = (Values.Amount) priceVal.value();
                    String currency = amount.currency() != null
                            ? amount.currency()
                            : value(instance + ".currency") instanceof String c
                                    ? c
                                    : mapping.defaults().currency();
                    if (currency == null) {
                        issues.add(new FileReports.Issue(
                                priceVal.where(), "the amount has no currency, and the mapping gives none"));
                    } else {
                        price = new Money(amount.value(), currency);
                    }
                }
                String mode = text(instance + ".mode");
                Leg leg = new Leg(
                        "l" + (out.size() + 1),
                        out.size() + 1,
                        simplePlace(p + ".from", get(instance + ".from")),
                        simplePlace(p + ".to", get(instance + ".to")),
                        simplePlace(p + ".via", get(instance + ".via")),
                        mode == null ? null : TransportMode.valueOf(mode),
                        date == null ? null : date.iso(),
                        price,
                        people.travellers,
                        people.vehicles.stream().map(Vehicle::ref).toList());
                place(p, firstOf(instance));
                place(p + ".date", get(instance + ".date"));
                place(p + ".mode", get(instance + ".mode"));
                place(p + ".price", priceVal);
                out.add(leg);
            }
            return out;
        }

        private @Nullable Place simplePlace(String path, @Nullable Val val) {
            if (val == null) return null;
            place(path, val);
            place(path + ".name", val);
            return new Place(null, val.value().toString(), null, null, null, null);
        }

        /** The persons of the case and what they use. */
        private final class People {
            final List<Person> persons = new ArrayList<>();
            final List<String> travellers = new ArrayList<>();
            final List<Phone> phones = new ArrayList<>();
            final List<Vehicle> vehicles = new ArrayList<>();
            final List<Document> documents = new ArrayList<>();
            final List<Account> accounts = new ArrayList<>();
            final List<OnlineAccount> online = new ArrayList<>();
            final List<Organisation> organisations = new ArrayList<>();
            final List<Outcome> outcomes = new ArrayList<>();
            final Map<String, Integer> phoneKeys = new LinkedHashMap<>();
            final Map<String, Integer> vehicleKeys = new LinkedHashMap<>();
            final Map<String, Integer> documentKeys = new LinkedHashMap<>();
            final Map<String, Integer> accountKeys = new LinkedHashMap<>();
            final Map<String, Integer> onlineKeys = new LinkedHashMap<>();
            final Map<String, Integer> organisationKeys = new LinkedHashMap<>();
        }

        private People people(List<IncidentDraft> incidents) {
            People people = new People();
            List<PersonIncident> involvement = incidents.stream()
                    .map(i -> new PersonIncident(i.incident().ref(), null))
                    .toList();
            for (RowData row : rows) {
                List<String> instances = row.instances().stream()
                        .filter(i -> i.equals("person") || i.startsWith("person["))
                        .sorted((a, b) -> Integer.compare(indexOf(a), indexOf(b)))
                        .toList();
                for (String instance : instances) person(people, row, instance, involvement);
            }
            return people;
        }

        private void person(People people, RowData row, String instance, List<PersonIncident> involvement) {
            int n = people.persons.size();
            String ref = "p" + (n + 1);
            String p = "$.persons[" + n + "]";
            where.put(p, "row " + row.row().number() + (instance.equals("person") ? "" : " (" + instance + ")"));
            Val role = row.get(instance, Field.PERSON_ROLE);
            if (role == null) {
                issues.add(new FileReports.Issue(
                        "row " + row.row().number(), "the person's role (" + instance + ".role) is empty"));
                return;
            }
            Role personRole = Role.valueOf(role.value().toString());
            Map<Field, Val> v = new LinkedHashMap<>();
            for (Field field : Field.values()) {
                if (field.entity() != Field.Entity.PERSON) continue;
                Val val = row.get(instance, field);
                if (val != null) v.put(field, val);
            }
            record Put(Field field, String path) {}
            for (Put put : List.of(
                    new Put(Field.PERSON_ROLE, ".role"),
                    new Put(Field.PERSON_NAME, ".name"),
                    new Put(Field.PERSON_ALIASES, ".aliases"),
                    new Put(Field.PERSON_GENDER, ".gender"),
                    new Put(Field.PERSON_BIRTH_DATE, ".birthDate"),
                    new Put(Field.PERSON_AGE, ".ageBand"),
                    new Put(Field.PERSON_AGE_BAND, ".ageBand"),
                    new Put(Field.PERSON_NATIONALITY, ".nationality"),
                    new Put(Field.PERSON_LANGUAGES, ".languages"),
                    new Put(Field.PERSON_MINOR, ".minor"),
                    new Put(Field.PERSON_TRAFFICKING_STATUS, ".victim.traffickingStatus"),
                    new Put(Field.PERSON_STATUS_DECIDED_BY, ".victim.statusDecidedBy"),
                    new Put(Field.PERSON_EXPLOITATION_TYPES, ".victim.exploitationTypes"),
                    new Put(Field.PERSON_METHODS_OF_CONTROL, ".victim.methodsOfControl"),
                    new Put(Field.PERSON_RECRUITMENT_METHOD, ".victim.recruitmentMethod"),
                    new Put(Field.PERSON_RECRUITMENT_APPS, ".victim.recruitmentApps"))) {
                Val val = v.get(put.field());
                if (val == null) continue;
                place(p + put.path(), val);
                if (put.path().startsWith(".victim.")) place(p + ".victim", val);
            }
            AgeBand band = v.containsKey(Field.PERSON_AGE_BAND)
                    ? (AgeBand) v.get(Field.PERSON_AGE_BAND).value()
                    : v.containsKey(Field.PERSON_AGE)
                            ? (AgeBand) v.get(Field.PERSON_AGE).value()
                            : null;
            PartialDate birth = v.containsKey(Field.PERSON_BIRTH_DATE)
                    ? (PartialDate) v.get(Field.PERSON_BIRTH_DATE).value()
                    : null;
            Victim victim = victim(v);
            people.persons.add(new Person(
                    ref,
                    personRole,
                    str(v.get(Field.PERSON_NAME)),
                    strings(v.get(Field.PERSON_ALIASES)),
                    v.containsKey(Field.PERSON_GENDER) ? Gender.valueOf(str(v.get(Field.PERSON_GENDER))) : null,
                    birth == null ? null : birth.iso(),
                    v.containsKey(Field.PERSON_BIRTH_DATE_ESTIMATED)
                            ? (Boolean) v.get(Field.PERSON_BIRTH_DATE_ESTIMATED).value()
                            : null,
                    band,
                    v.containsKey(Field.PERSON_NATIONALITY)
                            ? ((CountryCode) v.get(Field.PERSON_NATIONALITY).value()).code()
                            : null,
                    strings(v.get(Field.PERSON_LANGUAGES)),
                    v.containsKey(Field.PERSON_MINOR)
                            ? (Boolean) v.get(Field.PERSON_MINOR).value()
                            : null,
                    involvement,
                    victim));
            if (TRAVELLERS.contains(personRole)) people.travellers.add(ref);
            selectors(people, ref, v);
            Val outcome = v.get(Field.PERSON_OUTCOME);
            if (outcome != null) {
                String o = "$.outcomes[" + people.outcomes.size() + "]";
                place(o, outcome);
                place(o + ".kind", outcome);
                place(o + ".date", v.get(Field.PERSON_OUTCOME_DATE));
                place(o + ".sentenceMonths", v.get(Field.PERSON_SENTENCE_MONTHS));
                PartialDate date = v.containsKey(Field.PERSON_OUTCOME_DATE)
                        ? (PartialDate) v.get(Field.PERSON_OUTCOME_DATE).value()
                        : null;
                people.outcomes.add(new Outcome(
                        OutcomeKind.valueOf(str(outcome)),
                        ref,
                        date == null ? null : date.iso(),
                        v.containsKey(Field.PERSON_SENTENCE_MONTHS)
                                ? (Integer) v.get(Field.PERSON_SENTENCE_MONTHS).value()
                                : null,
                        null));
            }
        }

        private @Nullable Victim victim(Map<Field, Val> v) {
            if (v.keySet().stream().noneMatch(VICTIM_FIELDS::contains)) return null;
            return new Victim(
                    htcds(Victim.TraffickingStatus.class, v.get(Field.PERSON_TRAFFICKING_STATUS)),
                    htcds(Victim.DecisionMakingOrg.class, v.get(Field.PERSON_STATUS_DECIDED_BY)),
                    htcdsList(Victim.ExploitationType.class, v.get(Field.PERSON_EXPLOITATION_TYPES)),
                    htcdsList(Victim.MethodOfControl.class, v.get(Field.PERSON_METHODS_OF_CONTROL)),
                    htcds(Victim.RecruitmentMethod.class, v.get(Field.PERSON_RECRUITMENT_METHOD)),
                    htcdsList(Victim.RecruitmentApp.class, v.get(Field.PERSON_RECRUITMENT_APPS)));
        }

        private void selectors(People people, String ref, Map<Field, Val> v) {
            for (Object number : list(v.get(Field.PERSON_PHONE))) {
                String key = number.toString().replaceAll("[^0-9+]", "");
                Val val = v.get(Field.PERSON_PHONE);
                int at = use(people.phoneKeys, key, people.phones.size());
                if (at == people.phones.size()) {
                    String imei = str(v.get(Field.PERSON_IMEI));
                    people.phones.add(new Phone("ph" + (at + 1), List.of(ref), number.toString(), imei));
                    String s = "$.selectors.phones[" + at + "]";
                    place(s, val);
                    place(s + ".number", val);
                    place(s + ".imei", v.get(Field.PERSON_IMEI));
                } else {
                    Phone ph = people.phones.get(at);
                    people.phones.set(at, new Phone(ph.ref(), plus(ph.usedBy(), ref), ph.number(), ph.imei()));
                }
            }
            Val plate = v.get(Field.PERSON_VEHICLE_PLATE);
            if (plate != null) {
                String key = plate.value().toString().toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
                int at = use(people.vehicleKeys, key, people.vehicles.size());
                if (at == people.vehicles.size()) {
                    Val country = v.get(Field.PERSON_VEHICLE_COUNTRY);
                    people.vehicles.add(new Vehicle(
                            "v" + (at + 1),
                            List.of(ref),
                            str(plate),
                            country == null ? null : ((CountryCode) country.value()).code(),
                            str(v.get(Field.PERSON_VEHICLE_MAKE)),
                            str(v.get(Field.PERSON_VEHICLE_COLOUR)),
                            str(v.get(Field.PERSON_VEHICLE_CONCEALMENT))));
                    String s = "$.selectors.vehicles[" + at + "]";
                    place(s, plate);
                    place(s + ".plate", plate);
                    place(s + ".country", country);
                } else {
                    Vehicle ve = people.vehicles.get(at);
                    people.vehicles.set(
                            at,
                            new Vehicle(
                                    ve.ref(),
                                    plus(ve.usedBy(), ref),
                                    ve.plate(),
                                    ve.country(),
                                    ve.make(),
                                    ve.colour(),
                                    ve.concealment()));
                }
            }
            Val number = v.get(Field.PERSON_DOCUMENT_NUMBER);
            if (number != null) {
                String type = str(v.get(Field.PERSON_DOCUMENT_TYPE));
                String key = type + "|"
                        + number.value().toString().toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
                int at = use(people.documentKeys, key, people.documents.size());
                if (at == people.documents.size()) {
                    Val issuer = v.get(Field.PERSON_DOCUMENT_ISSUER);
                    Val status = v.get(Field.PERSON_DOCUMENT_STATUS);
                    people.documents.add(new Document(
                            "d" + (at + 1),
                            List.of(ref),
                            type == null ? DocumentType.OTHER : DocumentType.valueOf(type),
                            issuer == null ? null : ((CountryCode) issuer.value()).code(),
                            str(number),
                            status == null ? null : DocumentStatus.valueOf(str(status))));
                    String s = "$.selectors.documents[" + at + "]";
                    place(s, number);
                    place(s + ".number", number);
                    place(s + ".issuer", issuer);
                } else {
                    Document d = people.documents.get(at);
                    people.documents.set(
                            at,
                            new Document(d.ref(), plus(d.usedBy(), ref), d.type(), d.issuer(), d.number(), d.status()));
                }
            }
            Val handle = v.get(Field.PERSON_ONLINE_HANDLE);
            if (handle != null) {
                String platform = str(v.get(Field.PERSON_ONLINE_PLATFORM));
                String key = (platform + "|" + handle.value()).toLowerCase(Locale.ROOT);
                int at = use(people.onlineKeys, key, people.online.size());
                if (at == people.online.size()) {
                    people.online.add(new OnlineAccount("oa" + (at + 1), List.of(ref), platform, str(handle)));
                    place("$.selectors.onlineAccounts[" + at + "]", handle);
                } else {
                    OnlineAccount o = people.online.get(at);
                    people.online.set(at, new OnlineAccount(o.ref(), plus(o.usedBy(), ref), o.platform(), o.handle()));
                }
            }
            Val identifier = v.get(Field.PERSON_ACCOUNT_IDENTIFIER);
            if (identifier != null) {
                String kind = str(v.get(Field.PERSON_ACCOUNT_KIND));
                String key = kind + "|"
                        + identifier.value().toString().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
                int at = use(people.accountKeys, key, people.accounts.size());
                if (at == people.accounts.size()) {
                    people.accounts.add(new Account(
                            "a" + (at + 1),
                            List.of(ref),
                            AccountKind.valueOf(kind),
                            str(identifier),
                            str(v.get(Field.PERSON_ACCOUNT_PROVIDER))));
                    place("$.selectors.accounts[" + at + "]", identifier);
                } else {
                    Account a = people.accounts.get(at);
                    people.accounts.set(
                            at, new Account(a.ref(), plus(a.usedBy(), ref), a.kind(), a.identifier(), a.provider()));
                }
            }
            Val group = v.get(Field.PERSON_ORGANISATION);
            if (group != null) {
                String key = Dictionary.key(group.value().toString());
                int at = use(people.organisationKeys, key, people.organisations.size());
                if (at == people.organisations.size()) {
                    Val kind = v.get(Field.PERSON_ORGANISATION_KIND);
                    people.organisations.add(new Organisation(
                            "o" + (at + 1),
                            str(group),
                            kind == null ? null : OrganisationKind.valueOf(str(kind)),
                            List.of(ref)));
                    place("$.organisations[" + at + "]", group);
                } else {
                    Organisation o = people.organisations.get(at);
                    people.organisations.set(at, new Organisation(o.ref(), o.name(), o.kind(), plus(o.members(), ref)));
                }
            }
        }
    }

    /** The position of {@code key} among those seen, adding it at {@code next} if new. */
    private static int use(Map<String, Integer> keys, String key, int next) {
        return keys.computeIfAbsent(key, k -> next);
    }

    private static List<String> plus(List<String> list, String item) {
        if (list.contains(item)) return list;
        List<String> longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }

    private static int indexOf(String instance) {
        int open = instance.indexOf('[');
        return open < 0 ? 1 : Integer.parseInt(instance.substring(open + 1, instance.indexOf(']')));
    }

    private static @Nullable String str(@Nullable Val val) {
        return val == null ? null : val.value().toString();
    }

    private static List<Object> list(@Nullable Val val) {
        if (val == null) return List.of();
        return val.value() instanceof List<?> l ? List.copyOf(l) : List.of(val.value());
    }

    private static List<String> strings(@Nullable Val val) {
        return list(val).stream().map(Object::toString).toList();
    }

    private static <E extends Enum<E> & HtcdsPicklist> @Nullable E htcds(Class<E> type, @Nullable Val val) {
        return val == null ? null : HtcdsPicklist.fromHtcds(type, val.value().toString());
    }

    private static <E extends Enum<E> & HtcdsPicklist> List<E> htcdsList(Class<E> type, @Nullable Val val) {
        return list(val).stream()
                .map(o -> HtcdsPicklist.fromHtcds(type, o.toString()))
                .toList();
    }
}
