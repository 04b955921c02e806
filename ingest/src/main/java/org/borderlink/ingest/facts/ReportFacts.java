package org.borderlink.ingest.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything one report asserts, normalised, anonymised and ready to write: the node properties of the report and
 * of the entities it introduces, and the facts (relationships) it asserts. Every fact is written with the report's
 * {@link #provenance()} plus its own {@code firstSeen}/{@code lastSeen}.
 *
 * @param removed what anonymisation removed or replaced, by JSON path, for the submitter's answer
 */
public record ReportFacts(
        String reportId,
        int version,
        String contentHash,
        Map<String, Object> reportProperties,
        Provenance provenance,
        List<LocationNode> locations,
        List<IncidentFact> incidents,
        List<PersonFact> persons,
        List<OrganisationFact> organisations,
        List<SelectorFact> selectors,
        List<RelationFact> relations,
        List<LegFact> legs,
        List<String> removed) {

    /** Who asserted the facts and who may see them: copied onto every relationship. */
    public record Provenance(String reportId, String agency, List<String> aud, LocalDate reportedOn) {}

    /** The time a fact covers: from the first to the last day of its date at its precision. */
    public record Seen(LocalDate firstSeen, LocalDate lastSeen) {}

    public record LocationNode(String id, Map<String, Object> properties) {}

    public record IncidentFact(
            String id,
            Map<String, Object> properties,
            @Nullable String locationId,
            Seen seen) {}

    /** A person mention: the {@code MENTIONS} properties, and the incidents the person took part in. */
    public record PersonFact(
            String id, String displayKey, Map<String, Object> mention, List<Involvement> involvements) {}

    public record Involvement(String incidentId, @Nullable String role, Seen seen) {}

    public record OrganisationFact(String id, Map<String, Object> properties, List<String> memberIds) {}

    /** A phone, vehicle, document, account or online account and the persons who used it. */
    public record SelectorFact(String label, String id, Map<String, Object> properties, List<String> userIds) {}

    public record RelationFact(
            String type, String fromId, String toId, String toLabel, Map<String, Object> properties, Seen seen) {}

    public record LegFact(
            String id,
            Map<String, Object> properties,
            String fromId,
            String toId,
            @Nullable String viaId,
            List<String> personIds,
            List<String> vehicleIds,
            Seen seen) {}

    /** Number of nodes and relationships this report writes, for throughput figures. */
    public int elementCount() {
        int nodes = 1
                + locations.size()
                + incidents.size()
                + persons.size()
                + organisations.size()
                + selectors.size()
                + legs.size();
        int rels = 0;
        for (IncidentFact i : incidents) rels += 1 + (i.locationId() == null ? 0 : 1);
        for (PersonFact p : persons) rels += 1 + p.involvements().size();
        for (OrganisationFact o : organisations) rels += 1 + o.memberIds().size();
        for (SelectorFact s : selectors) rels += s.userIds().size();
        rels += relations.size();
        for (LegFact l : legs) {
            rels += 3
                    + (l.viaId() == null ? 0 : 1)
                    + l.personIds().size()
                    + l.vehicleIds().size();
        }
        return nodes + rels;
    }
}
