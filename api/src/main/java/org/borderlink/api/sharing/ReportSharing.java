package org.borderlink.api.sharing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.borderlink.api.security.BorderlinkUser;
import org.borderlink.api.security.UserRole;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.HandlingCode;
import org.borderlink.graph.model.Tlp;
import org.borderlink.graph.sharing.Marking;
import org.borderlink.graph.sharing.ReportAudience;
import org.borderlink.graph.sharing.Visibility;
import org.borderlink.ingest.search.IndexCatchUp;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The owning agency's decisions about one report's marking: who it is released to, its TLP and handling code, which
 * agencies may see its minors' facts and which may export it despite H2. Each decision is one transaction that
 * rewrites the report's audience tokens on all its facts ({@link ReportAudience}, from {@link Marking} through {@code
 * Audience}) and moves the report to the next ingest sequence so the search index re-reads it; narrowing therefore
 * holds for the graph the moment the transaction commits.
 */
@Service
class ReportSharing {

    static final String SEQUENCE = "MERGE (s:Sequence {id: 'ingest'}) SET s.value = coalesce(s.value, 0) + 1";

    private static final String READ = """
            MATCH (r:Report {id: $id})
            RETURN r.agency AS agency, r.tlp AS tlp, r.handling AS handling,
                   coalesce(r.releasableTo, []) AS releasableTo,
                   coalesce(r.%s, []) AS minorsReleasableTo,
                   coalesce(r.exportAllowedTo, []) AS exportAllowedTo,
                   coalesce(r.aud, []) AS aud, %s AS visible""".formatted(ReportAudience.MINORS_RELEASABLE_TO, Visibility.node("r"));

    private static final String LOCK = "MATCH (r:Report {id: $id}) SET r.writeLock = true REMOVE r.writeLock";

    private static final Logger log = LoggerFactory.getLogger(ReportSharing.class);

    private final Driver driver;
    private final ObjectProvider<IndexCatchUp> searchIndex;

    ReportSharing(Driver driver, ObjectProvider<IndexCatchUp> searchIndex) {
        this.driver = driver;
        this.searchIndex = searchIndex;
    }

    /**
     * Re-reads changed reports into this instance's search index before the decision is answered, so a narrowed
     * report leaves search results at once here; other instances follow the new ingest sequence within their
     * catch-up interval.
     */
    void reindex(Collection<String> reportIds) {
        IndexCatchUp index = searchIndex.getIfAvailable();
        if (index == null || reportIds.isEmpty()) return;
        try {
            index.reindex(reportIds);
        } catch (RuntimeException e) {
            log.warn("Search index not updated after a sharing decision ({}); its catch-up will", e.getMessage());
        }
    }

    /** A report's marking as stored. */
    record Stored(
            String reportId,
            AgencyId owner,
            Marking marking,
            List<AgencyId> minorsReleasableTo,
            List<AgencyId> exportAllowedTo,
            List<String> audience) {}

    /** One report of the caller's own agency, as its liaison officers list them. */
    record OwnReport(
            String reportId,
            String reference,
            long version,
            String type,
            String reportedOn,
            String tlp,
            String handling,
            List<String> releasableTo) {}

    /** A page of the agency's own reports, the latest written first, and how many match in all. */
    record OwnReports(long total, List<OwnReport> reports) {}

    /**
     * The reports of {@code agency} whose reference contains {@code filter} (any case), the most recently written
     * first. Only ever the caller's own agency: an agency always sees its own reports, so this tells nothing hidden.
     */
    OwnReports own(AgencyId agency, @Nullable String filter, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("agency", agency.value());
        parameters.put(
                "filter",
                filter == null || filter.isBlank() ? null : filter.strip().toLowerCase(java.util.Locale.ROOT));
        parameters.put("limit", limit);
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                long total = tx.run(
                                "MATCH (r:Report {agency: $agency}) WHERE $filter IS NULL OR toLower(r.reference) CONTAINS $filter"
                                        + " RETURN count(r) AS total",
                                parameters)
                        .single()
                        .get("total")
                        .asLong();
                List<OwnReport> page = tx.run(
                                "MATCH (r:Report {agency: $agency}) WHERE $filter IS NULL OR toLower(r.reference) CONTAINS $filter"
                                        + " RETURN r ORDER BY r.ingestSeq DESC, r.id LIMIT $limit",
                                parameters)
                        .list(record -> {
                            var r = record.get("r").asNode();
                            return new OwnReport(
                                    r.get("id").asString(),
                                    r.get("reference").asString(),
                                    r.get("version").asLong(),
                                    r.get("type").asString(),
                                    r.get("reportedOn").isNull()
                                            ? ""
                                            : r.get("reportedOn").asObject().toString(),
                                    r.get("tlp").asString(),
                                    r.get("handling").asString(),
                                    r.get("releasableTo").asList(Value::asString));
                        });
                return new OwnReports(total, page);
            });
        }
    }

    /** The marking of a report the user may see; 404 if there is none or they may not. */
    Stored read(String reportId, BorderlinkUser user) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> visible(tx, reportId, user));
        }
    }

    /**
     * Replaces the marking of a report of the user's own agency.
     *
     * @param onDecided called inside the transaction once the change is written, before it commits (the audit)
     */
    Stored change(
            String reportId,
            BorderlinkUser user,
            Marking marking,
            Collection<AgencyId> minorsReleasableTo,
            Collection<AgencyId> exportAllowedTo,
            Runnable onDecided) {
        Stored after;
        try (var session = driver.session()) {
            after = session.executeWrite(tx -> {
                tx.run(LOCK, Map.of("id", reportId)).consume();
                Stored before = visible(tx, reportId, user);
                requireOwner(before, user);
                Stored written = write(tx, before, marking, minorsReleasableTo, exportAllowedTo);
                onDecided.run();
                return written;
            });
        }
        reindex(List.of(reportId));
        return after;
    }

    /**
     * Releases reports of the user's agency to {@code agency} in the caller's transaction (an access request granted):
     * the agency joins the releasability, the handling code becomes {@code handling} if given, and with {@code
     * minors} the agency also sees the facts about the reports' minors.
     */
    void release(
            TransactionContext tx,
            Collection<String> reportIds,
            BorderlinkUser user,
            AgencyId agency,
            @Nullable HandlingCode handling,
            boolean minors) {
        for (String reportId : new TreeSet<>(reportIds)) {
            tx.run(LOCK, Map.of("id", reportId)).consume();
            Stored before = visible(tx, reportId, user);
            requireOwner(before, user);
            TreeSet<String> releasable = new TreeSet<>(before.marking().releasableTo());
            releasable.add(agency.value());
            TreeSet<AgencyId> minorsTo = new TreeSet<>(before.minorsReleasableTo());
            if (minors) minorsTo.add(agency);
            write(
                    tx,
                    before,
                    new Marking(
                            before.marking().tlp(),
                            handling == null ? before.marking().handling() : handling,
                            releasable),
                    minorsTo,
                    before.exportAllowedTo());
        }
    }

    private static Stored visible(TransactionContext tx, String reportId, BorderlinkUser user) {
        Map<String, Object> parameters = new HashMap<>(Visibility.parameters(user.viewer()));
        parameters.put("id", reportId);
        List<Record> rows = tx.run(READ, parameters).list();
        if (rows.isEmpty() || !rows.getFirst().get("visible").asBoolean()) {
            // the same answer whether the report does not exist or the user may not see it
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No report " + reportId + " that you may see.");
        }
        Record r = rows.getFirst();
        return new Stored(
                reportId,
                AgencyId.of(r.get("agency").asString()),
                new Marking(
                        Tlp.fromLabel(r.get("tlp").asString()),
                        HandlingCode.valueOf(r.get("handling").asString()),
                        new TreeSet<>(r.get("releasableTo").asList(Value::asString))),
                agencies(r.get("minorsReleasableTo")),
                agencies(r.get("exportAllowedTo")),
                r.get("aud").asList(Value::asString));
    }

    private static void requireOwner(Stored report, BorderlinkUser user) {
        if (!report.owner().equals(user.agency()) || !user.has(UserRole.LIAISON_OFFICER)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Only liaison officers of the owning agency decide how a report is shared.");
        }
    }

    private static Stored write(
            TransactionContext tx,
            Stored before,
            Marking marking,
            Collection<AgencyId> minorsReleasableTo,
            Collection<AgencyId> exportAllowedTo) {
        List<String> minors =
                new TreeSet<>(minorsReleasableTo).stream().map(AgencyId::value).toList();
        List<String> exports =
                new TreeSet<>(exportAllowedTo).stream().map(AgencyId::value).toList();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", before.reportId());
        parameters.put("tlp", marking.tlp().label());
        parameters.put("handling", marking.handling().name());
        parameters.put("releasableTo", List.copyOf(marking.releasableTo()));
        parameters.put("minors", minors);
        parameters.put("exports", exports);
        // the next ingest sequence tells the search index (and other instances) to re-read the report
        tx.run(
                        "MATCH (r:Report {id: $id}) SET r.tlp = $tlp, r.handling = $handling,"
                                + " r.releasableTo = $releasableTo, r." + ReportAudience.MINORS_RELEASABLE_TO
                                + " = $minors, r.exportAllowedTo = $exports WITH r " + SEQUENCE
                                + " SET r.ingestSeq = s.value",
                        parameters)
                .consume();
        ReportAudience.apply(tx, before.reportId(), before.owner(), marking, minorsReleasableTo);
        List<String> audience = new ArrayList<>(
                tx.run("MATCH (r:Report {id: $id}) RETURN r.aud AS aud", Map.of("id", before.reportId()))
                        .single()
                        .get("aud")
                        .asList(Value::asString));
        return new Stored(
                before.reportId(),
                before.owner(),
                marking,
                new TreeSet<>(minorsReleasableTo).stream().toList(),
                new TreeSet<>(exportAllowedTo).stream().toList(),
                audience);
    }

    private static List<AgencyId> agencies(Value value) {
        return value.asList(Value::asString).stream()
                .filter(AgencyId::isValid)
                .map(AgencyId::of)
                .toList();
    }
}
