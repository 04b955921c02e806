package org.borderlink.ingest.htcds;

import static org.borderlink.ingest.htcds.HtcdsColumns.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.borderlink.graph.model.AgeBand;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.CaseType;
import org.borderlink.graph.model.DatePrecision;
import org.borderlink.graph.model.Gender;
import org.borderlink.graph.model.HandlingCode;
import org.borderlink.graph.model.PartialDate;
import org.borderlink.graph.model.Role;
import org.borderlink.graph.model.Tlp;
import org.borderlink.ingest.normalise.DateNormaliser;
import org.borderlink.ingest.normalise.NormalisationException;
import org.borderlink.ingest.report.CaseReport;
import org.borderlink.ingest.report.CaseStatus;
import org.borderlink.ingest.report.Document;
import org.borderlink.ingest.report.DocumentType;
import org.borderlink.ingest.report.HtcdsPicklist;
import org.borderlink.ingest.report.Incident;
import org.borderlink.ingest.report.IncidentKind;
import org.borderlink.ingest.report.Leg;
import org.borderlink.ingest.report.Narrative;
import org.borderlink.ingest.report.Person;
import org.borderlink.ingest.report.PersonIncident;
import org.borderlink.ingest.report.Phone;
import org.borderlink.ingest.report.Place;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.report.ReportMarking;
import org.borderlink.ingest.report.Selectors;
import org.borderlink.ingest.report.Victim;
import org.borderlink.ingest.tabular.CellRef;
import org.borderlink.ingest.tabular.CsvTables;
import org.borderlink.ingest.tabular.FileReports;
import org.borderlink.ingest.tabular.ReportCheck;
import org.borderlink.ingest.tabular.SourceMap;
import org.borderlink.ingest.tabular.Table;
import org.borderlink.ingest.tabular.TableException;
import org.borderlink.ingest.tabular.Values;
import org.jspecify.annotations.Nullable;

/**
 * Reads HTCDS 2.0 CSV files (the standard's field names as headers, Salesforce-style {@code ;} between the values of
 * a multi-select picklist) into canonical case reports:
 *
 * <ul>
 *   <li>rows with the same {@code cas_CaseNumber} are one case; rows with the same {@code bl_PersonRef} within it
 *       are one person (otherwise each row is a person), repeated on one row per historic trafficking event;
 *   <li>persons get their role from {@code bl_Role}, else from {@code per_RoleInProcess}, else {@link Role#VICTIM}
 *       when they have victim context; picklist values are taken by value name or label;
 *   <li>historic trafficking events become incidents ({@code Recruitment}, {@code Transit}, {@code Exploitation}),
 *       one per {@code bl_EventRef} or per distinct event; a person's consecutive dated events in different places
 *       become the legs of their route;
 *   <li>standard fields the canonical model does not hold (addresses, education, support plans, …) are accepted
 *       and not stored; a column that is neither a standard field nor a Borderlink extension refuses the file.
 * </ul>
 *
 * Files are taken all or nothing, every problem named by row and column ({@link FileReports}).
 */
public final class HtcdsReader {

    private static final Map<String, IncidentKind> EVENT_TYPES = Map.of(
            "Recruitment", IncidentKind.RECRUITMENT,
            "Transit", IncidentKind.TRANSIT,
            "Exploitation", IncidentKind.EXPLOITATION);
    private static final Map<String, CaseStatus> STATUSES = Map.of(
            "Active", CaseStatus.ACTIVE,
            "FollowUp", CaseStatus.FOLLOW_UP,
            "Closed", CaseStatus.CLOSED,
            "ClosedReferred", CaseStatus.CLOSED_REFERRED);
    /** The language of a narrative when neither the file nor the import says: the agency country's main language. */
    private static final Map<String, String> LANGUAGE_OF_COUNTRY =
            Map.of("AL", "sq", "XK", "sq", "RS", "sr", "ME", "sr", "BA", "bs", "MK", "mk", "HR", "hr");

    private final HtcdsStandard standard;
    private final DateNormaliser dates;
    private final ReportCheck check;

    public HtcdsReader(HtcdsStandard standard, DateNormaliser dates, ReportCheck check) {
        this.standard = standard;
        this.dates = dates;
        this.check = check;
    }

    public Stream<ReadResult> read(Path file, HtcdsOptions options) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString(), options);
        }
    }

    /** Reads an HTCDS CSV file; {@code source} names it in problems. Does not close {@code in}. */
    public Stream<ReadResult> read(InputStream in, String source, HtcdsOptions options) throws IOException {
        byte[] bytes = in.readAllBytes();
        Table table;
        try {
            if (bytes.length == 0) throw new TableException(source + ": the file is empty");
            table = CsvTables.read(bytes, source, null, null, 1);
        } catch (TableException e) {
            return Stream.of(FileReports.unreadable(source, 0, e.problems()));
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < table.headers().size(); i++) {
            String header = table.headers().get(i);
            if (header.isBlank()) continue;
            CellRef at = table.cell(1, i);
            if (standard.field(header) == null && !EXTENSIONS.contains(header)) {
                problems.add(source + ": column " + at.columnName() + " '" + header + "' is neither an HTCDS 2.0 field"
                        + " nor a Borderlink extension" + suggestion(header));
            } else if (columns.putIfAbsent(header, i) != null) {
                problems.add(source + ": column '" + header + "' appears twice");
            }
        }
        if (!columns.containsKey(CASE_NUMBER)) {
            problems.add(source + ": missing required column '" + CASE_NUMBER + "' (the case each row belongs to)");
        }
        if (!problems.isEmpty()) return Stream.of(FileReports.unreadable(source, 0, problems));

        Map<String, List<Table.Row>> cases = new LinkedHashMap<>();
        List<FileReports.Draft> drafts = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            if (row.blank()) continue;
            String reference = row.cell(columns.get(CASE_NUMBER));
            if (reference.isBlank()) {
                drafts.add(new FileReports.Draft(
                        row.number(),
                        null,
                        List.of(new FileReports.Issue(
                                table.cell(row.number(), columns.get(CASE_NUMBER))
                                        .where(),
                                "the case number is empty; every row must name its case")),
                        new SourceMap("row " + row.number())));
                continue;
            }
            cases.computeIfAbsent(reference, k -> new ArrayList<>()).add(row);
        }
        for (List<Table.Row> rows : cases.values()) drafts.add(new Case(table, columns, rows, options).draft());
        drafts.sort(Comparator.comparingLong(FileReports.Draft::line));
        if (drafts.isEmpty()) {
            return Stream.of(FileReports.unreadable(source, 0, List.of(source + ": no data rows below the header")));
        }
        return FileReports.results(source, drafts, check, 0).stream();
    }

    private String suggestion(String header) {
        LevenshteinDistance distance = new LevenshteinDistance(4);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : standard.fieldNames()) {
            int d = distance.apply(header.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return best == null ? "" : "; did you mean " + best + "?";
    }

    /** A cell value and where it is. */
    private record Cell(String value, CellRef at) {}

    /** One case of the file. */
    private final class Case {
        private final Table table;
        private final Map<String, Integer> columns;
        private final List<Table.Row> rows;
        private final HtcdsOptions options;
        private final List<FileReports.Issue> issues = new ArrayList<>();
        private final SourceMap where;

        Case(Table table, Map<String, Integer> columns, List<Table.Row> rows, HtcdsOptions options) {
            this.table = table;
            this.columns = columns;
            this.rows = rows;
            this.options = options;
            int first = rows.getFirst().number();
            int last = rows.getLast().number();
            String reference = rows.getFirst().cell(columns.get(CASE_NUMBER));
            this.where = new SourceMap(
                    rows.size() == 1 ? "row " + first : "rows " + first + "–" + last + " (case " + reference + ")");
        }

        private @Nullable Cell cell(Table.Row row, String column) {
            Integer index = columns.get(column);
            if (index == null) return null;
            String value = row.cell(index);
            return value.isBlank() ? null : new Cell(value, table.cell(row.number(), index));
        }

        /** The value of a column over several rows that must agree (blank agrees with anything). */
        private @Nullable Cell agreed(List<Table.Row> over, String column) {
            Cell first = null;
            for (Table.Row row : over) {
                Cell c = cell(row, column);
                if (c == null) continue;
                if (first == null) first = c;
                else if (!first.value().equals(c.value())) {
                    issues.add(new FileReports.Issue(
                            c.at().where(),
                            "'" + cut(c.value()) + "' differs from '" + cut(first.value()) + "' at "
                                    + first.at().where() + " for the same " + (over == rows ? "case" : "person")));
                }
            }
            return first;
        }

        private void place(String path, @Nullable Cell cell) {
            if (cell != null) where.put(path, cell.at().where());
        }

        private @Nullable String picklist(@Nullable Cell cell, String field) {
            if (cell == null) return null;
            String name = standard.valueName(field, cell.value());
            if (name == null) issues.add(new FileReports.Issue(cell.at().where(), unknown(field, cell.value())));
            return name;
        }

        private List<String> multi(@Nullable Cell cell, String field) {
            List<String> out = new ArrayList<>();
            if (cell == null) return out;
            for (String part : cell.value().split(";")) {
                if (part.isBlank()) continue;
                String name = standard.valueName(field, part);
                if (name == null) issues.add(new FileReports.Issue(cell.at().where(), unknown(field, part.strip())));
                else if (!out.contains(name)) out.add(name);
            }
            return out;
        }

        private String unknown(String field, String value) {
            HtcdsStandard.FieldSpec spec = standard.field(field);
            return "unknown value '" + cut(value) + "' for " + field + "; expected one of "
                    + String.join(", ", spec == null ? List.of() : spec.values().keySet());
        }

        FileReports.Draft draft() {
            long line = rows.getFirst().number();
            Cell reference = agreed(rows, CASE_NUMBER);
            place("$.reference", reference);

            Cell agencyCell = agreed(rows, BL_AGENCY);
            AgencyId agency = options.agency();
            if (agencyCell != null) {
                place("$.agency", agencyCell);
                if (!AgencyId.isValid(agencyCell.value())) {
                    issues.add(new FileReports.Issue(
                            agencyCell.at().where(),
                            "'" + cut(agencyCell.value()) + "' is not an agency id, e.g. AL-ASP"));
                } else if (agency != null && !agency.value().equals(agencyCell.value())) {
                    issues.add(new FileReports.Issue(
                            agencyCell.at().where(),
                            "the file says the case belongs to " + agencyCell.value() + ", but it is imported for "
                                    + agency));
                } else {
                    agency = AgencyId.of(agencyCell.value());
                }
            }
            if (agency == null && agencyCell == null) {
                issues.add(new FileReports.Issue(
                        where.whole(), "no agency: declare the agency of the import or give " + BL_AGENCY));
            }

            Integer version = 1;
            Cell versionCell = agreed(rows, BL_VERSION);
            if (versionCell != null) {
                place("$.version", versionCell);
                if (versionCell.value().matches("\\d{1,6}")) version = Integer.parseInt(versionCell.value());
                else issues.add(new FileReports.Issue(versionCell.at().where(), "the version must be a whole number"));
            }

            Cell reportedOn = agreed(rows, BL_REPORTED_ON);
            if (reportedOn == null) reportedOn = agreed(rows, REFERRAL_DATE);
            place("$.reportedOn", reportedOn);
            if (reportedOn == null) {
                issues.add(new FileReports.Issue(
                        where.whole(), "no date for the case: give " + BL_REPORTED_ON + " or " + REFERRAL_DATE));
            }

            CaseType type = options.type() == null ? CaseType.THB : options.type();
            Cell typeCell = agreed(rows, BL_CASE_TYPE);
            if (typeCell != null) {
                place("$.type", typeCell);
                type = parseEnum(CaseType.class, typeCell);
            }

            ReportMarking marking = marking();
            String grading = options.grading();
            Cell gradingCell = agreed(rows, BL_GRADING);
            if (gradingCell != null) {
                grading = gradingCell.value();
                place("$.grading", gradingCell);
            }
            if (grading == null) {
                issues.add(new FileReports.Issue(
                        where.whole(), "no grading: declare one for the import or give " + BL_GRADING));
            }

            Narrative narrative = null;
            Cell comment = agreed(rows, COMMENT);
            if (comment != null) {
                Cell languageCell = agreed(rows, BL_NARRATIVE_LANGUAGE);
                String language = languageCell != null
                        ? languageCell.value()
                        : options.narrativeLanguage() != null
                                ? options.narrativeLanguage()
                                : agency == null
                                        ? "en"
                                        : LANGUAGE_OF_COUNTRY.getOrDefault(
                                                agency.country().code(), "en");
                narrative = new Narrative(comment.value(), language);
                place("$.narrative", comment);
                place("$.narrative.text", comment);
                place("$.narrative.language", languageCell);
            }
            Cell statusCell = agreed(rows, STATUS);
            String status = picklist(statusCell, STATUS);
            place("$.status", statusCell);

            Events events = new Events();
            People people = new People(events);
            List<Leg> legs = people.legs();

            if (!issues.isEmpty() || agency == null || reportedOn == null || reference == null) {
                return new FileReports.Draft(line, null, issues, where);
            }
            CaseReport report = new CaseReport(
                    CaseReport.SCHEMA_VERSION,
                    agency.value(),
                    agency.country().code(),
                    reference.value(),
                    version,
                    reportedOn.value(),
                    null,
                    type,
                    marking,
                    grading,
                    narrative,
                    status == null ? null : STATUSES.get(status),
                    events.incidents(),
                    people.persons,
                    List.of(),
                    new Selectors(people.phones, List.of(), people.documents, List.of(), List.of()),
                    List.of(),
                    legs,
                    List.of());
            return new FileReports.Draft(line, report, issues, where);
        }

        private @Nullable ReportMarking marking() {
            ReportMarking base = options.marking();
            Cell tlpCell = agreed(rows, BL_TLP);
            Cell handlingCell = agreed(rows, BL_HANDLING);
            Cell releasableCell = agreed(rows, BL_RELEASABLE_TO);
            Tlp tlp = base == null ? null : base.tlp();
            HandlingCode handling = base == null ? null : base.handling();
            List<String> releasable = base == null ? List.of() : base.releasableTo();
            if (tlpCell != null) {
                place("$.marking", tlpCell);
                place("$.marking.tlp", tlpCell);
                try {
                    tlp = Tlp.fromLabel(tlpCell.value());
                } catch (IllegalArgumentException e) {
                    issues.add(new FileReports.Issue(tlpCell.at().where(), e.getMessage()));
                }
            }
            if (handlingCell != null) {
                place("$.marking.handling", handlingCell);
                handling = parseEnum(HandlingCode.class, handlingCell);
            }
            if (releasableCell != null) {
                releasable = split(releasableCell.value());
                for (int i = 0; i < releasable.size(); i++) place("$.marking.releasableTo[" + i + "]", releasableCell);
            }
            if (tlp == null || handling == null) {
                issues.add(new FileReports.Issue(
                        where.whole(),
                        "no marking: declare one for the import or give " + BL_TLP + " and " + BL_HANDLING));
                return null;
            }
            return new ReportMarking(tlp, handling, releasable);
        }

        private <E extends Enum<E>> @Nullable E parseEnum(Class<E> type, Cell cell) {
            try {
                return Enum.valueOf(type, cell.value().strip());
            } catch (IllegalArgumentException e) {
                issues.add(new FileReports.Issue(
                        cell.at().where(),
                        "unknown value '" + cut(cell.value()) + "'; expected one of "
                                + java.util.Arrays.toString(type.getEnumConstants())));
                return null;
            }
        }

        /** The case's historic trafficking events, one per event ref or per distinct content. */
        private final class Events {
            private final Map<String, Incident> byKey = new LinkedHashMap<>();
            private final Map<String, PartialDate> datesByRef = new LinkedHashMap<>();
            private final Map<String, List<String>> placeKeyByRef = new LinkedHashMap<>();

            /** The ref of the event on this row, or null when the row has none. */
            @Nullable
            String of(Table.Row row) {
                Cell typeCell = cell(row, EVENT_TYPE);
                Cell date = cell(row, EVENT_DATE);
                Cell precision = cell(row, BL_EVENT_DATE_PRECISION);
                Cell city = cell(row, EVENT_CITY);
                Cell country = cell(row, EVENT_COUNTRY);
                Cell lat = cell(row, EVENT_LAT);
                Cell lon = cell(row, EVENT_LON);
                Cell description = cell(row, EVENT_DESCRIPTION);
                Cell ref = cell(row, BL_EVENT_REF);
                if (typeCell == null
                        && date == null
                        && city == null
                        && country == null
                        && lat == null
                        && description == null) {
                    return null;
                }
                if (typeCell == null) {
                    issues.add(new FileReports.Issue(
                            "row " + row.number(), "the historic trafficking event has no " + EVENT_TYPE));
                    return null;
                }
                String type = picklist(typeCell, EVENT_TYPE);
                if (type == null) return null;
                PartialDate partial = date == null ? null : eventDate(date, precision);
                String key = ref != null
                        ? ref.value()
                        : String.join(
                                "\u0000",
                                type,
                                partial == null ? "" : partial.iso(),
                                text(city),
                                text(country),
                                text(lat),
                                text(lon),
                                text(description));
                if (byKey.containsKey(key)) return byKey.get(key).ref();
                String incidentRef = ref != null ? ref.value() : "e" + (byKey.size() + 1);
                String p = "$.incidents[" + byKey.size() + "]";
                where.put(p, typeCell.at().where());
                place(p + ".kind", typeCell);
                place(p + ".date", date);
                place(p + ".ref", ref);
                place(p + ".description", description);
                Place place = null;
                if (city != null || lat != null || lon != null) {
                    place(p + ".place", city != null ? city : lat);
                    place(p + ".place.name", city);
                    place(p + ".place.country", country);
                    place(p + ".place.lat", lat);
                    place(p + ".place.lon", lon);
                    place = new Place(null, text(city), text(country), number(lat), number(lon), null);
                }
                byKey.put(
                        key,
                        new Incident(
                                incidentRef,
                                EVENT_TYPES.get(type),
                                partial == null ? null : partial.iso(),
                                null,
                                place,
                                null,
                                text(description)));
                if (partial != null) datesByRef.put(incidentRef, partial);
                if (place != null) {
                    placeKeyByRef.put(
                            incidentRef, java.util.Arrays.asList(text(city), text(country), text(lat), text(lon)));
                }
                return incidentRef;
            }

            List<Incident> incidents() {
                return List.copyOf(byKey.values());
            }

            @Nullable
            Incident byRef(String ref) {
                return byKey.values().stream()
                        .filter(i -> i.ref().equals(ref))
                        .findFirst()
                        .orElse(null);
            }

            private @Nullable PartialDate eventDate(Cell date, @Nullable Cell precision) {
                try {
                    PartialDate parsed = dates.parse(date.value());
                    if (precision == null) return parsed;
                    DatePrecision wanted =
                            DatePrecision.valueOf(precision.value().strip());
                    return new PartialDate(parsed.date(), wanted);
                } catch (NormalisationException e) {
                    issues.add(new FileReports.Issue(date.at().where(), e.getMessage()));
                } catch (IllegalArgumentException e) {
                    issues.add(new FileReports.Issue(
                            precision.at().where(),
                            "unknown date precision '" + cut(precision.value()) + "'; expected DAY, MONTH or YEAR"));
                }
                return null;
            }

            private @Nullable Double number(@Nullable Cell cell) {
                if (cell == null) return null;
                try {
                    return Double.valueOf(cell.value().replace(',', '.'));
                } catch (NumberFormatException e) {
                    issues.add(new FileReports.Issue(cell.at().where(), "'" + cut(cell.value()) + "' is not a number"));
                    return null;
                }
            }
        }

        /** The persons of the case, their phones, documents and events. */
        private final class People {
            final List<Person> persons = new ArrayList<>();
            final List<Phone> phones = new ArrayList<>();
            final List<Document> documents = new ArrayList<>();
            private final Map<String, List<String>> eventsOf = new LinkedHashMap<>();
            private final Events events;

            People(Events events) {
                this.events = events;
                Map<String, List<Table.Row>> byPerson = new LinkedHashMap<>();
                for (Table.Row row : rows) {
                    Cell ref = cell(row, BL_PERSON_REF);
                    byPerson.computeIfAbsent(ref == null ? "row:" + row.number() : ref.value(), k -> new ArrayList<>())
                            .add(row);
                }
                byPerson.forEach(this::person);
            }

            private void person(String key, List<Table.Row> personRows) {
                int n = persons.size();
                String p = "$.persons[" + n + "]";
                Table.Row first = personRows.getFirst();
                where.put(p, "row " + first.number());
                String ref = key.startsWith("row:") ? "p" + (n + 1) : key;
                place(p + ".ref", agreed(personRows, BL_PERSON_REF));

                Cell firstName = agreed(personRows, FIRST_NAME);
                Cell middleName = agreed(personRows, MIDDLE_NAME);
                Cell secondName = agreed(personRows, SECOND_NAME);
                List<String> parts = new ArrayList<>();
                for (Cell c : new Cell[] {firstName, middleName, secondName}) if (c != null) parts.add(c.value());
                String name = parts.isEmpty() ? null : String.join(" ", parts);
                place(p + ".name", firstName != null ? firstName : secondName);

                Cell genderCell = agreed(personRows, GENDER);
                String gender = picklist(genderCell, GENDER);
                place(p + ".gender", genderCell);
                Cell birth = agreed(personRows, BIRTHDATE);
                place(p + ".birthDate", birth);
                Cell band = agreed(personRows, BL_AGE_BAND);
                place(p + ".ageBand", band);
                AgeBand ageBand = null;
                if (band != null) {
                    try {
                        ageBand = AgeBand.parse(band.value());
                    } catch (IllegalArgumentException e) {
                        issues.add(new FileReports.Issue(band.at().where(), e.getMessage()));
                    }
                }
                Cell minor = agreed(personRows, BL_MINOR);
                place(p + ".minor", minor);
                Cell citizenship = agreed(personRows, CITIZENSHIP);
                place(p + ".nationality", citizenship);
                String nationality =
                        citizenship == null ? null : split(citizenship.value()).getFirst();
                List<String> languages = new ArrayList<>();
                for (String column : List.of(PRIMARY_LANGUAGE, SECONDARY_LANGUAGE)) {
                    Cell c = agreed(personRows, column);
                    if (c == null) continue;
                    String code = Values.languageCode(c.value());
                    if (code == null) {
                        issues.add(new FileReports.Issue(
                                c.at().where(),
                                "'" + cut(c.value())
                                        + "' is not an ISO 639-2 (or 639-1) language code, e.g. srp, sqi, mkd"));
                    } else if (!languages.contains(code)) {
                        place(p + ".languages[" + languages.size() + "]", c);
                        languages.add(code);
                    }
                }
                Cell aliases = agreed(personRows, BL_ALIASES);
                place(p + ".aliases", aliases);

                Victim victim = victim(personRows, p);
                Role role = role(personRows, p, victim);
                List<PersonIncident> incidents = new ArrayList<>();
                for (Table.Row row : personRows) {
                    String event = events.of(row);
                    if (event != null
                            && incidents.stream().noneMatch(i -> i.ref().equals(event))) {
                        incidents.add(new PersonIncident(event, null));
                    }
                }
                eventsOf.put(ref, incidents.stream().map(PersonIncident::ref).toList());
                if (role == null) return;
                persons.add(new Person(
                        ref,
                        role,
                        name,
                        aliases == null ? List.of() : split(aliases.value()),
                        gender == null ? null : Gender.fromHtcds(gender),
                        birth == null ? null : birth.value(),
                        null,
                        ageBand,
                        nationality,
                        languages,
                        minor == null
                                ? null
                                : Boolean.parseBoolean(minor.value().strip()),
                        incidents,
                        victim));
                for (String column : List.of(MOBILE_PHONE, HOME_PHONE)) {
                    Cell phone = agreed(personRows, column);
                    if (phone == null) continue;
                    String s = "$.selectors.phones[" + phones.size() + "]";
                    place(s, phone);
                    place(s + ".number", phone);
                    phones.add(new Phone("ph" + (phones.size() + 1), List.of(ref), phone.value(), null));
                }
                Cell identity = agreed(personRows, IDENTITY_NUMBER);
                if (identity != null) {
                    String d = "$.selectors.documents[" + documents.size() + "]";
                    place(d, identity);
                    place(d + ".issuer", citizenship);
                    documents.add(new Document(
                            "d" + (documents.size() + 1),
                            List.of(ref),
                            DocumentType.ID_CARD,
                            nationality,
                            identity.value(),
                            null));
                }
            }

            private @Nullable Victim victim(List<Table.Row> personRows, String p) {
                Cell status = agreed(personRows, TRAFFICKING_STATUS);
                Cell decided = agreed(personRows, DECIDED_BY);
                Cell exploitation = agreed(personRows, EXPLOITATION);
                Cell control = agreed(personRows, CONTROL);
                Cell recruitment = agreed(personRows, RECRUITMENT);
                Cell apps = agreed(personRows, APPS);
                if (status == null
                        && decided == null
                        && exploitation == null
                        && control == null
                        && recruitment == null
                        && apps == null) {
                    return null;
                }
                for (Cell c : new Cell[] {status, decided, exploitation, control, recruitment, apps}) {
                    if (c != null) {
                        place(p + ".victim", c);
                        break;
                    }
                }
                String s = picklist(status, TRAFFICKING_STATUS);
                String d = picklist(decided, DECIDED_BY);
                List<String> r = multi(recruitment, RECRUITMENT);
                return new Victim(
                        s == null ? null : HtcdsPicklist.fromHtcds(Victim.TraffickingStatus.class, s),
                        d == null ? null : HtcdsPicklist.fromHtcds(Victim.DecisionMakingOrg.class, d),
                        multi(exploitation, EXPLOITATION).stream()
                                .map(v -> HtcdsPicklist.fromHtcds(Victim.ExploitationType.class, v))
                                .toList(),
                        multi(control, CONTROL).stream()
                                .map(v -> HtcdsPicklist.fromHtcds(Victim.MethodOfControl.class, v))
                                .toList(),
                        r.isEmpty() ? null : HtcdsPicklist.fromHtcds(Victim.RecruitmentMethod.class, r.getFirst()),
                        multi(apps, APPS).stream()
                                .map(v -> HtcdsPicklist.fromHtcds(Victim.RecruitmentApp.class, v))
                                .toList());
            }

            private @Nullable Role role(List<Table.Row> personRows, String p, @Nullable Victim victim) {
                Cell exact = agreed(personRows, BL_ROLE);
                if (exact != null) {
                    place(p + ".role", exact);
                    try {
                        return Role.valueOf(exact.value().strip());
                    } catch (IllegalArgumentException e) {
                        issues.add(new FileReports.Issue(
                                exact.at().where(),
                                "unknown role '" + cut(exact.value()) + "'; expected one of "
                                        + java.util.Arrays.toString(Role.values())));
                        return null;
                    }
                }
                Cell process = agreed(personRows, ROLE_IN_PROCESS);
                if (process != null) {
                    place(p + ".role", process);
                    for (String value : multi(process, ROLE_IN_PROCESS)) {
                        var role = HtcdsRoles.fromHtcds(value);
                        if (role.isPresent()) return role.get();
                    }
                    return null;
                }
                if (victim != null) return Role.VICTIM;
                issues.add(new FileReports.Issue(
                        "row " + personRows.getFirst().number(),
                        "the person has neither "
                                + ROLE_IN_PROCESS
                                + " nor victim context, so their role is unknown; give one of them or "
                                + BL_ROLE));
                return null;
            }

            /** Legs between each person's consecutive dated events in different places. */
            List<Leg> legs() {
                Map<String, Leg> legs = new LinkedHashMap<>();
                for (Map.Entry<String, List<String>> e : eventsOf.entrySet()) {
                    List<String> route = e.getValue().stream()
                            .filter(ref -> events.datesByRef.containsKey(ref) && events.placeKeyByRef.containsKey(ref))
                            .sorted(Comparator.comparing(events.datesByRef::get))
                            .toList();
                    for (int i = 1; i < route.size(); i++) {
                        String from = route.get(i - 1);
                        String to = route.get(i);
                        if (events.placeKeyByRef.get(from).equals(events.placeKeyByRef.get(to))) continue;
                        String key = from + ">" + to;
                        Leg earlier = legs.get(key);
                        List<String> travellers = new ArrayList<>(earlier == null ? List.of() : earlier.persons());
                        travellers.add(e.getKey());
                        Incident a = events.byRef(from);
                        Incident b = events.byRef(to);
                        int order = earlier == null ? legs.size() + 1 : earlier.order();
                        legs.put(
                                key,
                                new Leg(
                                        "l" + order,
                                        order,
                                        a.place(),
                                        b.place(),
                                        null,
                                        null,
                                        b.date(),
                                        null,
                                        List.copyOf(new LinkedHashSet<>(travellers)),
                                        List.of()));
                    }
                }
                return List.copyOf(legs.values());
            }
        }
    }

    private static @Nullable String text(@Nullable Cell cell) {
        return cell == null ? null : cell.value();
    }

    private static List<String> split(String value) {
        List<String> parts = new ArrayList<>();
        for (String part : value.split("[;,]")) if (!part.isBlank()) parts.add(part.strip());
        return parts.isEmpty() ? List.of(value.strip()) : parts;
    }

    private static String cut(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
