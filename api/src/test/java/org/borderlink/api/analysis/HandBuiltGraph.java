package org.borderlink.api.analysis;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.MentionTally;
import org.borderlink.graph.model.MigrantBound;
import org.borderlink.graph.model.NodeLabel;
import org.borderlink.graph.model.RelType;
import org.borderlink.graph.sharing.Audience;
import org.borderlink.graph.sharing.Marking;
import org.neo4j.driver.Driver;

/**
 * Small graphs with known answers, written straight into the shared test database the way ingest writes facts: every
 * relationship carries {@code reportId}, {@code agency}, {@code aud} (compiled from the report's marking by
 * {@link Audience}), {@code firstSeen} and {@code lastSeen}. Every id is prefixed, because all integration tests share
 * one database. Statements are kept until {@link #write()}, which runs them in one transaction: one commit per fact
 * would cost minutes on a busy machine. The mentions of migrants and victims get their tallies, as ingest gives them.
 */
public final class HandBuiltGraph {

    private final Driver driver;
    private final String prefix;
    private final Map<String, NodeLabel> labels = new HashMap<>();
    private final Map<String, Report> reports = new HashMap<>();
    private final List<Map.Entry<String, Map<String, Object>>> pending = new java.util.ArrayList<>();

    private record Report(String id, String agency, List<String> aud, LocalDate reportedOn) {}

    public HandBuiltGraph(Driver driver, String prefix) {
        this.driver = driver;
        this.prefix = prefix;
    }

    /** The stored id of a local name. */
    public String id(String name) {
        return prefix + name;
    }

    /** A report of {@code agency} with a TLP (label as TLP 2.0 writes it), handling code and releasability. */
    public HandBuiltGraph report(
            String name,
            String agency,
            String type,
            String tlp,
            String handling,
            String reportedOn,
            String... releasableTo) {
        Marking marking = Marking.of(
                org.borderlink.graph.model.Tlp.fromLabel(tlp),
                org.borderlink.graph.model.HandlingCode.valueOf(handling),
                releasableTo);
        List<String> aud = List.of(Audience.asProperty(Audience.of(AgencyId.of(agency), marking)));
        String id = id(name);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("agency", agency);
        props.put("country", agency.substring(0, 2));
        props.put("reference", name);
        props.put("version", 1);
        props.put("type", type);
        props.put("tlp", tlp);
        props.put("handling", handling);
        props.put("releasableTo", List.of(releasableTo));
        props.put("aud", aud);
        props.put("grading", "B2");
        props.put("reportedOn", LocalDate.parse(reportedOn));
        props.put("reportedOnPrecision", "DAY");
        later("MERGE (r:Report {id: $id}) SET r += $props", Map.of("id", id, "props", props));
        labels.put(name, NodeLabel.Report);
        reports.put(name, new Report(id, agency, aud, LocalDate.parse(reportedOn)));
        return this;
    }

    public HandBuiltGraph node(NodeLabel label, String name, Map<String, Object> props) {
        later("MERGE (n:" + label.name() + " {id: $id}) SET n += $props", Map.of("id", id(name), "props", props));
        labels.put(name, label);
        return this;
    }

    public HandBuiltGraph node(NodeLabel label, String name) {
        return node(label, name, Map.of());
    }

    /** A fact asserted by {@code report}, covering the report's date. */
    public HandBuiltGraph fact(RelType type, String from, String to, String report, Map<String, Object> props) {
        LocalDate on = reports.get(report).reportedOn();
        return fact(type, from, to, report, on.toString(), on.toString(), props);
    }

    public HandBuiltGraph fact(RelType type, String from, String to, String report) {
        return fact(type, from, to, report, Map.of());
    }

    public HandBuiltGraph fact(
            RelType type,
            String from,
            String to,
            String report,
            String firstSeen,
            String lastSeen,
            Map<String, Object> props) {
        Report r = reports.get(report);
        if (r == null) throw new IllegalArgumentException("no report " + report);
        Map<String, Object> all = new LinkedHashMap<>(props);
        all.put("reportId", r.id());
        all.put("agency", r.agency());
        all.put("aud", r.aud());
        all.put("firstSeen", LocalDate.parse(firstSeen));
        all.put("lastSeen", LocalDate.parse(lastSeen));
        String cypher = "MATCH (a:" + label(from) + " {id: $from}), (b:" + label(to) + " {id: $to}) CREATE (a)-[r:"
                + type.name() + "]->(b) SET r = $props";
        later(cypher, Map.of("from", idOf(from), "to", idOf(to), "props", all));
        return this;
    }

    /** {@code report} mentions person {@code person} (created if needed) with {@code role} and mention properties. */
    public HandBuiltGraph mention(String report, String person, String role, Map<String, Object> props) {
        if (!labels.containsKey(person)) node(NodeLabel.Person, person, Map.of("displayKey", person));
        Map<String, Object> all = new LinkedHashMap<>(props);
        all.put("role", role);
        all.putIfAbsent("localRef", person);
        all.putIfAbsent("minor", false);
        return fact(RelType.MENTIONS, report, person, report, all);
    }

    private String label(String name) {
        NodeLabel l = labels.get(name);
        if (l == null) throw new IllegalArgumentException("no node " + name);
        return l.name();
    }

    private String idOf(String name) {
        return labels.get(name) == NodeLabel.Report ? reports.get(name).id() : id(name);
    }

    private void later(String cypher, Map<String, Object> params) {
        pending.add(Map.entry(cypher, params));
    }

    /** Writes what was built so far, in one transaction. */
    public HandBuiltGraph write() {
        if (pending.isEmpty()) return this;
        List<Map.Entry<String, Map<String, Object>>> statements = List.copyOf(pending);
        pending.clear();
        List<String> reportIds = reports.values().stream().map(Report::id).toList();
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                statements.forEach(s -> tx.run(s.getKey(), s.getValue()).consume());
                // as ingest does once a report's facts are written
                tx.run(MentionTally.REFRESH_REPORTS, Map.of("reportIds", reportIds))
                        .consume();
                MigrantBound.refresh(tx, reportIds, List.of());
            });
        }
        return this;
    }

    /** Writes what was built so far, then runs {@code cypher}. */
    public void run(String cypher, Map<String, Object> params) {
        write();
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher, params).consume());
        }
    }
}
