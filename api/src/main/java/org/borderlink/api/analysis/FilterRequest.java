package org.borderlink.api.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.borderlink.graph.analysis.GraphFilter;
import org.borderlink.graph.model.CaseType;
import org.borderlink.graph.model.CountryCode;
import org.borderlink.graph.model.NodeLabel;
import org.borderlink.graph.model.RelType;
import org.borderlink.graph.model.Role;
import org.jspecify.annotations.Nullable;

/**
 * What a traversal may step on, as a client writes it: in a JSON body ({@code "filter": {...}}) or as query
 * parameters of the same names. Values are checked here, so a wrong one is answered 400 naming it.
 *
 * @param labels node labels, e.g. {@code Person}, {@code Phone}
 * @param types relationship types, e.g. {@code USES}, {@code CONTACTED}
 * @param roles person roles, e.g. {@code DRIVER}
 * @param since ISO date: leave out facts that end before it
 * @param until ISO date: leave out facts that start after it
 * @param countries ISO 3166 codes (and {@code XK}): facts reported by agencies of these countries
 * @param caseTypes {@code SOM}, {@code THB}, {@code MIXED}
 */
public record FilterRequest(
        @Nullable List<String> labels,
        @Nullable List<String> types,
        @Nullable List<String> roles,
        @Nullable String since,
        @Nullable String until,
        @Nullable List<String> countries,
        @Nullable List<String> caseTypes) {

    public static FilterRequest none() {
        return new FilterRequest(null, null, null, null, null, null, null);
    }

    /**
     * @param prefix how the fields are named in the request ({@code "filter."} in a body, empty for query parameters)
     * @param defaultLabels labels when none are given
     */
    public GraphFilter toFilter(String prefix, Set<NodeLabel> defaultLabels) {
        Set<NodeLabel> l = parse(prefix + "labels", labels, NodeLabel.class, FilterRequest::label);
        Set<RelType> t =
                parse(prefix + "types", types, RelType.class, v -> RelType.valueOf(v.toUpperCase(Locale.ROOT)));
        if (t.contains(RelType.POSSIBLY_SAME_AS)) {
            throw new BadParameter(
                    prefix + "types", "POSSIBLY_SAME_AS is a resolution suggestion, not a fact to follow.");
        }
        Set<Role> r = parse(prefix + "roles", roles, Role.class, v -> Role.valueOf(v.toUpperCase(Locale.ROOT)));
        Set<CaseType> c = parse(
                prefix + "caseTypes", caseTypes, CaseType.class, v -> CaseType.valueOf(v.toUpperCase(Locale.ROOT)));
        TreeSet<CountryCode> k = new TreeSet<>();
        for (String code : values(countries)) {
            String upper = code.toUpperCase(Locale.ROOT);
            if (!CountryCode.isValid(upper)) {
                throw new BadParameter(
                        prefix + "countries", "'" + code + "' is not an ISO 3166-1 alpha-2 code (or XK).");
            }
            k.add(CountryCode.of(upper));
        }
        LocalDate from = date(prefix + "since", since);
        LocalDate to = date(prefix + "until", until);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameter(prefix + "since", "since " + from + " is after until " + to + ".");
        }
        return new GraphFilter(l.isEmpty() ? defaultLabels : l, t, r, from, to, k, c);
    }

    /** A node label, in any letter case ({@code person}, {@code OnlineAccount}). */
    public static NodeLabel label(String value) {
        for (NodeLabel l : NodeLabel.values()) {
            if (l.name().equalsIgnoreCase(value)) return l;
        }
        throw new IllegalArgumentException("unknown label " + value);
    }

    public static @Nullable LocalDate date(String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameter(parameter, "'" + value + "' is not an ISO date such as 2024-03-17.");
        }
    }

    /** Values given as a list, as comma-separated text, or both. */
    public static List<String> values(@Nullable List<String> given) {
        if (given == null) return List.of();
        return given.stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    public static <E extends Enum<E>> Set<E> parse(
            String parameter, @Nullable List<String> given, Class<E> type, Function<String, E> parser) {
        Set<E> out = EnumSet.noneOf(type);
        for (String v : values(given)) {
            try {
                out.add(parser.apply(v));
            } catch (IllegalArgumentException e) {
                throw new BadParameter(
                        parameter,
                        "'" + v + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()) + ".");
            }
        }
        return out;
    }
}
