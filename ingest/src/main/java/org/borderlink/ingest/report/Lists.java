package org.borderlink.ingest.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Lists in the report are never null: an absent list is an empty one. */
final class Lists {

    private Lists() {}

    static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
