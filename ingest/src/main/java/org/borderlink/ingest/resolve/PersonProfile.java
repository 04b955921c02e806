package org.borderlink.ingest.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderlink.ingest.search.PersonMention;
import org.jspecify.annotations.Nullable;

/**
 * What all the mentions attached to one person say: exact birth dates, birth years, gender, nationality, and the
 * selectors, companions and places they bring. A new mention is scored against a person's best-matching mention,
 * which may say nothing of, say, a birth date: the profile catches a conflict with any other mention of the person
 * (one mention without a birth date cannot chain two people born years apart into one), and lends the best mention
 * the evidence the others hold (the phone the person used in another report).
 */
final class PersonProfile {

    private final Set<LocalDate> exactBirths = new HashSet<>();
    private final Set<Integer> birthYears = new HashSet<>();
    private final Set<String> genders = new HashSet<>();
    private final Set<String> nationalities = new HashSet<>();
    private final java.util.Map<String, PersonMention.SelectorUse> selectors = new java.util.LinkedHashMap<>();
    private final Set<String> coPersons = new java.util.LinkedHashSet<>();
    private final Set<String> context = new java.util.LinkedHashSet<>();

    void add(PersonMention m) {
        m.selectors().forEach(s -> selectors.putIfAbsent(s.id(), s));
        coPersons.addAll(m.coPersons());
        context.addAll(m.context());
        if (m.birthDate() != null) {
            birthYears.add(m.birthDate().getYear());
            if (exactDay(m)) exactBirths.add(m.birthDate());
        }
        if (m.gender() != null) genders.add(m.gender());
        if (m.nationality() != null) nationalities.add(m.nationality());
    }

    /**
     * The conflicts between {@code m} and the person's other mentions that the pair ({@code m}, {@code matched}) did
     * not already weigh, as weight and reason.
     */
    List<Conflict> conflicts(PersonMention m, PersonMention matched) {
        List<Conflict> out = new ArrayList<>();
        if (m.birthDate() != null && matched.birthDate() == null) {
            int year = m.birthDate().getYear();
            if (exactDay(m) && !exactBirths.isEmpty() && !exactBirths.contains(m.birthDate())) {
                out.add(new Conflict(-6, "another mention of this person gives another birth date"));
            } else if (!birthYears.isEmpty() && birthYears.stream().allMatch(y -> Math.abs(y - year) >= 2)) {
                out.add(new Conflict(-3, "another mention of this person gives another birth year"));
            }
        }
        conflict(m.gender(), matched.gender(), genders, -6, "gender", out);
        conflict(m.nationality(), matched.nationality(), nationalities, -4, "nationality", out);
        return out;
    }

    private static void conflict(
            @Nullable String value,
            @Nullable String matched,
            Set<String> known,
            double weight,
            String what,
            List<Conflict> out) {
        if (value != null && matched == null && !known.isEmpty() && !known.contains(value)) {
            out.add(new Conflict(weight, "another mention of this person gives another " + what));
        }
    }

    /**
     * The best-matching mention lent what the person's other mentions know: their selectors, companions and places,
     * and the birth date when they agree on one.
     */
    PersonMention enrich(PersonMention matched) {
        LocalDate birth = matched.birthDate();
        String precision = matched.birthPrecision();
        if (birth == null && exactBirths.size() == 1) {
            birth = exactBirths.iterator().next();
            precision = "DAY";
        }
        return matched.withEvidence(
                birth, precision, List.copyOf(selectors.values()), List.copyOf(coPersons), List.copyOf(context));
    }

    /** A day-precise birth date that is not 1 January, the stand-in for an unknown one. */
    static boolean exactDay(PersonMention m) {
        LocalDate d = m.birthDate();
        return d != null && "DAY".equals(m.birthPrecision()) && !(d.getDayOfMonth() == 1 && d.getMonthValue() == 1);
    }

    record Conflict(double weight, String reason) {}
}
