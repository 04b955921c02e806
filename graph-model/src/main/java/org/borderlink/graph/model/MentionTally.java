package org.borderlink.graph.model;

import java.util.List;

/**
 * Raw tallies on the {@code MENTIONS} of a protected person (smuggled migrant, victim): what the mentioning report
 * says about that person, counted without regard to who may see it. The migrant patterns read them from one composite
 * index ({@code rel_mentions_tally}) as upper bounds, to choose which migrants to evaluate on the visible facts; they
 * are never shown or counted in an answer, and every view that shows a fact's properties leaves them out
 * ({@link #PROPERTIES}).
 *
 * <p>They are report-local, like the patterns that use them: a migrant's facts are those asserted by the reports that
 * mention the person as that migrant. A report writes, replaces and deletes its own mentions and facts together, and
 * merging or splitting persons moves a mention with its properties (and its {@link #KEY}, when that is the person's
 * id), so the counts never have to be followed up; the sums over each migrant's mentions ({@link MigrantBound}) do.
 * {@link #REFRESH} defines them over the stored facts. The migration that added them ran it over the graph, so a
 * change to it comes with a new migration. Ingest creates each mention with its tallies, worked out from the facts it
 * writes with the mention (ingest's {@code MentionTallies}), and its tests hold that to what this statement computes.
 */
public final class MentionTally {

    /** Roles whose mentions carry tallies. */
    public static final List<Role> ROLES = List.of(Role.SMUGGLED_MIGRANT, Role.VICTIM);

    /**
     * The identity the migrant patterns follow: the keyed pseudonym when it includes a full birth date
     * ({@link #SUBJECT_KEY_DATED}), otherwise the id of the mentioned {@code Person}, as resolution made it. First in
     * the composite index, so the patterns group by it and seek by it. Moving a mention to another person (a merge or a
     * split) moves its key with it ({@link #followedKey}).
     */
    public static final String KEY = "tallyKey";

    /**
     * On a protected person's mention: {@code true} when ingest hashed a birth date known to the day into the
     * {@code subjectKey}. A pseudonym of name and nationality alone is shared by namesakes (over a thousand migrants of
     * one common name in the generated data), and so is one with an estimated birth year or only a month (22 % of the
     * keys with an estimated year stand for more than one real person, 1.4 % of those with a day): it is evidence for
     * resolution but never an identity across reports.
     */
    public static final String SUBJECT_KEY_DATED = "subjectKeyDated";

    /** {@link #KEY} of the mention {@code var}, from its pseudonym or the person it points at. */
    public static String followedKey(String var) {
        return "CASE WHEN %1$s.%2$s THEN %1$s.subjectKey ELSE endNode(%1$s).id END".formatted(var, SUBJECT_KEY_DATED);
    }

    /** Distinct interceptions and crossing attempts the report involves the person in. */
    public static final String INTERCEPTIONS = "tallyInterceptions";

    /** Distinct interceptions, crossing attempts, rescues and arrests the report involves the person in. */
    public static final String STOPS = "tallyStops";

    /**
     * A bit set of the trafficking indicators the report could support for the person, bit {@code i} for the
     * {@code i}-th of {@link #INDICATORS}. Debt after failed crossings needs crossings and payments summed over the
     * migrant's reports, so its bit is set when this report records either.
     */
    public static final String INDICATOR_BITS = "tallyIndicators";

    /** Every tally property, for the views that show a fact's properties and must leave these out. */
    public static final List<String> PROPERTIES = List.of(KEY, INTERCEPTIONS, STOPS, INDICATOR_BITS);

    /** The trafficking indicators of {@code smuggled-with-trafficking-indicators}, in bit order. */
    public static final List<String> INDICATORS = List.of(
            "DEBT_BONDAGE",
            "DEBT_AFTER_FAILED_CROSSINGS",
            "WITHHELD_DOCUMENTS",
            "CONFINED_IN_SAFE_HOUSE",
            "KIDNAPPING_FOR_RANSOM",
            "EXPLOITATION",
            "OTHER_METHODS_OF_CONTROL",
            "ASSESSED_AS_VICTIM");

    /**
     * The properties of the composite index {@code rel_mentions_tally}, in its order: the tallies, then the mention's
     * audience, so that the patterns apply the visibility rule to the mentions they sum from the index alone.
     */
    public static final List<String> INDEXED = java.util.stream.Stream.concat(
                    PROPERTIES.stream(), java.util.stream.Stream.of("aud"))
            .toList();

    /** {@code rel_mentions_tally}'s properties as an index definition or hint: {@code (tallyKey, …, aud)}. */
    public static final String INDEX_PROPERTIES =
            INDEXED.stream().collect(java.util.stream.Collectors.joining(", ", "(", ")"));

    /** The predicate that makes a seek or scan of {@code var} use {@code rel_mentions_tally}: every property present. */
    public static String indexed(String var) {
        return INDEXED.stream()
                .map(p -> var + "." + p + " IS NOT NULL")
                .reduce((a, b) -> a + " AND " + b)
                .orElseThrow();
    }

    /** A hint that {@code var} is found through {@code rel_mentions_tally}. */
    public static String useIndex(String var) {
        return "USING INDEX " + var + ":MENTIONS" + INDEX_PROPERTIES;
    }

    /**
     * A hint that {@code var} is sought in {@code rel_mentions_tally} by its leading property, never found by scanning
     * the index: with a plain hint a plan may scan it and filter, depending on the statistics when it was made, and a
     * statement planned once keeps that plan as the index grows.
     */
    public static String seekIndex(String var) {
        return "USING INDEX SEEK " + var + ":MENTIONS" + INDEX_PROPERTIES;
    }

    /**
     * {@code CALL (rep, m, p) { … }}: sets the tallies of mention {@code m} of person {@code p} by report
     * {@code rep}, for a protected role, from the facts of {@code p} that {@code rep} asserts.
     */
    public static final String REFRESH = refresh(followedKey("m"));

    /**
     * {@link #REFRESH} with {@code key} as the expression of {@link #KEY}; migration 10 keeps the text it ran with, the
     * pseudonym whether dated or not.
     */
    public static String refresh(String key) {
        return """
            CALL (rep, m, p) {
              WITH rep, m, p WHERE m.role IN ['SMUGGLED_MIGRANT', 'VICTIM']
              OPTIONAL MATCH (p)-[x:INVOLVED_IN|PAID|EXPLOITED|HARBOURED]-(o) WHERE x.reportId = rep.id
              WITH rep, m, p, x, o, type(x) AS t, x IS NOT NULL AND startNode(x) = p AS outgoing
              WITH rep, m, x, o, t, outgoing, CASE WHEN t = 'INVOLVED_IN' THEN o.kind END AS kind
              WITH rep, m, coalesce(m.methodsOfControl, []) AS methods,
                count(DISTINCT CASE WHEN kind IN ['INTERCEPTION', 'CROSSING_ATTEMPT'] THEN o END) AS interceptions,
                count(DISTINCT CASE WHEN kind IN ['INTERCEPTION', 'CROSSING_ATTEMPT', 'RESCUE', 'ARREST'] THEN o END)
                  AS stops,
                count(CASE WHEN t = 'PAID' AND outgoing THEN x END) AS payments,
                any(k IN collect(kind) WHERE k = 'KIDNAPPING') AS kidnapped,
                any(e IN collect(CASE WHEN (t = 'EXPLOITED' AND NOT outgoing) OR kind = 'EXPLOITATION' THEN true END)
                  WHERE e) AS exploited,
                any(h IN collect(CASE
                  WHEN t = 'HARBOURED' AND NOT outgoing THEN true
                  // the place is reached from the incident, never looked up by kind: the writer's plan is made once,
                  // on a graph too small to tell the two apart
                  WHEN t = 'INVOLVED_IN' AND EXISTS { MATCH (o)-[:OCCURRED_AT]->(place) WHERE place.kind = 'SAFE_HOUSE' }
                    THEN true
                END) WHERE h) AND rep.type IN ['THB', 'MIXED'] AS confined
              SET m.tallyKey = %s,
                m.tallyInterceptions = interceptions,
                m.tallyStops = stops,
                m.tallyIndicators =
                  CASE WHEN 'DebtBondage' IN methods THEN 1 ELSE 0 END
                  + CASE WHEN interceptions > 0 OR payments > 0 THEN 2 ELSE 0 END
                  + CASE WHEN 'WithholdsDocuments' IN methods THEN 4 ELSE 0 END
                  + CASE WHEN confined THEN 8 ELSE 0 END
                  + CASE WHEN kidnapped THEN 16 ELSE 0 END
                  + CASE WHEN exploited THEN 32 ELSE 0 END
                  + CASE WHEN any(x IN methods WHERE NOT x IN ['DebtBondage', 'WithholdsDocuments']) THEN 64 ELSE 0 END
                  + CASE WHEN m.traffickingStatus IN ['PossibleVictimOfTrafficking', 'ActualVictimOfTrafficking']
                    THEN 128 ELSE 0 END
            }""".formatted(key);
    }

    /**
     * Refreshes the tallies of every protected mention of the reports whose ids are {@code $reportIds}: what the
     * writer's own tallies are checked against.
     */
    public static final String REFRESH_REPORTS = """
            UNWIND $reportIds AS reportId
            MATCH (rep:Report {id: reportId})-[m:MENTIONS]->(p:Person)
            """ + REFRESH;

    private MentionTally() {}
}
