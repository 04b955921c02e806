package org.borderlink.graph.analysis;

import java.util.Map;
import org.borderlink.graph.model.NodeLabel;

/**
 * A node ready to draw: its stable id, label, a caption for the chart, and the properties that matter for its label.
 * Persons carry what visible mentions say of them ({@code roles}, {@code nationalities}, …), never their node's own
 * display key, which another report may have set.
 */
public record GraphNode(String id, NodeLabel label, String caption, Map<String, Object> properties) {

    public GraphNode {
        properties = Map.copyOf(properties);
    }
}
