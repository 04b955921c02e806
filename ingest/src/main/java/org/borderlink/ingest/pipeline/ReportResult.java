package org.borderlink.ingest.pipeline;

import java.util.List;
import org.borderlink.ingest.report.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The answer for one report of an input.
 *
 * @param index position of the record in the input, from 0
 * @param source file name (or {@code request}) and {@code line} where the record started
 * @param reportId {@code agency:reference}, when the record got far enough to have one
 * @param problems why it was refused, by JSON path; empty unless {@code status} is {@link Status#REFUSED}
 * @param removed what anonymisation removed or replaced before storing
 */
public record ReportResult(
        int index,
        String source,
        long line,
        @Nullable String reportId,
        Status status,
        List<Problem> problems,
        List<String> removed) {

    public enum Status {
        STORED,
        UNCHANGED,
        REPLACED,
        REFUSED
    }

    public ReportResult {
        problems = List.copyOf(problems);
        removed = List.copyOf(removed);
    }
}
