package org.borderlink.ingest.ftm;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.borderlink.graph.model.AgeBand;
import org.borderlink.graph.model.Gender;
import org.borderlink.graph.model.Role;
import org.borderlink.ingest.report.CaseReport;
import org.borderlink.ingest.report.Document;
import org.borderlink.ingest.report.DocumentStatus;
import org.borderlink.ingest.report.DocumentType;
import org.borderlink.ingest.report.Incident;
import org.borderlink.ingest.report.IncidentKind;
import org.borderlink.ingest.report.Leg;
import org.borderlink.ingest.report.Money;
import org.borderlink.ingest.report.OnlineAccount;
import org.borderlink.ingest.report.Organisation;
import org.borderlink.ingest.report.OrganisationKind;
import org.borderlink.ingest.report.Person;
import org.borderlink.ingest.report.PersonIncident;
import org.borderlink.ingest.report.Phone;
import org.borderlink.ingest.report.Place;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.report.Relation;
import org.borderlink.ingest.report.RelationType;
import org.borderlink.ingest.report.Selectors;
import org.borderlink.ingest.report.TransportMode;
import org.borderlink.ingest.report.Vehicle;
import org.borderlink.ingest.tabular.FileReports;
import org.borderlink.ingest.tabular.ReportCheck;
import org.borderlink.ingest.tabular.SourceMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads FollowTheMoney entities in JSON lines as one case report of a declared agency and marking ({@link
 * FtmOptions}). Entities given on several lines under one id are merged, as FtM tools write them. Persons take their
 * Borderlink role from a keyword naming one ({@code DRIVER}), else {@link Role#OTHER}; incidents their kind the same
 * way. Entities of a schema Borderlink has no place for, references to entities the file lacks, and entities without
 * what their schema requires are errors, each named by line, schema and id; the file then stores nothing.
 */
public final class FtmReader {

    /** The schemas read, and what becomes of them; docs/ingest.md has the table. */
    public static final Set<String> SCHEMAS = Set.of(
            "Person",
            "Organization",
            "Company",
            "LegalEntity",
            "Vehicle",
            "Passport",
            "Identification",
            "Address",
            "Event",
            "Trip",
            "Associate",
            "UnknownLink",
            "Membership",
            "Payment",
            "UserAccount");

    private static final Pattern AGE_BAND = Pattern.compile("age band (\\S+)");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReportCheck check;

    public FtmReader(ReportCheck check) {
        this.check = check;
    }

    /** Reads a JSON lines file of FtM entities; {@code source} names it in problems. Does not close {@code in}. */
    public Stream<ReadResult> read(InputStream in, String source, FtmOptions options) throws IOException {
        byte[] bytes = in.readAllBytes();
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return Stream.of(FileReports.unreadable(
                    source, 0, List.of(source + ": FtM JSON lines are UTF-8, and this" + " file is not")));
        }
        String reference = options.reference() != null ? options.reference() : stem(source);
        Run run = new Run(source, reference, options);
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) run.line(i + 1, lines[i]);
        return FileReports.results(source, List.of(run.draft()), check, 0).stream();
    }

    private static String stem(String source) {
        String name = source.replaceAll(".*[/\\\\]", "");
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** An entity with the line it was first given on. */
    private record Read(FtmEntity entity, int line) {

        String where() {
            String id = entity.id().length() > 40 ? entity.id().substring(0, 40) + "…" : entity.id();
            return "line " + line + " (" + entity.schema() + " " + id + ")";
        }
    }

    /** One file being read. */
    private static final class Run {
        private final String source;
        private final String reference;
        private final FtmOptions options;
        private final Map<String, Read> entities = new LinkedHashMap<>();
        private final List<FileReports.Issue> issues = new ArrayList<>();
        private final SourceMap where;

        Run(String source, String reference, FtmOptions options) {
            this.source = source;
            this.reference = reference;
            this.options = options;
            this.where = new SourceMap(source);
        }

        void line(int number, String line) {
            if (line.isBlank()) return;
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JacksonException e) {
                issues.add(new FileReports.Issue("line " + number, "malformed JSON: " + e.getOriginalMessage()));
                return;
            }
            if (!node.isObject()
                    || !node.path("id").isString()
                    || !node.path("schema").isString()) {
                issues.add(new FileReports.Issue("line " + number, "an FtM entity needs \"id\" and \"schema\""));
                return;
            }
            String schema = node.get("schema").asString();
            if (!SCHEMAS.contains(schema)) {
                issues.add(new FileReports.Issue(
                        "line " + number,
                        "entities of schema " + schema + " cannot be" + " imported; Borderlink reads "
                                + String.join(", ", new java.util.TreeSet<>(SCHEMAS))));
                return;
            }
            Map<String, List<String>> properties = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> p : node.path("properties").properties()) {
                List<String> values = new ArrayList<>();
                if (p.getValue().isArray()) p.getValue().forEach(v -> values.add(v.asString()));
                else values.add(p.getValue().asString());
                properties.put(p.getKey(), values);
            }
            String id = node.get("id").asString();
            Read earlier = entities.get(id);
            if (earlier == null) {
                entities.put(id, new Read(new FtmEntity(id, schema, properties), number));
            } else if (!earlier.entity().schema().equals(schema)) {
                issues.add(new FileReports.Issue(
                        "line " + number,
                        "the id " + id + " is a " + earlier.entity().schema() + " on line " + earlier.line() + " and a "
                                + schema + " here"));
            } else {
                Map<String, List<String>> merged =
                        new LinkedHashMap<>(earlier.entity().properties());
                properties.forEach((k, v) -> merged.merge(k, v, (a, b) -> {
                    List<String> all = new ArrayList<>(a);
                    b.stream().filter(x -> !all.contains(x)).forEach(all::add);
                    return all;
                }));
                entities.put(id, new Read(new FtmEntity(id, schema, merged), earlier.line()));
            }
        }

        private final Map<String, String> personRefs = new LinkedHashMap<>();
        private final Map<String, String> organisationRefs = new LinkedHashMap<>();
        private final Map<String, String> vehicleRefs = new LinkedHashMap<>();
        private final List<Person> persons = new ArrayList<>();
        private final Map<String, List<PersonIncident>> incidentsOf = new LinkedHashMap<>();
        private final Map<String, List<String>> membersOf = new LinkedHashMap<>();
        private final List<Phone> phones = new ArrayList<>();
        private final List<Vehicle> vehicles = new ArrayList<>();
        private final List<Document> documents = new ArrayList<>();
        private final List<OnlineAccount> online = new ArrayList<>();
        private final List<Incident> incidents = new ArrayList<>();
        private final List<Leg> legs = new ArrayList<>();
        private final List<Relation> relations = new ArrayList<>();
        private final Set<String> dates = new java.util.TreeSet<>();

        private List<Read> of(String... schemas) {
            Set<String> wanted = Set.of(schemas);
            return entities.values().stream()
                    .filter(r -> wanted.contains(r.entity().schema()))
                    .toList();
        }

        FileReports.Draft draft() {
            for (Read r : of("Person")) personRefs.put(r.entity().id(), "p" + (personRefs.size() + 1));
            for (Read r : of("Organization", "Company", "LegalEntity")) {
                organisationRefs.put(r.entity().id(), "o" + (organisationRefs.size() + 1));
            }
            for (Read r : of("Vehicle")) vehicleRefs.put(r.entity().id(), "v" + (vehicleRefs.size() + 1));
            of("Membership").forEach(this::membership);
            of("Event").forEach(this::event);
            of("Person").forEach(this::person);
            of("Vehicle").forEach(this::vehicle);
            of("Passport", "Identification").forEach(this::document);
            of("UserAccount").forEach(this::userAccount);
            of("Trip").forEach(this::trip);
            of("Associate", "UnknownLink", "Payment").forEach(this::relation);
            List<Organisation> organisations = new ArrayList<>();
            for (Read r : of("Organization", "Company", "LegalEntity")) {
                String name = r.entity().first("name");
                String o = "$.organisations[" + organisations.size() + "]";
                where.put(o, r.where());
                if (name == null) issues.add(new FileReports.Issue(r.where(), "an organisation needs a name"));
                organisations.add(new Organisation(
                        organisationRefs.get(r.entity().id()),
                        name == null ? "?" : name,
                        keyword(r.entity(), OrganisationKind.class),
                        membersOf.getOrDefault(r.entity().id(), List.of())));
            }
            String reportedOn = options.reportedOn() != null
                    ? options.reportedOn()
                    : dates.isEmpty() ? null : ((java.util.TreeSet<String>) dates).last();
            if (reportedOn == null) {
                issues.add(new FileReports.Issue(
                        source,
                        "no date for the report: no entity carries one, so declare"
                                + " the report date of the import"));
            }
            if (entities.isEmpty() && issues.isEmpty()) {
                issues.add(new FileReports.Issue(source, "the file holds no entity"));
            }
            if (!issues.isEmpty()) return new FileReports.Draft(1, null, issues, where);
            CaseReport report = new CaseReport(
                    CaseReport.SCHEMA_VERSION,
                    options.agency().value(),
                    options.agency().country().code(),
                    reference,
                    options.version(),
                    reportedOn,
                    null,
                    options.type(),
                    options.marking(),
                    options.grading(),
                    null,
                    null,
                    incidents,
                    persons,
                    organisations,
                    new Selectors(phones, vehicles, documents, List.of(), online),
                    relations,
                    legs,
                    List.of());
            return new FileReports.Draft(1, report, issues, where);
        }

        private void person(Read r) {
            FtmEntity e = r.entity();
            String ref = personRefs.get(e.id());
            String p = "$.persons[" + persons.size() + "]";
            where.put(p, r.where());
            where.put(p + ".nationality", r.where() + " nationality");
            where.put(p + ".birthDate", r.where() + " birthDate");
            Role role = keyword(e, Role.class);
            List<String> names = new ArrayList<>(e.values("name"));
            String name = names.isEmpty() ? null : names.removeFirst();
            List<String> aliases = new ArrayList<>(names);
            e.values("alias").stream()
                    .filter(a -> !aliases.contains(a) && !a.equals(name))
                    .forEach(aliases::add);
            Gender gender = null;
            String g = e.first("gender");
            if (g != null) {
                gender = switch (g.toLowerCase(Locale.ROOT)) {
                    case "male" -> Gender.MALE;
                    case "female" -> Gender.FEMALE;
                    case "other" -> Gender.NON_CONFORMING;
                    default -> {
                        issues.add(new FileReports.Issue(
                                r.where() + " gender", "unknown gender '" + g + "'; FtM writes male, female or other"));
                        yield null;
                    }
                };
            }
            String nationality = e.first("nationality") != null ? e.first("nationality") : e.first("citizenship");
            AgeBand band = null;
            for (String description : e.values("description")) {
                Matcher m = AGE_BAND.matcher(description);
                if (m.find()) band = AgeBand.parse(m.group(1));
            }
            persons.add(new Person(
                    ref,
                    role == null ? Role.OTHER : role,
                    name,
                    aliases,
                    gender,
                    e.first("birthDate"),
                    null,
                    band,
                    nationality,
                    List.of(),
                    e.values("keywords").contains("MINOR") ? Boolean.TRUE : null,
                    incidentsOf.getOrDefault(e.id(), List.of()),
                    null));
            for (String number : e.values("phone")) {
                String s = "$.selectors.phones[" + phones.size() + "]";
                where.put(s, r.where() + " phone");
                phones.add(new Phone("ph" + (phones.size() + 1), List.of(ref), number, null));
            }
            for (String number : e.values("passportNumber")) {
                where.put("$.selectors.documents[" + documents.size() + "]", r.where() + " passportNumber");
                documents.add(new Document(
                        "d" + (documents.size() + 1), List.of(ref), DocumentType.PASSPORT, nationality, number, null));
            }
            for (String number : e.values("idNumber")) {
                where.put("$.selectors.documents[" + documents.size() + "]", r.where() + " idNumber");
                documents.add(new Document(
                        "d" + (documents.size() + 1), List.of(ref), DocumentType.ID_CARD, nationality, number, null));
            }
        }

        private void vehicle(Read r) {
            FtmEntity e = r.entity();
            String plate = e.first("registrationNumber") != null ? e.first("registrationNumber") : e.first("name");
            String v = "$.selectors.vehicles[" + vehicles.size() + "]";
            where.put(v, r.where());
            where.put(v + ".plate", r.where() + " registrationNumber");
            if (plate == null) {
                issues.add(new FileReports.Issue(r.where(), "a vehicle needs a registrationNumber"));
                return;
            }
            List<String> users = new ArrayList<>();
            users.addAll(persons(r, "operator", false));
            users.addAll(persons(r, "owner", false));
            vehicles.add(new Vehicle(
                    vehicleRefs.get(e.id()),
                    List.copyOf(new LinkedHashSet<>(users)),
                    plate,
                    e.first("country"),
                    e.first("model"),
                    null,
                    e.first("description")));
        }

        private void document(Read r) {
            FtmEntity e = r.entity();
            String number = e.first("number") != null ? e.first("number") : e.first("passportNumber");
            String d = "$.selectors.documents[" + documents.size() + "]";
            where.put(d, r.where());
            where.put(d + ".issuer", r.where() + " country");
            if (number == null) {
                issues.add(new FileReports.Issue(r.where(), "a document needs a number"));
                return;
            }
            DocumentType type = e.schema().equals("Passport")
                    ? DocumentType.PASSPORT
                    : named(DocumentType.class, e.first("type"), DocumentType.OTHER);
            documents.add(new Document(
                    "d" + (documents.size() + 1),
                    persons(r, "holder", false),
                    type,
                    e.first("country"),
                    number,
                    named(DocumentStatus.class, e.first("summary"), null)));
        }

        private void userAccount(Read r) {
            FtmEntity e = r.entity();
            String service = e.first("service");
            String username = e.first("username");
            where.put("$.selectors.onlineAccounts[" + online.size() + "]", r.where());
            if (service == null || username == null) {
                issues.add(new FileReports.Issue(r.where(), "an online account needs a service and a username"));
                return;
            }
            online.add(new OnlineAccount("oa" + (online.size() + 1), persons(r, "owner", false), service, username));
        }

        private void event(Read r) {
            FtmEntity e = r.entity();
            String ref = "i" + (incidents.size() + 1);
            String i = "$.incidents[" + incidents.size() + "]";
            where.put(i, r.where());
            where.put(i + ".date", r.where() + " date");
            where.put(i + ".place", r.where() + " location");
            String date = date(r, e.first("date") != null ? e.first("date") : e.first("startDate"));
            Place place = place(r, "addressEntity");
            if (place == null && e.first("location") != null) {
                place = new Place(null, e.first("location"), e.first("country"), null, null, null);
            }
            String description = e.first("summary") != null ? e.first("summary") : e.first("description");
            IncidentKind kind = keyword(e, IncidentKind.class);
            incidents.add(
                    new Incident(ref, kind == null ? IncidentKind.OTHER : kind, date, null, place, null, description));
            for (String person : ids(r, "involved", "organizer")) {
                if (personRefs.containsKey(person)) {
                    incidentsOf.computeIfAbsent(person, k -> new ArrayList<>()).add(new PersonIncident(ref, null));
                }
            }
        }

        private void trip(Read r) {
            FtmEntity e = r.entity();
            String l = "$.legs[" + legs.size() + "]";
            where.put(l, r.where());
            where.put(l + ".from", r.where() + " startLocation");
            where.put(l + ".to", r.where() + " endLocation");
            where.put(l + ".date", r.where() + " date");
            Place from = place(r, "startLocation");
            Place to = place(r, "endLocation");
            if (from == null || to == null) {
                issues.add(new FileReports.Issue(r.where(), "a trip needs a startLocation and an endLocation"));
                return;
            }
            String date = date(r, e.first("date") != null ? e.first("date") : e.first("startDate"));
            List<String> vehicleRefs = new ArrayList<>();
            for (String id : ids(r, "vehicle")) {
                String ref = this.vehicleRefs.get(id);
                if (ref == null)
                    issues.add(new FileReports.Issue(
                            r.where() + " vehicle", "'" + id + "' is not a" + " Vehicle of the file"));
                else vehicleRefs.add(ref);
            }
            legs.add(new Leg(
                    "l" + (legs.size() + 1),
                    legs.size() + 1,
                    from,
                    to,
                    null,
                    keyword(e, TransportMode.class),
                    date,
                    null,
                    persons(r, "involved", true),
                    vehicleRefs));
        }

        private void membership(Read r) {
            String member = r.entity().first("member");
            String organisation = r.entity().first("organization");
            if (member == null
                    || organisation == null
                    || !personRefs.containsKey(member)
                    || !organisationRefs.containsKey(organisation)) {
                issues.add(new FileReports.Issue(
                        r.where(),
                        "a membership needs a member that is a Person and an"
                                + " organization that is an Organization of the file"));
                return;
            }
            membersOf.computeIfAbsent(organisation, k -> new ArrayList<>()).add(personRefs.get(member));
        }

        private void relation(Read r) {
            FtmEntity e = r.entity();
            String from;
            String to;
            RelationType type;
            Money amount = null;
            String date = null;
            switch (e.schema()) {
                case "Associate" -> {
                    from = e.first("person");
                    to = e.first("associate");
                    type = named(RelationType.class, e.first("relationship"), RelationType.ASSOCIATE_OF);
                }
                case "UnknownLink" -> {
                    from = e.first("subject");
                    to = e.first("object");
                    type = named(RelationType.class, e.first("role"), RelationType.ASSOCIATE_OF);
                }
                default -> {
                    from = e.first("payer");
                    to = e.first("beneficiary");
                    type = RelationType.PAID;
                    String value = e.first("amount");
                    String currency = e.first("currency");
                    if (value != null && currency != null) {
                        try {
                            amount = new Money(new BigDecimal(value), currency.toUpperCase(Locale.ROOT));
                        } catch (NumberFormatException ex) {
                            issues.add(new FileReports.Issue(r.where() + " amount", "'" + value + "' is not a number"));
                        }
                    }
                    date = date(r, e.first("date"));
                }
            }
            String fromRef = from == null ? null : personRefs.get(from);
            String toRef =
                    to == null ? null : personRefs.containsKey(to) ? personRefs.get(to) : organisationRefs.get(to);
            if (fromRef == null || toRef == null) {
                issues.add(new FileReports.Issue(
                        r.where(),
                        "a " + e.schema() + " must link a Person of the file to a"
                                + " Person or an Organization of the file"));
                return;
            }
            where.put("$.relations[" + relations.size() + "]", r.where());
            relations.add(new Relation(type, fromRef, toRef, date, amount));
        }

        /** The person refs an entity's property names; ids that are not persons of the file are problems. */
        private List<String> persons(Read r, String property, boolean onlyPersons) {
            List<String> refs = new ArrayList<>();
            for (String id : r.entity().values(property)) {
                String ref = personRefs.get(id);
                if (ref != null) refs.add(ref);
                else if (onlyPersons || !organisationRefs.containsKey(id)) {
                    issues.add(new FileReports.Issue(
                            r.where() + " " + property, "'" + id + "' is not a Person of" + " the file"));
                }
            }
            return List.copyOf(new LinkedHashSet<>(refs));
        }

        private List<String> ids(Read r, String... properties) {
            List<String> out = new ArrayList<>();
            for (String p : properties) {
                for (String id : r.entity().values(p)) {
                    if (!entities.containsKey(id)) {
                        issues.add(new FileReports.Issue(r.where() + " " + p, "'" + id + "' is not in the file"));
                    } else {
                        out.add(id);
                    }
                }
            }
            return out;
        }

        private @Nullable Place place(Read r, String property) {
            String id = r.entity().first(property);
            if (id == null) return null;
            Read address = entities.get(id);
            if (address == null || !address.entity().schema().equals("Address")) {
                issues.add(new FileReports.Issue(
                        r.where() + " " + property, "'" + id + "' is not an Address of the" + " file"));
                return null;
            }
            FtmEntity a = address.entity();
            String name = a.first("city") != null ? a.first("city") : a.first("full");
            Double lat = number(address, "latitude");
            Double lon = number(address, "longitude");
            return new Place(null, name, a.first("country"), lat, lon, null);
        }

        private @Nullable Double number(Read r, String property) {
            String value = r.entity().first(property);
            if (value == null) return null;
            try {
                return Double.valueOf(value);
            } catch (NumberFormatException e) {
                issues.add(new FileReports.Issue(r.where() + " " + property, "'" + value + "' is not a number"));
                return null;
            }
        }

        private @Nullable String date(Read r, @Nullable String value) {
            if (value == null) return null;
            String day = value.length() > 10 ? value.substring(0, 10) : value;
            if (!DATE.matcher(day).matches()) {
                issues.add(new FileReports.Issue(
                        r.where(), "'" + value + "' is not an FtM date (2024-03-17, 2024-03," + " 2024)"));
                return null;
            }
            dates.add(day.length() == 10 ? day : day.length() == 7 ? day + "-01" : day + "-01-01");
            return day;
        }
    }

    /** The first keyword of the entity that names a value of {@code type}. */
    private static <E extends Enum<E>> @Nullable E keyword(FtmEntity entity, Class<E> type) {
        for (String keyword : entity.values("keywords")) {
            E value = named(type, keyword, null);
            if (value != null) return value;
        }
        return null;
    }

    private static <E extends Enum<E>> @Nullable E named(Class<E> type, @Nullable String text, @Nullable E otherwise) {
        if (text == null) return otherwise;
        String name = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return Arrays.stream(type.getEnumConstants())
                .filter(v -> v.name().equals(name))
                .findFirst()
                .orElse(otherwise);
    }
}
