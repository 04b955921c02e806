package org.borderlink.graph.analysis.patterns;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answer of one pattern run.
 *
 * @param parameters the values it ran with, defaults included
 * @param entityIds every entity the rows name, for drawing or for analytics on the result
 * @param reportIds every report whose facts the rows show
 * @param truncated whether there were more rows than the {@code limit}
 */
public record PatternResult(
        String name,
        Map<String, Object> parameters,
        List<String> columns,
        List<Map<String, Object>> rows,
        Set<String> entityIds,
        Set<String> reportIds,
        boolean truncated) {}
