package org.borderlink.graph.sharing;

import java.util.Map;

/**
 * The visibility rule, in one place: <em>a relationship is visible iff its {@code aud} shares a token with
 * the viewer; a node is visible iff a visible relationship reaches it.</em> Every Cypher query that reads
 * case data embeds these fragments and binds {@link #parameters(Viewer)}; nothing else decides visibility.
 *
 * <pre>{@code
 * MATCH (p:Person {id: $id})-[r]-(x)
 * WHERE  + Visibility.node("p") +  AND  + Visibility.relationship("r") +
 * RETURN x
 * }</pre>
 */
public final class Visibility {

    /** The query parameter holding the viewer's tokens. */
    public static final String PARAMETER = "visibleTo";

    private Visibility() {}

    /** Cypher predicate: relationship {@code var} is visible to the viewer. */
    public static String relationship(String var) {
        requireIdentifier(var);
        return "any(token IN " + var + ".aud WHERE token IN $" + PARAMETER + ")";
    }

    /** Cypher predicate: node {@code var} is reached by at least one relationship visible to the viewer. */
    public static String node(String var) {
        requireIdentifier(var);
        return "EXISTS { MATCH (" + var + ")-[seenBy]-() WHERE " + relationship("seenBy") + " }";
    }

    public static Map<String, Object> parameters(Viewer viewer) {
        return Map.of(PARAMETER, viewer.tokenValues());
    }

    private static void requireIdentifier(String var) {
        if (!var.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a Cypher variable name: " + var);
        }
    }
}
