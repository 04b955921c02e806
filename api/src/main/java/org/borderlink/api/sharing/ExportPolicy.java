package org.borderlink.api.sharing;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderlink.api.security.BorderlinkUser;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.HandlingCode;
import org.borderlink.graph.model.Tlp;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Handling codes travel with the data (design §5): the one check every export calls before a fact leaves the platform,
 * and the lookup of the TLP and handling code to state per fact. H2 ("no further dissemination without the provider's
 * permission") facts leave in an export only for their owning agency, or for agencies the owner allowed
 * ({@code exportAllowedTo} of {@code PUT /api/v1/markings}). Visibility is not decided here: an export holds only
 * facts the visibility rule let through, and this check removes some of those.
 *
 * <pre>{@code
 * Map<String, FactMarking> markings = exportPolicy.markings(reportIdsOfTheFacts);
 * facts.stream().filter(f -> exportPolicy.mayExport(markings.get(f.reportId()), user)) ...
 * }</pre>
 */
@Component
public class ExportPolicy {

    private final Driver driver;

    ExportPolicy(Driver driver) {
        this.driver = driver;
    }

    /** The markings of these reports, by report id (reports that do not exist are absent). */
    public Map<String, FactMarking> markings(Collection<String> reportIds) {
        if (reportIds.isEmpty()) return Map.of();
        Map<String, FactMarking> out = new HashMap<>();
        try (var session = driver.session()) {
            session.executeRead(tx -> tx.run("""
                                    MATCH (r:Report) WHERE r.id IN $ids AND r.tlp IS NOT NULL
                                    RETURN r.id AS id, r.agency AS agency, r.tlp AS tlp, r.handling AS handling,
                                           coalesce(r.exportAllowedTo, []) AS exportAllowedTo""", Map.of("ids", List.copyOf(Set.copyOf(reportIds))))
                            .list())
                    .forEach(r -> out.put(
                            r.get("id").asString(),
                            new FactMarking(
                                    r.get("id").asString(),
                                    AgencyId.of(r.get("agency").asString()),
                                    Tlp.fromLabel(r.get("tlp").asString()),
                                    HandlingCode.valueOf(r.get("handling").asString()),
                                    r.get("exportAllowedTo").asList(Value::asString).stream()
                                            .filter(AgencyId::isValid)
                                            .map(AgencyId::of)
                                            .collect(Collectors.toSet()))));
        }
        return out;
    }

    /** Whether a fact with this marking may leave the platform in an export made by {@code user}. */
    public boolean mayExport(FactMarking marking, BorderlinkUser user) {
        return marking.handling() != HandlingCode.H2
                || marking.owner().equals(user.agency())
                || marking.exportAllowedTo().contains(user.agency());
    }
}
