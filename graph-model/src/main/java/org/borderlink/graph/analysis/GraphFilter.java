package org.borderlink.graph.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.borderlink.graph.model.CaseType;
import org.borderlink.graph.model.CountryCode;
import org.borderlink.graph.model.NodeLabel;
import org.borderlink.graph.model.RelType;
import org.borderlink.graph.model.Role;
import org.borderlink.graph.sharing.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * What a traversal may step on, as chosen by the user. Empty sets mean "no restriction". The Cypher it produces is
 * built from enum names and fixed fragments only; every value is a query parameter.
 *
 * @param labels node labels a traversal may reach (the start nodes are always allowed)
 * @param types relationship types it may follow ({@code POSSIBLY_SAME_AS} never: a suggestion is not a fact)
 * @param roles persons are reached only if a visible fact gives them one of these roles; other nodes are unaffected
 * @param since facts whose time ends before this day are left out
 * @param until facts whose time starts after this day are left out
 * @param countries facts reported by agencies of these countries only
 * @param caseTypes facts of reports of these case types only
 */
public record GraphFilter(
        Set<NodeLabel> labels,
        Set<RelType> types,
        Set<Role> roles,
        @Nullable LocalDate since,
        @Nullable LocalDate until,
        SortedSet<CountryCode> countries,
        Set<CaseType> caseTypes) {

    public GraphFilter {
        labels = Collections.unmodifiableSet(
                labels.isEmpty() ? EnumSet.noneOf(NodeLabel.class) : EnumSet.copyOf(labels));
        types = Collections.unmodifiableSet(types.isEmpty() ? EnumSet.noneOf(RelType.class) : EnumSet.copyOf(types));
        roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        countries = Collections.unmodifiableSortedSet(new TreeSet<>(countries));
        caseTypes = Collections.unmodifiableSet(
                caseTypes.isEmpty() ? EnumSet.noneOf(CaseType.class) : EnumSet.copyOf(caseTypes));
        if (types.contains(RelType.POSSIBLY_SAME_AS)) {
            throw new IllegalArgumentException("POSSIBLY_SAME_AS is a resolution suggestion, not a fact to traverse");
        }
        if (since != null && until != null && since.isAfter(until)) {
            throw new IllegalArgumentException("since " + since + " is after until " + until);
        }
    }

    /** No restriction beyond visibility. */
    public static GraphFilter none() {
        return new GraphFilter(Set.of(), Set.of(), Set.of(), null, null, new TreeSet<>(), Set.of());
    }

    public GraphFilter withLabels(Set<NodeLabel> newLabels) {
        return new GraphFilter(newLabels, types, roles, since, until, countries, caseTypes);
    }

    /**
     * The type expression of a relationship pattern, e.g. {@code :USES|CONTACTED}, or {@code :!POSSIBLY_SAME_AS} when
     * every fact type is allowed.
     */
    public String typeExpression() {
        if (types.isEmpty()) return ":!" + RelType.POSSIBLY_SAME_AS.name();
        return ":" + types.stream().map(Enum::name).sorted().collect(Collectors.joining("|"));
    }

    /** Cypher predicate on relationship {@code r}: visible to the viewer and within the window, countries, case types. */
    public String relationship(String r) {
        List<String> parts = new ArrayList<>();
        parts.add(Visibility.relationship(r));
        if (since != null) parts.add(r + ".lastSeen >= $filterSince");
        if (until != null) parts.add(r + ".firstSeen <= $filterUntil");
        if (!countries.isEmpty()) parts.add("left(" + r + ".agency, 2) IN $filterCountries");
        if (!caseTypes.isEmpty()) {
            String report = "caseOf_" + r;
            parts.add("EXISTS { MATCH (" + report + ":Report {id: " + r + ".reportId}) WHERE " + report
                    + ".type IN $filterCaseTypes }");
        }
        return String.join(" AND ", parts);
    }

    /** Cypher predicate on a node {@code n} a traversal reaches: its label, and for persons a visible role. */
    public String node(String n) {
        List<String> parts = new ArrayList<>();
        if (!labels.isEmpty()) {
            parts.add(n + ":" + labels.stream().map(Enum::name).sorted().collect(Collectors.joining("|")));
        }
        if (!roles.isEmpty()) {
            String fact = "roleOf_" + n;
            parts.add(
                    "(NOT " + n + ":Person OR EXISTS { MATCH (" + n + ")-[" + fact + ":MENTIONS|INVOLVED_IN]-() WHERE "
                            + Visibility.relationship(fact) + " AND " + fact + ".role IN $filterRoles })");
        }
        return parts.isEmpty() ? "true" : String.join(" AND ", parts);
    }

    /** The parameters the predicates refer to. */
    public Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        if (since != null) p.put("filterSince", since);
        if (until != null) p.put("filterUntil", until);
        if (!countries.isEmpty())
            p.put("filterCountries", countries.stream().map(CountryCode::code).toList());
        if (!caseTypes.isEmpty())
            p.put("filterCaseTypes", caseTypes.stream().map(Enum::name).sorted().toList());
        if (!roles.isEmpty())
            p.put("filterRoles", roles.stream().map(Enum::name).sorted().toList());
        return p;
    }
}
