package org.borderlink.graph.analysis;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderlink.graph.model.NodeLabel;

/**
 * Which node properties an answer shows, by label.
 *
 * <p>Shared nodes (phones, vehicles, documents, accounts, unverified places) are merged on their key by every report
 * that names them, so a property that is not part of the key (a vehicle's make, a document's status, a phone's IMEI)
 * may have been written by a report the viewer cannot see. Such <em>report-asserted</em> properties are shown only
 * when every fact about the node is visible to the viewer; the key-derived ones always are.
 */
final class NodeProperties {

    private record Shown(List<String> always, List<String> reportAsserted) {}

    private static final Map<NodeLabel, Shown> SHOWN = new EnumMap<>(NodeLabel.class);

    static {
        SHOWN.put(
                NodeLabel.Report,
                new Shown(
                        List.of(
                                "agency",
                                "country",
                                "reference",
                                "version",
                                "type",
                                "tlp",
                                "handling",
                                "releasableTo",
                                "grading",
                                "reportedOn",
                                "reportedOnPrecision",
                                "receivedOn",
                                "status"),
                        List.of()));
        SHOWN.put(NodeLabel.Incident, new Shown(List.of("kind", "date", "datePrecision", "migrants"), List.of()));
        SHOWN.put(NodeLabel.Person, new Shown(List.of(), List.of()));
        SHOWN.put(NodeLabel.Organisation, new Shown(List.of("name", "nameLatin", "kind"), List.of()));
        SHOWN.put(
                NodeLabel.Location,
                new Shown(List.of("name", "kind", "countryA", "countryB", "lat", "lon", "verified"), List.of()));
        SHOWN.put(NodeLabel.Phone, new Shown(List.of("e164", "country", "pseudonymous"), List.of("imei")));
        SHOWN.put(NodeLabel.Vehicle, new Shown(List.of("plate", "country"), List.of("make", "colour", "concealment")));
        SHOWN.put(NodeLabel.Document, new Shown(List.of("type", "issuer"), List.of("status")));
        SHOWN.put(NodeLabel.Account, new Shown(List.of("kind"), List.of("provider", "hint")));
        SHOWN.put(NodeLabel.OnlineAccount, new Shown(List.of("platform", "handle", "pseudonymous"), List.of()));
        SHOWN.put(
                NodeLabel.Leg,
                new Shown(
                        List.of("order", "mode", "date", "datePrecision", "price", "currency", "fromId", "toId"),
                        List.of()));
    }

    /** Unverified places take their kind and coordinates from the first report that named them. */
    private static final List<String> UNVERIFIED_PLACE_ASSERTED = List.of("kind", "lat", "lon");

    private NodeProperties() {}

    /** The node properties shown for a node of {@code label}; {@code extra} adds label-specific ones (narrative). */
    static Map<String, Object> shown(
            NodeLabel label, Map<String, Object> props, boolean allFactsVisible, List<String> extra) {
        Shown shown = SHOWN.get(label);
        Map<String, Object> out = new LinkedHashMap<>();
        boolean unverifiedPlace = label == NodeLabel.Location && Boolean.FALSE.equals(props.get("verified"));
        for (String key : shown.always()) {
            if (unverifiedPlace && !allFactsVisible && UNVERIFIED_PLACE_ASSERTED.contains(key)) continue;
            putIfPresent(out, props, key);
        }
        if (allFactsVisible) shown.reportAsserted().forEach(key -> putIfPresent(out, props, key));
        extra.forEach(key -> putIfPresent(out, props, key));
        return out;
    }

    /** What the viewer's visible mentions say of a person: roles, nationalities, age bands, minor. */
    static Map<String, Object> person(List<Map<String, Object>> mentions) {
        Set<Object> roles = new LinkedHashSet<>();
        Set<Object> nationalities = new LinkedHashSet<>();
        Set<Object> ageBands = new LinkedHashSet<>();
        boolean minor = false;
        for (Map<String, Object> m : mentions) {
            if (m.get("role") != null) roles.add(m.get("role"));
            if (m.get("nationality") != null) nationalities.add(m.get("nationality"));
            if (m.get("ageBand") != null) ageBands.add(m.get("ageBand"));
            minor |= Boolean.TRUE.equals(m.get("minor"));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("roles", List.copyOf(roles));
        out.put("nationalities", List.copyOf(nationalities));
        if (!ageBands.isEmpty()) out.put("ageBands", List.copyOf(ageBands));
        out.put("minor", minor);
        return out;
    }

    /** Labels whose nodes carry report-asserted properties. */
    static boolean hasReportAsserted(NodeLabel label) {
        return !SHOWN.get(label).reportAsserted().isEmpty() || label == NodeLabel.Location;
    }

    private static void putIfPresent(Map<String, Object> out, Map<String, Object> props, String key) {
        Object v = props.get(key);
        if (v != null) out.put(key, v);
    }
}
