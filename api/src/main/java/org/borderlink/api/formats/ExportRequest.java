package org.borderlink.api.formats;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cases an export covers, by report id ({@code agency:reference}).
 *
 * @param reportIds at most {@value #MAX} ids
 */
record ExportRequest(@Nullable List<String> reportIds) {

    static final int MAX = 500;

    /** The ids, checked: present, not blank, not too many. */
    static List<String> check(@Nullable List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new BadRequest("reportIds", "Name the cases to export: one or more report ids (agency:reference).");
        }
        if (ids.size() > MAX) {
            throw new BadRequest("reportIds", "At most " + MAX + " cases per export; " + ids.size() + " were asked.");
        }
        for (String id : ids) {
            if (id == null || id.isBlank() || id.length() > 300 || !id.contains(":")) {
                throw new BadRequest("reportIds", "'" + id + "' is not a report id (agency:reference).");
            }
        }
        return List.copyOf(ids);
    }
}
