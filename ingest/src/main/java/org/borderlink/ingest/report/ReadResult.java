package org.borderlink.ingest.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One element of an input as {@link ReportReader} found it: a bound {@link CaseReport}, or the problems that
 * stopped it from being bound. Either way it says where it came from.
 */
public sealed interface ReadResult {

    /** The position of the element in the whole input, from 0, counted across all files of a directory. */
    int index();

    /** The file name (or the name given for a stream) the element came from. */
    String source();

    /** The line of {@link #source()} on which the element starts, from 1. */
    long line();

    /** An element that bound to a report. It has not been validated yet: see {@link ReportValidator}. */
    record Parsed(int index, String source, long line, CaseReport report) implements ReadResult {}

    /**
     * An element that could not be bound or was refused before validation, with every problem found in it (never
     * empty), and the id of the report it was meant to be when that much could be read.
     */
    record Failed(
            int index, String source, long line, @Nullable String reportId, List<Problem> problems)
            implements ReadResult {

        public Failed {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) throw new IllegalArgumentException("a failed element has problems");
        }

        public Failed(int index, String source, long line, List<Problem> problems) {
            this(index, source, line, null, problems);
        }
    }
}
