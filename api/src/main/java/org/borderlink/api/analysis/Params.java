package org.borderlink.api.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Checks of request parameters that answer 400 naming the parameter. */
public final class Params {

    private Params() {}

    public static int within(String name, @Nullable Integer value, int defaultValue, int min, int max) {
        int v = value == null ? defaultValue : value;
        if (v < min || v > max) {
            throw new BadParameter(
                    name, "The parameter '" + name + "' must be between " + min + " and " + max + ", was " + v + ".");
        }
        return v;
    }

    /** Distinct non-blank ids, at least {@code min} and at most {@code max} of them. */
    public static List<String> ids(String name, @Nullable List<String> ids, int min, int max) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        if (ids != null) {
            for (String id : ids) {
                if (id != null && !id.isBlank()) distinct.add(id.strip());
            }
        }
        if (distinct.size() < min || distinct.size() > max) {
            throw new BadParameter(
                    name,
                    "Give between " + min + " and " + max + " distinct entity ids in '" + name + "', not "
                            + distinct.size() + ".");
        }
        return List.copyOf(distinct);
    }

    public static String id(String name, @Nullable String id) {
        if (id == null || id.isBlank()) throw new BadParameter(name, "The parameter '" + name + "' is required.");
        return id.strip();
    }
}
