package org.borderlink.graph.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderlink.graph.model.NodeLabel;

/**
 * Short human captions for nodes on a chart. A person's caption comes from the latest mention the viewer may see
 * (Latin name, or role and local reference for protected persons), never from the node's display key, which a report
 * hidden from the viewer may have set.
 */
final class Captions {

    private Captions() {}

    static String of(NodeLabel label, String id, Map<String, Object> props, List<Map<String, Object>> mentions) {
        String caption = switch (label) {
            case Person -> person(mentions);
            case Organisation -> first(props, "nameLatin", "name");
            case Location -> first(props, "name");
            case Phone -> props.containsKey("e164") ? (String) props.get("e164") : "pseudonymous phone";
            case Vehicle -> join(props.get("country"), props.get("plate"));
            case Document -> join("document", props.get("type"), props.get("issuer"));
            case Account -> join(lower(props.get("kind")), props.get("provider"), props.get("hint"));
            case OnlineAccount -> join(props.get("platform"), props.getOrDefault("handle", "pseudonymous"));
            case Incident -> join(lower(props.get("kind")), props.get("date"));
            case Leg -> join(props.get("fromId"), "→", props.get("toId"), props.get("date"));
            case Report -> id;
        };
        return caption == null || caption.isBlank() ? id : caption;
    }

    private static String person(List<Map<String, Object>> mentions) {
        for (Map<String, Object> m : mentions) {
            if (m.get("nameLatin") instanceof String name && !name.isBlank()) return name;
        }
        for (Map<String, Object> m : mentions) {
            if (m.get("role") != null) return join(lower(m.get("role")), m.get("localRef"));
        }
        return "person";
    }

    static String lower(Object value) {
        return value == null ? null : value.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String first(Map<String, Object> props, String... keys) {
        for (String k : keys) {
            if (props.get(k) instanceof String s && !s.isBlank()) return s;
        }
        return null;
    }

    private static String join(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            if (p == null || p.toString().isBlank()) continue;
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(p);
        }
        return sb.toString();
    }
}
