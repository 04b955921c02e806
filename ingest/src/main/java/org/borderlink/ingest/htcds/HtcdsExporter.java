package org.borderlink.ingest.htcds;

import static org.borderlink.ingest.htcds.HtcdsColumns.*;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.borderlink.graph.model.DatePrecision;
import org.borderlink.graph.model.PartialDate;
import org.borderlink.graph.model.Role;
import org.borderlink.graph.sharing.Viewer;
import org.borderlink.graph.sharing.Visibility;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Writes the trafficking part of chosen cases as HTCDS 2.0 CSV, in the columns {@link HtcdsColumns#EXPORT} lists:
 * one row per person and historic trafficking event (recruitment, transit, exploitation), one row for a person with
 * none. A case is exported when it is a THB or mixed case, or when a person in it has HTCDS victim context.
 *
 * <p>Everything is read on behalf of a {@link Viewer} through {@link Visibility}: a case the viewer may not see is
 * answered exactly like a case that does not exist, and every fact is filtered on its own. Victims and smuggled
 * migrants are exported as the graph holds them, which is without names, birth dates, phone numbers or documents:
 * gender, age band, citizenship, languages and victim context only.
 */
public final class HtcdsExporter {

    private static final List<String> EVENT_KINDS = List.of("RECRUITMENT", "TRANSIT", "EXPLOITATION");

    private static final String REPORTS = """
            UNWIND $ids AS id
            MATCH (r:Report {id: id})
            WHERE %s
            RETURN r.id AS id, r.reference AS reference, r.agency AS agency, r.version AS version,
                   r.reportedOn AS reportedOn, r.reportedOnPrecision AS reportedOnPrecision, r.type AS type,
                   r.tlp AS tlp, r.handling AS handling, r.releasableTo AS releasableTo, r.grading AS grading,
                   r.narrative AS narrative, r.narrativeLanguage AS narrativeLanguage, r.status AS status,
                   EXISTS { MATCH (r)-[v:MENTIONS]->(:Person) WHERE v.traffickingStatus IS NOT NULL AND %s }
                     AS victimContext
            """.formatted(Visibility.node("r"), Visibility.relationship("v"));

    private static final String MENTIONS = """
            MATCH (:Report {id: $id})-[m:MENTIONS]->(p:Person)
            WHERE %s
            CALL (p, m) {
              OPTIONAL MATCH (p)-[u:USES {reportId: m.reportId}]->(ph:Phone)
              WHERE %s AND ph.e164 IS NOT NULL
              RETURN collect(ph.e164) AS phones
            }
            RETURN properties(m) AS m, phones
            ORDER BY m.localRef
            """.formatted(Visibility.relationship("m"), Visibility.relationship("u"));

    private static final String EVENTS =
            """
            MATCH (:Report {id: $id})-[m:MENTIONS]->(:Person)-[inv:INVOLVED_IN {reportId: $id}]->(i:Incident)
            WHERE %s AND %s AND i.kind IN $kinds
            OPTIONAL MATCH (i)-[at:OCCURRED_AT {reportId: $id}]->(l:Location)
            WHERE %s
            RETURN m.localRef AS person, i.id AS id, i.kind AS kind, i.date AS date, i.datePrecision AS precision,
                   i.description AS description, l.name AS city, l.countryA AS country, l.lat AS lat, l.lon AS lon
            ORDER BY person, i.date, i.id
            """.formatted(Visibility.relationship("m"), Visibility.relationship("inv"), Visibility.relationship("at"));

    private final Driver driver;

    public HtcdsExporter(Driver driver) {
        this.driver = driver;
    }

    /**
     * An export and what it covers.
     *
     * @param exported the cases written, in the order asked
     * @param skipped cases the viewer may see that hold no trafficking data (smuggling cases without victim context)
     * @param notFound cases that do not exist or that the viewer may not see (never told apart)
     * @param rows data rows written
     */
    public record Export(String csv, List<String> exported, List<String> skipped, List<String> notFound, int rows) {}

    public Export export(Viewer viewer, Collection<String> reportIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(reportIds));
        StringWriter out = new StringWriter();
        List<String> exported = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int rows = 0;
        Map<String, Object> parameters = new HashMap<>(Visibility.parameters(viewer));
        try (var session = driver.session();
                CSVPrinter csv = new CSVPrinter(
                        out,
                        CSVFormat.RFC4180
                                .builder()
                                .setHeader(EXPORT.toArray(String[]::new))
                                .get())) {
            parameters.put("ids", ids);
            Map<String, Map<String, Object>> reports = new HashMap<>();
            session.executeRead(tx -> tx.run(REPORTS, parameters).list())
                    .forEach(r -> reports.put(r.get("id").asString(), r.asMap()));
            for (String id : ids) {
                Map<String, Object> report = reports.get(id);
                if (report == null) continue;
                boolean trafficking =
                        !"SOM".equals(report.get("type")) || Boolean.TRUE.equals(report.get("victimContext"));
                if (!trafficking) {
                    skipped.add(id);
                    continue;
                }
                exported.add(id);
                Map<String, Object> p = new HashMap<>(parameters);
                p.put("id", id);
                p.put("kinds", EVENT_KINDS);
                var mentions = session.executeRead(tx -> tx.run(MENTIONS, p).list());
                Map<String, List<Map<String, Object>>> events = new HashMap<>();
                session.executeRead(tx -> tx.run(EVENTS, p).list())
                        .forEach(e -> events.computeIfAbsent(e.get("person").asString(), k -> new ArrayList<>())
                                .add(e.asMap()));
                for (var record : mentions) {
                    Map<String, Object> m = record.get("m").asMap();
                    List<String> phones = record.get("phones").asList(Value::asString);
                    List<Map<String, Object>> personEvents = events.getOrDefault((String) m.get("localRef"), List.of());
                    if (personEvents.isEmpty()) {
                        csv.printRecord(row(report, m, phones, null));
                        rows++;
                    }
                    for (Map<String, Object> event : personEvents) {
                        csv.printRecord(row(report, m, phones, event));
                        rows++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> notFound = ids.stream()
                .filter(id -> !exported.contains(id) && !skipped.contains(id))
                .toList();
        return new Export(out.toString(), exported, skipped, notFound, rows);
    }

    private static List<String> row(
            Map<String, Object> report,
            Map<String, Object> m,
            List<String> phones,
            @Nullable Map<String, Object> event) {
        Map<String, String> v = new HashMap<>();
        v.put(CASE_NUMBER, str(report.get("reference")));
        v.put(STATUS, status(str(report.get("status"))));
        v.put(COMMENT, str(report.get("narrative")));
        v.put(BL_AGENCY, str(report.get("agency")));
        v.put(BL_VERSION, str(report.get("version")));
        v.put(BL_REPORTED_ON, partial(report.get("reportedOn"), report.get("reportedOnPrecision")));
        v.put(BL_CASE_TYPE, str(report.get("type")));
        v.put(BL_TLP, str(report.get("tlp")));
        v.put(BL_HANDLING, str(report.get("handling")));
        v.put(BL_RELEASABLE_TO, join(report.get("releasableTo")));
        v.put(BL_GRADING, str(report.get("grading")));
        v.put(BL_NARRATIVE_LANGUAGE, report.get("narrative") == null ? "" : str(report.get("narrativeLanguage")));

        Role role = Role.valueOf((String) m.get("role"));
        v.put(BL_PERSON_REF, str(m.get("localRef")));
        v.put(BL_ROLE, role.name());
        String name = str(m.get("name")).strip();
        int space = name.indexOf(' ');
        v.put(FIRST_NAME, space < 0 ? name : name.substring(0, space));
        v.put(SECOND_NAME, space < 0 ? "" : name.substring(space + 1));
        v.put(BL_ALIASES, join(m.get("aliases")));
        v.put(
                GENDER,
                m.get("gender") == null
                        ? ""
                        : org.borderlink.graph.model.Gender.valueOf((String) m.get("gender"))
                                .htcds());
        v.put(BIRTHDATE, partial(m.get("birthDate"), m.get("birthDatePrecision")));
        v.put(BL_AGE_BAND, str(m.get("ageBand")));
        v.put(BL_MINOR, Boolean.TRUE.equals(m.get("minor")) ? "true" : "");
        v.put(CITIZENSHIP, str(m.get("nationality")));
        List<String> languages = m.get("languages") instanceof List<?> l
                ? l.stream().map(String::valueOf).toList()
                : List.of();
        v.put(PRIMARY_LANGUAGE, languages.isEmpty() ? "" : iso3(languages.get(0)));
        v.put(SECONDARY_LANGUAGE, languages.size() < 2 ? "" : iso3(languages.get(1)));
        v.put(MOBILE_PHONE, phones.isEmpty() ? "" : phones.getFirst());
        v.put(TRAFFICKING_STATUS, str(m.get("traffickingStatus")));
        v.put(DECIDED_BY, str(m.get("statusDecidedBy")));
        v.put(EXPLOITATION, join(m.get("exploitationTypes")));
        v.put(CONTROL, join(m.get("methodsOfControl")));
        v.put(RECRUITMENT, str(m.get("recruitmentMethod")));
        v.put(APPS, join(m.get("recruitmentApps")));
        String process = HtcdsRoles.toHtcds(role);
        v.put(ROLE_IN_PROCESS, process == null ? "" : process);
        if (event != null) {
            String id = (String) event.get("id");
            v.put(BL_EVENT_REF, id.substring(id.lastIndexOf('#') + 1));
            String kind = (String) event.get("kind");
            v.put(EVENT_TYPE, kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT));
            v.put(EVENT_DATE, event.get("date") == null ? "" : event.get("date").toString());
            v.put(BL_EVENT_DATE_PRECISION, event.get("date") == null ? "" : str(event.get("precision")));
            v.put(EVENT_CITY, str(event.get("city")));
            v.put(EVENT_COUNTRY, str(event.get("country")));
            v.put(EVENT_LAT, str(event.get("lat")));
            v.put(EVENT_LON, str(event.get("lon")));
            v.put(EVENT_DESCRIPTION, str(event.get("description")));
        }
        return EXPORT.stream().map(c -> v.getOrDefault(c, "")).toList();
    }

    private static String status(String canonical) {
        return switch (canonical) {
            case "ACTIVE" -> "Active";
            case "FOLLOW_UP" -> "FollowUp";
            case "CLOSED" -> "Closed";
            case "CLOSED_REFERRED" -> "ClosedReferred";
            default -> "";
        };
    }

    /** A date at the precision it was stored with: {@code 2024-03-17}, {@code 2024-03}, {@code 2024}. */
    private static String partial(@Nullable Object date, @Nullable Object precision) {
        if (!(date instanceof LocalDate d)) return "";
        DatePrecision p = precision == null ? DatePrecision.DAY : DatePrecision.valueOf(precision.toString());
        return new PartialDate(d, p).iso();
    }

    private static String iso3(String language) {
        return Locale.of(language).getISO3Language();
    }

    private static String join(@Nullable Object list) {
        if (!(list instanceof Collection<?> c)) return list == null ? "" : list.toString();
        return String.join(";", c.stream().map(String::valueOf).toList());
    }

    private static String str(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}
