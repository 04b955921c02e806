package org.borderlink.ingest.write;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderlink.graph.model.MentionTally;
import org.borderlink.graph.model.MigrantBound;
import org.borderlink.graph.model.RelType;
import org.borderlink.ingest.facts.ReportFacts;
import org.borderlink.ingest.facts.ReportFacts.PersonFact;

/**
 * The {@link MentionTally} tallies of a report's protected mentions, worked out from the facts the writer is about to
 * write: each mention is created with its tallies instead of being read back and written a second time, and the
 * writer has the sums the migrants' bounds need ({@link MigrantBound#afterWriting}) without reading them either.
 *
 * <p>{@link MentionTally#REFRESH} defines them in Cypher over the stored facts: the migration that added them ran it,
 * and {@code WrittenTalliesIT} holds the two to the same answers on generated reports. The facts counted are the
 * report's own about the person (after resolution, every mention of the report that became the same person shares
 * them); the one thing the report alone cannot tell is the kind of a place that was stored before, which the writer
 * reads as it merges the places ({@code placeKinds}).
 */
final class MentionTallies {

    private static final Set<String> INTERCEPTIONS = Set.of("INTERCEPTION", "CROSSING_ATTEMPT");
    private static final Set<String> STOPS = Set.of("INTERCEPTION", "CROSSING_ATTEMPT", "RESCUE", "ARREST");
    private static final Set<String> CONFINING_REPORT_TYPES = Set.of("THB", "MIXED");
    private static final Set<String> NAMED_METHODS = Set.of("DebtBondage", "WithholdsDocuments");
    private static final Set<String> ASSESSED_AS_VICTIM =
            Set.of("PossibleVictimOfTrafficking", "ActualVictimOfTrafficking");

    private MentionTallies() {}

    /** What the report says of one person, summed over every fact it asserts about them. */
    private static final class Facts {
        final Set<String> interceptions = new HashSet<>();
        final Set<String> stops = new HashSet<>();
        int payments;
        boolean kidnapped;
        boolean exploited;
        boolean harbouredOrInSafeHouse;
    }

    /**
     * Adds the tallies to the {@code mentions} of the protected persons of {@code f} (each the {@code MENTIONS}
     * properties of the person of {@code f.persons()} at the same position) and returns them as the writer's
     * {@link MigrantBound.Tally}s.
     *
     * @param placeKinds the kind of every place the report's incidents occurred at, as stored
     */
    static List<MigrantBound.Tally> addTo(
            ReportFacts f, List<Map<String, Object>> mentions, Map<String, String> placeKinds) {
        Map<String, Facts> byPerson = null;
        List<MigrantBound.Tally> tallies = new java.util.ArrayList<>();
        for (int i = 0; i < f.persons().size(); i++) {
            PersonFact person = f.persons().get(i);
            if (!isProtected(person)) continue;
            if (byPerson == null) byPerson = factsByPerson(f, placeKinds);
            Facts facts = byPerson.get(person.id()); // every person of the report has an entry
            Map<String, Object> mention = mentions.get(i);
            boolean confined = facts.harbouredOrInSafeHouse
                    && CONFINING_REPORT_TYPES.contains(
                            String.valueOf(f.reportProperties().get("type")));
            List<String> methods = methodsOfControl(person);
            long bits = bit("DEBT_BONDAGE", methods.contains("DebtBondage"))
                    | bit("DEBT_AFTER_FAILED_CROSSINGS", !facts.interceptions.isEmpty() || facts.payments > 0)
                    | bit("WITHHELD_DOCUMENTS", methods.contains("WithholdsDocuments"))
                    | bit("CONFINED_IN_SAFE_HOUSE", confined)
                    | bit("KIDNAPPING_FOR_RANSOM", facts.kidnapped)
                    | bit("EXPLOITATION", facts.exploited)
                    | bit("OTHER_METHODS_OF_CONTROL", methods.stream().anyMatch(m -> !NAMED_METHODS.contains(m)))
                    | bit(
                            "ASSESSED_AS_VICTIM",
                            ASSESSED_AS_VICTIM.contains(
                                    String.valueOf(person.mention().get("traffickingStatus"))));
            String key = Boolean.TRUE.equals(person.mention().get(MentionTally.SUBJECT_KEY_DATED))
                    ? (String) person.mention().get("subjectKey")
                    : person.id();
            var tally = new MigrantBound.Tally(key, bits, facts.interceptions.size(), facts.stops.size());
            mention.put(MentionTally.KEY, tally.key());
            mention.put(MentionTally.INTERCEPTIONS, tally.interceptions());
            mention.put(MentionTally.STOPS, tally.stops());
            mention.put(MentionTally.INDICATOR_BITS, tally.indicatorBits());
            tallies.add(tally);
        }
        return tallies;
    }

    private static boolean isProtected(PersonFact person) {
        return MentionTally.ROLES.stream()
                .anyMatch(r -> r.name().equals(person.mention().get("role")));
    }

    private static Map<String, Facts> factsByPerson(ReportFacts f, Map<String, String> placeKinds) {
        Map<String, String> incidentKinds = new HashMap<>();
        Map<String, Boolean> inSafeHouse = new HashMap<>();
        for (var incident : f.incidents()) {
            incidentKinds.put(
                    incident.id(), String.valueOf(incident.properties().get("kind")));
            inSafeHouse.put(
                    incident.id(),
                    incident.locationId() != null && "SAFE_HOUSE".equals(placeKinds.get(incident.locationId())));
        }
        Map<String, Facts> byPerson = new LinkedHashMap<>();
        for (PersonFact person : f.persons()) {
            Facts facts = byPerson.computeIfAbsent(person.id(), id -> new Facts());
            for (var involvement : person.involvements()) {
                String incident = involvement.incidentId();
                String kind = incidentKinds.get(incident);
                if (INTERCEPTIONS.contains(kind)) facts.interceptions.add(incident);
                if (STOPS.contains(kind)) facts.stops.add(incident);
                if ("KIDNAPPING".equals(kind)) facts.kidnapped = true;
                if ("EXPLOITATION".equals(kind)) facts.exploited = true;
                if (Boolean.TRUE.equals(inSafeHouse.get(incident))) facts.harbouredOrInSafeHouse = true;
            }
        }
        for (var relation : f.relations()) {
            Facts from = byPerson.get(relation.fromId());
            if (from != null && relation.type().equals(RelType.PAID.name())) from.payments++;
            Facts to = relation.toLabel().equals("Person") ? byPerson.get(relation.toId()) : null;
            if (to == null) continue;
            if (relation.type().equals(RelType.EXPLOITED.name())) to.exploited = true;
            if (relation.type().equals(RelType.HARBOURED.name())) to.harbouredOrInSafeHouse = true;
        }
        return byPerson;
    }

    private static List<String> methodsOfControl(PersonFact person) {
        if (person.mention().get("methodsOfControl") instanceof List<?> methods) {
            return methods.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static long bit(String indicator, boolean set) {
        return set ? 1L << MentionTally.INDICATORS.indexOf(indicator) : 0;
    }
}
