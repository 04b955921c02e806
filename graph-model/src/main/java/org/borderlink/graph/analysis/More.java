package org.borderlink.graph.analysis;

import java.util.Map;

/**
 * "And N more": neighbours of an expanded node that passed the filters and are visible to the viewer but were not
 * shown because of the fan-out limit, by label. Hidden facts are never counted.
 */
public record More(String id, long count, Map<String, Long> byLabel) {

    public More {
        byLabel = Map.copyOf(byLabel);
    }
}
