package org.borderlink.graph.analysis;

import java.util.List;

/**
 * Dated facts in order, oldest first.
 *
 * @param total how many dated entries there are in all
 * @param truncated whether only the latest {@code entries.size()} of them are listed
 */
public record Timeline(TimelineEntry.Ref subject, List<TimelineEntry> entries, long total, boolean truncated) {

    public Timeline {
        entries = List.copyOf(entries);
    }
}
