package org.borderlink.ingest.tabular;

import java.util.List;

/** A mapping that cannot be used: every problem found in it, each naming the mapping and where in it. */
public final class MappingException extends Exception {

    private final List<String> problems;

    public MappingException(List<String> problems) {
        super(String.join("; ", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
