package org.borderlink.graph.analysis.patterns;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A parameter of a pattern: its type, default and bounds, and what it means.
 *
 * @param defaultValue the value when none is given; for dates, null means no bound
 * @param allowed for {@link Type#VALUES}: the values it may take
 */
public record PatternParameter(
        String name,
        Type type,
        String description,
        @Nullable Object defaultValue,
        @Nullable Integer min,
        @Nullable Integer max,
        List<String> allowed) {

    public enum Type {
        /** A whole number between {@code min} and {@code max}. */
        INTEGER,
        /** An ISO date, {@code 2024-03-17}. */
        DATE,
        /** A list of values from {@code allowed}. */
        VALUES
    }

    /** The lowest and highest dates Cypher is asked about when a window is open at one end. */
    static final LocalDate OPEN_START = LocalDate.of(1900, 1, 1);

    static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    public PatternParameter {
        allowed = List.copyOf(allowed);
    }

    public static PatternParameter integer(String name, int defaultValue, int min, int max, String description) {
        return new PatternParameter(name, Type.INTEGER, description, defaultValue, min, max, List.of());
    }

    public static PatternParameter date(String name, String description) {
        return new PatternParameter(name, Type.DATE, description, null, null, null, List.of());
    }

    public static PatternParameter values(
            String name, List<String> defaultValues, List<String> allowed, String description) {
        return new PatternParameter(name, Type.VALUES, description, List.copyOf(defaultValues), null, null, allowed);
    }

    /**
     * The value to bind for {@code raw} (as decoded from JSON), or the default.
     *
     * @throws InvalidPatternParameter naming this parameter when {@code raw} does not fit
     */
    public Object bind(@Nullable Object raw) {
        return switch (type) {
            case INTEGER -> {
                Object v = raw == null ? defaultValue : raw;
                long n;
                if (v instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
                    n = number.longValue();
                } else if (v instanceof String s && s.strip().matches("-?\\d{1,9}")) {
                    n = Long.parseLong(s.strip());
                } else {
                    throw new InvalidPatternParameter(name, "must be a whole number, was " + v);
                }
                if ((min != null && n < min) || (max != null && n > max)) {
                    throw new InvalidPatternParameter(name, "must be between " + min + " and " + max + ", was " + n);
                }
                yield n;
            }
            case DATE -> {
                if (raw == null || (raw instanceof String s && s.isBlank())) {
                    yield name.equals("until") ? OPEN_END : OPEN_START;
                }
                try {
                    yield LocalDate.parse(raw.toString().strip());
                } catch (DateTimeParseException e) {
                    throw new InvalidPatternParameter(name, "must be an ISO date such as 2024-03-17, was " + raw);
                }
            }
            case VALUES -> {
                Collection<?> given;
                if (raw == null) {
                    given = (Collection<?>) defaultValue;
                } else if (raw instanceof Collection<?> c) {
                    given = c;
                } else if (raw instanceof String s) {
                    given = List.of(s.split(","));
                } else {
                    throw new InvalidPatternParameter(name, "must be a list of " + allowed);
                }
                List<String> out = new ArrayList<>();
                for (Object o : given) {
                    String value = String.valueOf(o).strip().toUpperCase(Locale.ROOT);
                    if (!allowed.contains(value)) {
                        throw new InvalidPatternParameter(name, "'" + o + "' is not one of " + allowed);
                    }
                    if (!out.contains(value)) out.add(value);
                }
                if (out.isEmpty()) throw new InvalidPatternParameter(name, "needs at least one of " + allowed);
                yield out;
            }
        };
    }
}
