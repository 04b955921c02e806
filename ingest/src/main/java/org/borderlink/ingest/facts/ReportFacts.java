package org.borderlink.ingest.facts;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.sharing.Audience;
import org.borderlink.graph.sharing.Marking;
import org.borderlink.graph.sharing.ReportAudience;
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

    /**
     * Report property: the marking the owner's system submitted with this version ({@link Marking#key()}), kept while
     * the owner's liaison officers change the marking here.
     */
    public static final String SUBMITTED_MARKING = "submittedMarking";

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

    /**
     * The same facts with person ids replaced as {@code ids} says (ids it does not name are kept): resolution
     * attaches a mention to a person other reports already mention by rewriting the id before the write.
     */
    public ReportFacts withPersonIds(Map<String, String> ids) {
        java.util.function.UnaryOperator<String> id = old -> ids.getOrDefault(old, old);
        return new ReportFacts(
                reportId,
                version,
                contentHash,
                reportProperties,
                provenance,
                locations,
                incidents,
                persons.stream()
                        .map(p -> new PersonFact(id.apply(p.id()), p.displayKey(), p.mention(), p.involvements()))
                        .toList(),
                organisations.stream()
                        .map(o -> new OrganisationFact(
                                o.id(),
                                o.properties(),
                                o.memberIds().stream().map(id).toList()))
                        .toList(),
                selectors.stream()
                        .map(s -> new SelectorFact(
                                s.label(),
                                s.id(),
                                s.properties(),
                                s.userIds().stream().map(id).toList()))
                        .toList(),
                relations.stream()
                        .map(r -> new RelationFact(
                                r.type(),
                                id.apply(r.fromId()),
                                r.toLabel().equals("Person") ? id.apply(r.toId()) : r.toId(),
                                r.toLabel(),
                                r.properties(),
                                r.seen()))
                        .toList(),
                legs.stream()
                        .map(l -> new LegFact(
                                l.id(),
                                l.properties(),
                                l.fromId(),
                                l.toId(),
                                l.viaId(),
                                l.personIds().stream().map(id).toList(),
                                l.vehicleIds(),
                                l.seen()))
                        .toList(),
                removed);
    }

    /**
     * The same facts under another marking: the report's marking properties and every fact's audience follow it, and
     * the agencies granted the facts about minors and the export of H2 facts are set to those given. The submitted
     * marking stays what the owner's system sent.
     */
    public ReportFacts withMarking(Marking marking, List<String> minorsReleasableTo, List<String> exportAllowedTo) {
        Map<String, Object> props = new LinkedHashMap<>(reportProperties);
        List<String> aud = putMarking(props, AgencyId.of(provenance.agency()), marking);
        props.put(ReportAudience.MINORS_RELEASABLE_TO, List.copyOf(minorsReleasableTo));
        props.put("exportAllowedTo", List.copyOf(exportAllowedTo));
        return new ReportFacts(
                reportId,
                version,
                contentHash,
                props,
                new Provenance(provenance.reportId(), provenance.agency(), aud, provenance.reportedOn()),
                locations,
                incidents,
                persons,
                organisations,
                selectors,
                relations,
                legs,
                removed);
    }

    /**
     * Puts a marking into a report's properties ({@code tlp}, {@code handling}, {@code releasableTo}, {@code aud});
     * returns the audience, which every fact of the report carries too.
     */
    static List<String> putMarking(Map<String, Object> reportProperties, AgencyId owner, Marking marking) {
        List<String> aud = List.of(Audience.asProperty(Audience.of(owner, marking)));
        reportProperties.put("tlp", marking.tlp().label());
        reportProperties.put("handling", marking.handling().name());
        reportProperties.put("releasableTo", List.copyOf(marking.releasableTo()));
        reportProperties.put("aud", aud);
        return aud;
    }

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
