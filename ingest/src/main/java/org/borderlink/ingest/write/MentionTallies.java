package org.borderlink.ingest.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.borderlink.graph.model.MentionTally;
import org.borderlink.graph.model.RelType;
import org.borderlink.ingest.facts.ReportFacts;
import org.borderlink.ingest.facts.ReportFacts.PersonFact;

/**
 * The raw tallies ({@link MentionTally}) of each migrant or victim mention of one report, from that report's facts
 * alone, as the writer has them in hand: no read of the graph. They over-count rather than under-count, since patterns
 * use them as upper bounds: a person the report names twice (two local refs resolved to one person) gets the payments
 * and relations of both.
 */
final class MentionTallies {

    private static final Set<String> ROLES =
            new HashSet<>(MentionTally.ROLES.stream().map(Enum::name).toList());

    private final Map<String, String> incidentKinds = new HashMap<>();
    private final Set<String> maybeAtSafeHouse = new HashSet<>();
    private final boolean traffickingCase;
    private final Map<String, Integer> payments = new HashMap<>();
    private final Set<String> exploited = new HashSet<>();
    private final Set<String> harboured = new HashSet<>();

    private MentionTallies(ReportFacts facts) {
        Object type = facts.reportProperties().get("type");
        traffickingCase = "THB".equals(type) || "MIXED".equals(type);
        Map<String, Map<String, Object>> places = new HashMap<>();
        facts.locations().forEach(l -> places.put(l.id(), l.properties()));
        for (var incident : facts.incidents()) {
            incidentKinds.put(
                    incident.id(), String.valueOf(incident.properties().get("kind")));
            Map<String, Object> place = incident.locationId() == null ? null : places.get(incident.locationId());
            // the stored place keeps the kind of the first report that named it: an unverified one may be a safe house
            if (place != null
                    && ("SAFE_HOUSE".equals(place.get("kind")) || !Boolean.TRUE.equals(place.get("verified")))) {
                maybeAtSafeHouse.add(incident.id());
            }
        }
        for (var relation : facts.relations()) {
            boolean toPerson = relation.toLabel().equals("Person");
            if (relation.type().equals(RelType.PAID.name())) payments.merge(relation.fromId(), 1, Integer::sum);
            if (toPerson && relation.type().equals(RelType.EXPLOITED.name())) exploited.add(relation.toId());
            if (toPerson && relation.type().equals(RelType.HARBOURED.name())) harboured.add(relation.toId());
        }
    }

    /** The tallies of every mention of {@code facts}. */
    static MentionTallies of(ReportFacts facts) {
        return new MentionTallies(facts);
    }

    /** The tally properties of {@code person}'s mention: none unless the report names them as migrant or victim. */
    Map<String, Object> of(PersonFact person) {
        if (!ROLES.contains(String.valueOf(person.mention().get("role")))) return Map.of();
        Set<String> incidents = new LinkedHashSet<>();
        person.involvements().forEach(i -> incidents.add(i.incidentId()));
        List<String> kinds = new ArrayList<>();
        Set<String> indicators = new TreeSet<>();
        for (String incident : incidents) {
            String kind = incidentKinds.get(incident);
            // an incident of another report would escape the count: better no tallies (unbounded) than a wrong one
            if (kind == null) return Map.of();
            kinds.add(kind);
            if (kind.equals("KIDNAPPING")) indicators.add(MentionTally.KIDNAPPING_FOR_RANSOM);
            if (kind.equals("EXPLOITATION")) indicators.add(MentionTally.EXPLOITATION);
            if (traffickingCase && maybeAtSafeHouse.contains(incident)) {
                indicators.add(MentionTally.CONFINED_IN_SAFE_HOUSE);
            }
        }
        if (exploited.contains(person.id())) indicators.add(MentionTally.EXPLOITATION);
        if (traffickingCase && harboured.contains(person.id())) indicators.add(MentionTally.CONFINED_IN_SAFE_HOUSE);
        kinds.sort(null);
        Map<String, Object> tallies = new LinkedHashMap<>();
        tallies.put(MentionTally.INCIDENTS, List.copyOf(kinds));
        tallies.put(MentionTally.PAYMENTS, payments.getOrDefault(person.id(), 0));
        tallies.put(MentionTally.INDICATORS, List.copyOf(indicators));
        return tallies;
    }
}
