package org.borderlink.ingest.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderlink.graph.model.Role;
import org.borderlink.ingest.facts.ReportFacts;
import org.borderlink.ingest.facts.ReportFacts.LegFact;
import org.borderlink.ingest.facts.ReportFacts.LocationNode;
import org.borderlink.ingest.facts.ReportFacts.OrganisationFact;
import org.borderlink.ingest.facts.ReportFacts.PersonFact;
import org.borderlink.ingest.facts.ReportFacts.SelectorFact;
import org.borderlink.ingest.search.PersonMention.SelectorUse;
import org.jspecify.annotations.Nullable;

/**
 * What the index holds of one report: its narrative, the persons and organisations it mentions, the selectors and
 * unverified places it names, each under the audience of the facts that assert it. The index is fed from the graph
 * ({@link GraphIndexSource}), so every document carries the audience its facts got there, narrowed as the sharing rules
 * narrowed them (facts about minors); resolution builds the same view from facts about to be written ({@link
 * #of(ReportFacts, long)}), with the report's audience on everything. For a report without minors both give the same
 * value ({@code ResolutionIT} checks it).
 *
 * @param seq the report's {@code ingestSeq} in the graph, 0 if not known
 */
public record IndexedReport(
        String reportId,
        int version,
        long seq,
        String agency,
        List<String> aud,
        @Nullable String reference,
        @Nullable String type,
        @Nullable LocalDate reportedOn,
        @Nullable String narrative,
        List<PersonMention> persons,
        List<NamedEntity> organisations,
        List<SelectorEntity> selectors,
        List<NamedEntity> places) {

    public IndexedReport {
        aud = List.copyOf(aud);
        // one order whichever source built the value: the graph returns collections in no particular order
        persons = persons.stream()
                .sorted(java.util.Comparator.comparing(PersonMention::localRef))
                .toList();
        organisations = organisations.stream()
                .sorted(java.util.Comparator.comparing(NamedEntity::id))
                .toList();
        selectors = selectors.stream()
                .sorted(java.util.Comparator.comparing(SelectorEntity::id))
                .toList();
        places = places.stream()
                .sorted(java.util.Comparator.comparing(NamedEntity::id))
                .toList();
    }

    /** An organisation or a place the report names. */
    public record NamedEntity(
            String id,
            String name,
            @Nullable String latin,
            @Nullable String kind) {}

    /**
     * A selector a user may search for by its value.
     *
     * @param aud who may see it: the audience of the facts by which this report asserts it (narrower than the
     *     report's when only a minor used it)
     * @param keys the exact values it is found by: {@code +38761234567}, {@code 38761234567}, an IMEI, {@code
     *     BG123AB}, {@code RS:BG123AB}, {@code telegram:drina_taxi}, {@code drina_taxi}
     */
    public record SelectorEntity(String label, String id, String display, List<String> keys, List<String> aud) {

        public SelectorEntity {
            keys = List.copyOf(keys);
            aud = aud.stream().distinct().sorted().toList();
        }

        /**
         * The searchable form of a selector node, or null for one stored only as a keyed hash (documents, accounts)
         * or pseudonym (used only by protected persons): nothing a user types can match those.
         */
        public static @Nullable SelectorEntity of(
                String label, String id, Map<String, ?> properties, List<String> aud) {
            if (Boolean.TRUE.equals(properties.get("pseudonymous"))) return null;
            return switch (label) {
                case "Phone" -> {
                    Object e164 = properties.get("e164");
                    if (e164 == null) yield null;
                    List<String> keys = new ArrayList<>(
                            List.of(e164.toString(), e164.toString().substring(1)));
                    Object imei = properties.get("imei");
                    if (imei != null && !imei.toString().isBlank()) keys.add(imei.toString());
                    yield new SelectorEntity(label, id, e164.toString(), keys, aud);
                }
                case "Vehicle" -> {
                    Object plate = properties.get("plate");
                    if (plate == null) yield null;
                    Object make = properties.get("make");
                    Object country = properties.get("country");
                    String display =
                            plate + (country == null ? "" : " (" + country + ")") + (make == null ? "" : ", " + make);
                    yield new SelectorEntity(label, id, display, List.of(plate.toString(), id), aud);
                }
                case "OnlineAccount" -> {
                    Object handle = properties.get("handle");
                    Object platform = properties.get("platform");
                    if (handle == null) yield null;
                    yield new SelectorEntity(label, id, platform + " @" + handle, List.of(handle.toString(), id), aud);
                }
                default -> null;
            };
        }
    }

    /** All report ids of {@code reports}. */
    public static Set<String> ids(Collection<IndexedReport> reports) {
        Set<String> ids = new HashSet<>();
        reports.forEach(r -> ids.add(r.reportId()));
        return ids;
    }

    /**
     * The view of facts not yet written, with the report's audience on everything: what resolution compares. The index
     * itself is fed from the graph, where the sharing rules may have narrowed some facts' audience.
     */
    public static IndexedReport of(ReportFacts facts, long seq) {
        Map<String, Object> props = facts.reportProperties();
        ReportFacts.Provenance provenance = facts.provenance();

        Map<String, List<SelectorUse>> used = new HashMap<>();
        List<SelectorEntity> selectors = new ArrayList<>();
        Set<String> onLegs = new HashSet<>();
        for (LegFact leg : facts.legs()) onLegs.addAll(leg.vehicleIds());
        for (SelectorFact s : facts.selectors()) {
            Object status = s.properties().get("status");
            for (String user : s.userIds()) {
                used.computeIfAbsent(user, k -> new ArrayList<>())
                        .add(new SelectorUse(s.label(), s.id(), status == null ? null : status.toString()));
            }
            // a selector no relationship of this report reaches has no provenance, so it cannot be shown
            if (s.userIds().isEmpty() && !onLegs.contains(s.id())) continue;
            SelectorEntity entity = SelectorEntity.of(s.label(), s.id(), s.properties(), provenance.aud());
            if (entity != null && selectors.stream().noneMatch(e -> e.id().equals(entity.id()))) selectors.add(entity);
        }

        List<String> context = new ArrayList<>();
        for (SelectorFact s : facts.selectors()) {
            if (!s.userIds().isEmpty() || onLegs.contains(s.id())) context.add(s.id());
        }
        for (LocationNode l : facts.locations()) {
            if (Boolean.FALSE.equals(l.properties().get("verified"))) context.add(l.id());
        }
        List<String> personIds = facts.persons().stream().map(PersonFact::id).toList();
        List<PersonMention> persons = new ArrayList<>();
        for (PersonFact p : facts.persons()) {
            List<SelectorUse> own = used.getOrDefault(p.id(), List.of());
            persons.add(mention(
                    p.id(),
                    facts.reportId(),
                    provenance.agency(),
                    provenance.aud(),
                    p.mention(),
                    own,
                    others(personIds, p.id()),
                    context(context, own)));
        }

        List<NamedEntity> organisations = new ArrayList<>();
        for (OrganisationFact o : facts.organisations()) organisations.add(organisation(o.id(), o.properties()));

        List<NamedEntity> places = new ArrayList<>();
        for (LocationNode l : facts.locations()) {
            NamedEntity place = unverifiedPlace(l.id(), l.properties());
            if (place != null) places.add(place);
        }
        return new IndexedReport(
                facts.reportId(),
                facts.version(),
                seq,
                provenance.agency(),
                provenance.aud(),
                string(props.get("reference")),
                string(props.get("type")),
                provenance.reportedOn(),
                string(props.get("narrative")),
                persons,
                organisations,
                selectors,
                places);
    }

    /** A person mention from its {@code MENTIONS} properties, whether they come from facts or from the graph. */
    static PersonMention mention(
            String personId,
            String reportId,
            String agency,
            List<String> aud,
            Map<String, ?> m,
            List<SelectorUse> selectors,
            List<String> coPersons,
            List<String> context) {
        String role = String.valueOf(m.get("role"));
        boolean isProtected = Role.valueOf(role).isProtected();
        Object birth = m.get("birthDate");
        String localRef = String.valueOf(m.get("localRef"));
        String latin = string(m.get("nameLatin"));
        // as FactBuilder makes a display key, but from this mention alone: a resolved Person keeps its first one
        String display =
                latin != null ? latin : role.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + localRef;
        return new PersonMention(
                personId,
                reportId,
                localRef,
                agency,
                aud,
                role,
                isProtected,
                display,
                string(m.get("name")),
                string(m.get("nameLatin")),
                strings(m.get("aliases")),
                string(m.get("gender")),
                string(m.get("ageBand")),
                string(m.get("nationality")),
                birth instanceof LocalDate d ? d : null,
                string(m.get("birthDatePrecision")),
                string(m.get("subjectKey")),
                sorted(selectors),
                coPersons,
                context);
    }

    /** The report's context as one of its persons sees it: everything but what that person used. */
    static List<String> context(List<String> reportContext, List<SelectorUse> own) {
        java.util.Set<String> mine = new HashSet<>();
        own.forEach(s -> mine.add(s.id()));
        return reportContext.stream()
                .filter(id -> !mine.contains(id))
                .distinct()
                .sorted()
                .toList();
    }

    static NamedEntity organisation(String id, Map<String, ?> props) {
        return new NamedEntity(
                id, String.valueOf(props.get("name")), string(props.get("nameLatin")), string(props.get("kind")));
    }

    /** A place the gazetteer does not know, which only the reports naming it may show; null for a verified one. */
    static @Nullable NamedEntity unverifiedPlace(String id, Map<String, ?> props) {
        if (!Boolean.FALSE.equals(props.get("verified"))) return null;
        return new NamedEntity(id, String.valueOf(props.get("name")), null, string(props.get("kind")));
    }

    /** The selectors in one order, so equal mentions are equal values whichever source built them. */
    static List<SelectorUse> sorted(List<SelectorUse> selectors) {
        Map<String, SelectorUse> byId = new LinkedHashMap<>();
        selectors.stream()
                .sorted(java.util.Comparator.comparing(SelectorUse::id))
                .forEach(s -> byId.putIfAbsent(s.id(), s));
        return List.copyOf(byId.values());
    }

    static List<String> others(List<String> ids, String self) {
        return ids.stream().filter(id -> !id.equals(self)).distinct().sorted().toList();
    }

    static @Nullable String string(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    static List<String> strings(@Nullable Object value) {
        if (value instanceof Collection<?> c)
            return c.stream().map(String::valueOf).toList();
        return List.of();
    }
}
