package org.borderlink.ingest.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.borderlink.graph.model.AgeBand;
import org.borderlink.ingest.search.PersonMention;
import org.borderlink.ingest.search.PersonMention.SelectorUse;
import org.borderlink.ingest.search.analysis.NameMatch;
import org.borderlink.ingest.search.analysis.NameSimilarity;
import org.jspecify.annotations.Nullable;

/**
 * Scores how strongly two person mentions point at one real person, in the manner of Fellegi–Sunter record linkage:
 * each kind of evidence adds a weight when it agrees and subtracts one when it conflicts, and the sum maps to a 0–1
 * score ({@link #toScore}) on which the thresholds are set.
 *
 * <table>
 *   <caption>Weights (docs/search-and-resolution.md explains how they were set)</caption>
 *   <tr><th>evidence</th><th>agrees</th><th>conflicts</th></tr>
 *   <tr><td>names ({@link NameSimilarity}, transliteration-aware)</td><td>up to +7 (0.90 → +3, 1.00 → +7);
 *       half that when both are a single name</td><td>−8 below 0.75</td></tr>
 *   <tr><td>shared phone / account / online account / vehicle</td><td>+5 / +4 / +4 / +3</td><td></td></tr>
 *   <tr><td>shared genuine document (forged, impostor, stolen blank)</td><td>+6 (+1)</td><td></td></tr>
 *   <tr><td>same pseudonymous subject key (protected persons)</td><td>+6</td><td></td></tr>
 *   <tr><td>exact birth date (day known, not 1 January)</td><td>+4</td><td>−6</td></tr>
 *   <tr><td>birth year</td><td>+0.5</td><td>−3 when two or more years apart</td></tr>
 *   <tr><td>gender</td><td>+0.3</td><td>−6</td></tr>
 *   <tr><td>nationality</td><td>+0.7</td><td>−4</td></tr>
 *   <tr><td>age band (same or adjacent)</td><td>+0.3</td><td>−4</td></tr>
 *   <tr><td>a co-mentioned person in common (at most two count)</td><td>+2 each</td><td></td></tr>
 *   <tr><td>the reports share another selector or an unrecorded place (at most two count)</td><td>+1.5 each</td>
 *       <td></td></tr>
 *   <tr><td>a nickname in common</td><td>+0.5</td><td></td></tr>
 * </table>
 *
 * <p>Selectors used by several people (a network's hotline, a forged passport handed round) are why a shared
 * selector alone is not enough to join: with names that differ the sum stays low. Protected persons (victims,
 * smuggled migrants) have no names: they are scored on exact pseudonymous identifiers and the attributes alone, and
 * never against a person who is not protected.
 *
 * <p>Thread-safe.
 */
public final class MentionScorer {

    /** Weight at which the score is one half. */
    static final double MIDPOINT = 6;
    /** Weight that moves the score from one half to about 0.73. */
    static final double SPREAD = 2;

    private static final int MAX_CO_PERSONS = 2;
    private static final int NAME_CACHE = 200_000;

    private final NameSimilarity names = new NameSimilarity();
    private final Map<String, NameMatch> nameCache = new ConcurrentHashMap<>();
    private final Map<String, Integer> partCounts = new ConcurrentHashMap<>();

    /** The 0–1 score of a summed weight: a logistic curve, one half at {@value #MIDPOINT}. */
    public static double toScore(double weight) {
        return 1 / (1 + Math.exp(-(weight - MIDPOINT) / SPREAD));
    }

    /**
     * The evidence that {@code a} and {@code b} are one person.
     *
     * @param coPersons the resolved person ids of the others {@code a}'s report mentions
     */
    public PairScore score(PersonMention a, PersonMention b, Set<String> coPersons) {
        if (a.isProtected() != b.isProtected()) return PairScore.NONE;
        Evidence e = new Evidence();
        if (!a.isProtected()) names(a, b, e);
        selectors(a, b, e);
        boolean sameSubject =
                a.isProtected() && a.subjectKey() != null && a.subjectKey().equals(b.subjectKey());
        if (sameSubject) e.add(6, "same pseudonymous subject key");
        birth(a, b, e);
        attribute("gender", a.gender(), b.gender(), 0.3, -6, e);
        attribute("nationality", a.nationality(), b.nationality(), 0.7, -4, e);
        ageBand(a, b, e);
        // the subject key hashes a folded name, often without a birth date: namesakes of one nationality, who may
        // even travel in one group, share it, so it adds weight but never identifies a protected person by itself
        coOccurrence(b, coPersons, e);
        context(a, b, e);
        if (!a.isProtected()) nicknames(a, b, e);
        return new PairScore(e.weight, toScore(e.weight), e.exact, e.ordered());
    }

    private void names(PersonMention a, PersonMention b, Evidence e) {
        if (a.name() == null || b.name() == null) {
            e.note("no name to compare");
            return;
        }
        NameMatch match = compare(a.name(), b.name());
        double s = match.score();
        double w;
        if (s >= 0.9) w = 3 + (s - 0.9) * 40;
        else if (s >= 0.8) w = (s - 0.8) * 30;
        else if (s >= 0.75) w = (s - 0.8) * 40;
        else w = -8;
        // one given name alone (many Afghans have no surname) is shared by too many people to count for much
        if (w > 0 && parts(a.name()) == 1 && parts(b.name()) == 1) {
            w /= 2;
            e.add(w, shorten(match.explanation()) + ", a single name");
            return;
        }
        e.add(w, shorten(match.explanation()));
    }

    /** How many parts a name has once particles are set aside and compounds joined. */
    private int parts(String name) {
        return partCounts.computeIfAbsent(name, n -> {
            if (partCounts.size() >= NAME_CACHE) partCounts.clear();
            String key = names.sortedKey(n);
            return key.isEmpty() ? 0 : key.split(" ").length;
        });
    }

    /** Name comparisons repeat (one spelling of a prolific facilitator against the next): keep their results. */
    private NameMatch compare(String a, String b) {
        String key = a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
        NameMatch cached = nameCache.get(key);
        if (cached != null) return cached;
        NameMatch match = names.compare(a, b);
        if (nameCache.size() >= NAME_CACHE) nameCache.clear();
        nameCache.put(key, match);
        return match;
    }

    /** {@code names match after transliteration (0.97): husaini ≈ huseini 0.93} → the verdict and score only. */
    private static String shorten(String explanation) {
        int colon = explanation.indexOf("):");
        return colon < 0 ? explanation : explanation.substring(0, colon + 1);
    }

    private static void selectors(PersonMention a, PersonMention b, Evidence e) {
        Set<String> theirs = new HashSet<>();
        b.selectors().forEach(s -> theirs.add(s.id()));
        double total = 0;
        List<String> shared = new ArrayList<>();
        for (SelectorUse s : a.selectors()) {
            if (!theirs.contains(s.id())) continue;
            boolean genuine = s.status() == null || s.status().equals("GENUINE");
            double w = switch (s.label()) {
                case "Phone" -> 5;
                case "Account" -> 4;
                case "OnlineAccount" -> 4;
                case "Vehicle" -> 3;
                case "Document" -> genuine ? 6 : 1;
                default -> 1;
            };
            total += w;
            shared.add(describe(s));
            // a forged or impostor document is handed from one holder to the next: it identifies nobody
            if (!s.label().equals("Document") || genuine) e.exact = true;
        }
        if (shared.isEmpty()) return;
        e.add(Math.min(total, 9), String.join("; ", shared));
    }

    private static String describe(SelectorUse s) {
        return switch (s.label()) {
            case "Phone" -> "same phone " + (s.pseudonymous() ? "(pseudonymised)" : truncate(s.id()));
            case "Vehicle" -> "same vehicle " + truncate(s.id());
            case "Document" ->
                "same document" + (s.status() == null ? "" : " (" + s.status().toLowerCase(Locale.ROOT) + ")");
            case "Account" -> "same account";
            case "OnlineAccount" -> "same online account" + (s.pseudonymous() ? " (pseudonymised)" : "");
            default -> "same " + s.label();
        };
    }

    /** Enough of a number or plate to recognise it in a list, not the whole of it. */
    private static String truncate(String id) {
        return id.length() <= 8 ? id : id.substring(0, 7) + "…";
    }

    private static void birth(PersonMention a, PersonMention b, Evidence e) {
        LocalDate x = a.birthDate();
        LocalDate y = b.birthDate();
        if (x == null || y == null) return;
        // 1 January stands in for an unknown birth date (Afghan registrations above all): a year, not a day
        boolean dayX = "DAY".equals(a.birthPrecision()) && !(x.getDayOfMonth() == 1 && x.getMonthValue() == 1);
        boolean dayY = "DAY".equals(b.birthPrecision()) && !(y.getDayOfMonth() == 1 && y.getMonthValue() == 1);
        if (dayX && dayY) {
            if (x.equals(y)) e.add(4, "same birth date");
            else e.add(-6, "birth dates differ");
        } else if (x.getYear() == y.getYear()) {
            e.add(0.5, "same birth year");
        } else if (Math.abs(x.getYear() - y.getYear()) >= 2) {
            e.add(-3, "birth years differ");
        }
    }

    private static void attribute(
            String what, @Nullable String x, @Nullable String y, double agree, double conflict, Evidence e) {
        if (x == null || y == null) return;
        if (x.equals(y)) e.add(agree, what + " agrees");
        else e.add(conflict, what + " differs (" + x + " / " + y + ")");
    }

    private static void ageBand(PersonMention a, PersonMention b, Evidence e) {
        if (a.ageBand() == null || b.ageBand() == null) return;
        AgeBand x;
        AgeBand y;
        try {
            x = AgeBand.parse(a.ageBand());
            y = AgeBand.parse(b.ageBand());
        } catch (IllegalArgumentException unknown) {
            return;
        }
        if (x.compatibleWith(y)) e.add(0.3, "age bands agree");
        else e.add(-4, "age bands differ (" + x.label() + " / " + y.label() + ")");
    }

    private static void coOccurrence(PersonMention b, Set<String> coPersons, Evidence e) {
        if (coPersons.isEmpty()) return;
        int common = 0;
        for (String id : b.coPersons()) if (coPersons.contains(id)) common++;
        if (common == 0) return;
        int counted = Math.min(common, MAX_CO_PERSONS);
        e.add(
                2.0 * counted,
                common == 1 ? "named with a person in common" : "named with " + common + " persons in common");
    }

    /** The two reports name the same selector or unrecorded place elsewhere: likely one case, one network. */
    private static void context(PersonMention a, PersonMention b, Evidence e) {
        if (a.context().isEmpty() || b.context().isEmpty()) return;
        Set<String> theirs = new HashSet<>(b.context());
        int common = 0;
        for (String id : a.context()) if (theirs.contains(id)) common++;
        if (common == 0) return;
        e.add(
                Math.min(common, 2) * 1.5,
                common == 1
                        ? "the reports share a selector or place"
                        : "the reports share " + common + " selectors or places");
    }

    private static void nicknames(PersonMention a, PersonMention b, Evidence e) {
        if (a.aliases().isEmpty() || b.aliases().isEmpty()) return;
        for (String alias : a.aliases()) {
            for (String other : b.aliases()) {
                if (alias.strip().equalsIgnoreCase(other.strip())) {
                    e.add(0.5, "same nickname");
                    return;
                }
            }
        }
    }

    /** The running sum and the reasons behind it. */
    private static final class Evidence {
        double weight;
        boolean exact;
        final List<Reason> reasons = new ArrayList<>();

        void add(double w, String reason) {
            weight += w;
            reasons.add(new Reason(w, reason));
        }

        void note(String reason) {
            reasons.add(new Reason(0, reason));
        }

        List<String> ordered() {
            return reasons.stream()
                    .sorted((p, q) -> Double.compare(Math.abs(q.weight()), Math.abs(p.weight())))
                    .map(Reason::text)
                    .toList();
        }
    }

    private record Reason(double weight, String text) {}
}
