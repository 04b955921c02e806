package org.borderlink.ingest.tabular;

import java.util.List;

/**
 * A file that cannot be read as a table at all (an encoding that does not fit, a broken quote, a damaged
 * workbook, a missing sheet). The messages name the file and, where known, the row; nothing of it is ingested.
 */
public final class TableException extends Exception {

    private final List<String> problems;

    public TableException(List<String> problems) {
        // No stack trace: a bad file is the sender's error, reported to them, never a bug.
        super(String.join("; ", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public TableException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
