package org.borderlink.api.sharing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.borderlink.graph.sharing.Viewer;
import org.borderlink.graph.sharing.Visibility;
import org.borderlink.ingest.search.HiddenHits;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Service;

/**
 * Hit/no-hit over the graph (design §5): which reports hold facts that touch a selector, split into those the viewer
 * may see and, for the rest, only how many reports each agency holds. A report counts as visible when at least one
 * of its matching facts is visible to the viewer; facts about minors are visible to their owner only, so a minor is
 * found by everyone else as a hidden hit.
 */
@Service
class HitService {

    private final Driver driver;

    HitService(Driver driver) {
        this.driver = driver;
    }

    /** The outcome of one selector: visible reports by id; hidden ones only as counts per agency. */
    record Outcome(Set<String> visibleReports, Map<String, Set<String>> hiddenReportsByAgency) {

        List<HiddenHits> hiddenHits() {
            List<HiddenHits> out = new ArrayList<>();
            hiddenReportsByAgency.forEach((agency, reports) -> out.add(new HiddenHits(agency, reports.size())));
            return out;
        }
    }

    Outcome find(Selector selector, Viewer viewer) {
        Map<String, Object> parameters = new HashMap<>(selector.parameters());
        parameters.putAll(Visibility.parameters(viewer));
        String cypher = selector.matchFacts() + " WITH f.reportId AS reportId, f.agency AS agency, "
                + Visibility.relationship("f") + " AS visible "
                + "RETURN reportId, agency, any(v IN collect(visible) WHERE v) AS visible";
        Set<String> visible = new TreeSet<>();
        Map<String, Set<String>> hidden = new TreeMap<>();
        try (var session = driver.session()) {
            session.executeRead(tx -> tx.run(cypher, parameters).list()).forEach(row -> {
                String reportId = row.get("reportId").asString();
                if (row.get("visible").asBoolean()) {
                    visible.add(reportId);
                } else {
                    hidden.computeIfAbsent(row.get("agency").asString(), a -> new TreeSet<>())
                            .add(reportId);
                }
            });
        }
        return new Outcome(visible, hidden);
    }
}
