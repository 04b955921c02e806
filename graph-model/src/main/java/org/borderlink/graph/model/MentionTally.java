package org.borderlink.graph.model;

import java.util.List;

/**
 * Raw tallies that ingest writes on the {@code MENTIONS} of a smuggled migrant or victim: what the mentioning report
 * alone asserts about that person, counted without regard to who may see it. Patterns read them only as an upper
 * bound, to choose which migrants to evaluate on the visible facts; they are never shown or counted in an answer.
 *
 * <p>They are report-local: every fact about a person is asserted by a report that mentions the person, so the
 * tallies of all mentions of a person bound what all reports say about that person. A version that replaces a report
 * rewrites its mentions with fresh tallies, and merging or splitting persons moves mentions with their properties, so
 * nothing has to follow them up. A mention without tallies (written before they existed, or of another role) bounds
 * nothing: a pattern treats it as unbounded.
 */
public final class MentionTally {

    /** Roles whose mentions carry tallies: the migrants the repeat and trafficking-indicator patterns follow. */
    public static final List<Role> ROLES = List.of(Role.SMUGGLED_MIGRANT, Role.VICTIM);

    /**
     * The kinds of the distinct incidents the report involves the person in, one entry per incident, sorted (a list
     * of strings, possibly empty). Its presence marks a mention that carries tallies.
     */
    public static final String INCIDENTS = "tallyIncidents";

    /** Payments the report records the person making ({@code PAID} from the person): a whole number. */
    public static final String PAYMENTS = "tallyPayments";

    /**
     * Trafficking indicators the report's facts about the person could support, whatever the viewer sees of them,
     * sorted: {@link #KIDNAPPING_FOR_RANSOM}, {@link #EXPLOITATION}, {@link #CONFINED_IN_SAFE_HOUSE}.
     */
    public static final String INDICATORS = "tallyIndicators";

    /** Involved in a kidnapping incident. */
    public static final String KIDNAPPING_FOR_RANSOM = "KIDNAPPING_FOR_RANSOM";

    /** Exploited by someone, or involved in an exploitation incident. */
    public static final String EXPLOITATION = "EXPLOITATION";

    /**
     * In a trafficking or mixed case: harboured by someone, or involved in an incident at a place the report calls a
     * safe house or at an unverified place (whose kind the first report to name it decided, maybe a safe house).
     */
    public static final String CONFINED_IN_SAFE_HOUSE = "CONFINED_IN_SAFE_HOUSE";

    /** Every tally property, for the views that show a fact's properties and must leave these out. */
    public static final List<String> PROPERTIES = List.of(INCIDENTS, PAYMENTS, INDICATORS);

    private MentionTally() {}
}
