package org.borderlink.graph.analysis.patterns;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.borderlink.graph.analysis.patterns.Pattern.Column;
import org.borderlink.graph.analysis.patterns.Pattern.Kind;
import org.borderlink.graph.model.MentionTally;
import org.borderlink.graph.model.MigrantBound;
import org.borderlink.graph.model.Role;
import org.borderlink.graph.sharing.Visibility;

/**
 * The Cypher patterns of the library, as data: name, question, parameters, columns and one reviewed statement each.
 *
 * <p>Statements are written with two macros, expanded once here: {@code VISIBLE(x)} is the visibility rule on
 * relationship {@code x} ({@link Visibility#relationship}), and {@code WINDOW(x)} keeps facts whose time meets the
 * {@code $since}–{@code $until} window. Every relationship a statement matches is named and passes {@code VISIBLE},
 * except those named {@code bound…}: they only pre-select candidates by raw counts, a degree or the mentions an index
 * holds (an upper bound of what the viewer sees, never shown or counted), which keeps scans over large labels cheap.
 * {@code PatternLibraryTest} checks both.
 *
 * <p>Identity across reports: a {@link Role#isProtected() protected} person (victim, smuggled migrant) is followed
 * through the keyed pseudonym ingest gives their mention when it includes a birth date known to the day
 * ({@link MentionTally#KEY}); anyone else, and a protected person without one, through their {@code Person} node, which
 * person resolution shares across reports.
 */
public final class PatternLibrary {

    /**
     * A pattern and the statement that finds it.
     *
     * @param reference for a statement that evaluates only candidates chosen by a bound, the statement that evaluates
     *     every candidate: the same answer, slower; tests hold the two to it. Otherwise the statement itself.
     */
    public record CypherPattern(Pattern pattern, String cypher, String reference) {
        public CypherPattern(Pattern pattern, String cypher) {
            this(pattern, cypher, cypher);
        }

        public String name() {
            return pattern.name();
        }
    }

    /** The macros, compiled before any pattern is expanded. */
    private static final java.util.regex.Pattern VISIBLE = java.util.regex.Pattern.compile("VISIBLE\\((\\w+)\\)");

    private static final java.util.regex.Pattern WINDOW = java.util.regex.Pattern.compile("WINDOW\\((\\w+)\\)");

    static final PatternParameter SINCE = PatternParameter.date("since", "Leave out facts that end before this day.");
    static final PatternParameter UNTIL = PatternParameter.date("until", "Leave out facts that start after this day.");
    public static final PatternParameter LIMIT =
            PatternParameter.integer("limit", 100, 1, 1000, "Most rows returned, in the order given.");

    private static final List<String> FACILITATOR_ROLES = Arrays.stream(Role.values())
            .filter(Role::isFacilitator)
            .map(Enum::name)
            .toList();

    private static final Column REPORTS = new Column("reports", Kind.REPORTS, "Reports whose facts the row shows.");

    private static final CypherPattern FACILITATORS = new CypherPattern(
            new Pattern(
                    "facilitators-across-cases",
                    "Facilitators across cases and countries",
                    "Which facilitators appear in two or more cases across two or more countries?",
                    "Persons whom visible reports name in a facilitator role (organiser, recruiter, driver, guide, "
                            + "harbourer, money handler, forger, exploiter) in at least minCases reports, from "
                            + "agencies of at least minCountries countries. Needs resolved persons: one Person node "
                            + "mentioned by several reports.",
                    List.of(
                            PatternParameter.integer("minCases", 2, 1, 100, "Fewest distinct reports."),
                            PatternParameter.integer(
                                    "minCountries", 2, 1, 30, "Fewest distinct countries of reporting agencies."),
                            PatternParameter.values(
                                    "roles", FACILITATOR_ROLES, FACILITATOR_ROLES, "Roles that count as facilitating."),
                            SINCE,
                            UNTIL,
                            LIMIT),
                    List.of(
                            new Column("person", Kind.ENTITY, "The person."),
                            new Column("names", Kind.VALUE, "Latin names the mentions give."),
                            new Column("roles", Kind.VALUE, "Roles the mentions give."),
                            new Column("cases", Kind.VALUE, "Number of reports."),
                            new Column("countries", Kind.VALUE, "Countries of the reporting agencies."),
                            REPORTS)),
            """
            // persons are found from the mentions in the chosen roles (index rel_mentions_role), not from every person
            MATCH ()-[boundRole:MENTIONS]->(p:Person)
            USING INDEX boundRole:MENTIONS(role)
            WHERE boundRole.role IN $roles AND COUNT { (p)<-[bound:MENTIONS]-() } >= $minCases
            WITH DISTINCT p
            MATCH (rep:Report)-[m:MENTIONS]->(p)
            WHERE VISIBLE(m) AND m.role IN $roles AND WINDOW(m)
            WITH p, collect(DISTINCT rep.id) AS reports, collect(DISTINCT rep.country) AS countries,
              collect(DISTINCT m.role) AS roles, collect(DISTINCT m.nameLatin) AS names
            WHERE size(reports) >= $minCases AND size(countries) >= $minCountries
            RETURN p.id AS person, names, roles, size(reports) AS cases, countries, reports
            ORDER BY cases DESC, size(countries) DESC, person
            LIMIT $limit
            """);

    private static final List<String> SELECTOR_KINDS =
            List.of("PHONE", "IMEI", "VEHICLE", "DOCUMENT", "ACCOUNT", "ONLINE_ACCOUNT", "SAFE_HOUSE");

    private static final CypherPattern RECURRING_SELECTORS = new CypherPattern(
            new Pattern(
                    "recurring-selectors",
                    "Recurring selectors",
                    "Which phones, IMEIs, plates, hawala brokers, wallets, handles, safe houses or documents recur "
                            + "across cases within a time window?",
                    "Selectors named by at least minCases visible reports whose facts fall in the window: phones, "
                            + "vehicles, documents, accounts and online accounts through USES; IMEIs across the phone "
                            + "numbers that carried them (only phones every fact of which the viewer may see, since a "
                            + "phone's IMEI may come from any report naming it); safe houses through the incidents and "
                            + "journeys placed there.",
                    List.of(
                            PatternParameter.values("kinds", SELECTOR_KINDS, SELECTOR_KINDS, "Kinds of selector."),
                            PatternParameter.integer("minCases", 2, 2, 100, "Fewest distinct reports."),
                            SINCE,
                            UNTIL,
                            LIMIT),
                    List.of(
                            new Column("kind", Kind.VALUE, "Kind of selector."),
                            new Column("selector", Kind.VALUE, "The selector's id, or the IMEI."),
                            new Column("cases", Kind.VALUE, "Number of reports."),
                            new Column("entities", Kind.ENTITIES, "The selector node(s) and the persons using it."),
                            new Column("agencies", Kind.VALUE, "Agencies whose reports name it."),
                            new Column("firstSeen", Kind.VALUE, "First day of the facts."),
                            new Column("lastSeen", Kind.VALUE, "Last day of the facts."),
                            REPORTS)),
            """
            CALL () {
              // A selector's raw degree bounds its cases. Counted for the selectors of highest degree, the cases give a threshold
              // that as many rows reach as the answer can hold: a selector of lower degree cannot be among them.
              CALL () {
                MATCH (s:Phone|Vehicle|Document|Account|OnlineAccount)
                WITH s, COUNT { (s)<-[bound:USES]-() } AS degree
                WHERE degree >= $minCases
                WITH s, degree, CASE WHEN s:Phone THEN 'PHONE' WHEN s:Vehicle THEN 'VEHICLE' WHEN s:Document THEN 'DOCUMENT'
                  WHEN s:Account THEN 'ACCOUNT' ELSE 'ONLINE_ACCOUNT' END AS kind
                WHERE kind IN $kinds
                ORDER BY degree DESC
                LIMIT 10 * $limit
                MATCH (:Person)-[u:USES]->(s) WHERE VISIBLE(u) AND WINDOW(u)
                WITH s, count(DISTINCT u.reportId) AS cases WHERE cases >= $minCases
                ORDER BY cases DESC
                WITH collect(cases) AS best
                RETURN CASE WHEN size(best) >= $limit THEN best[$limit - 1] ELSE $minCases END AS threshold
              }
              MATCH (s:Phone|Vehicle|Document|Account|OnlineAccount)
              WHERE COUNT { (s)<-[bound:USES]-() } >= threshold
              WITH s, CASE WHEN s:Phone THEN 'PHONE' WHEN s:Vehicle THEN 'VEHICLE' WHEN s:Document THEN 'DOCUMENT'
                WHEN s:Account THEN 'ACCOUNT' ELSE 'ONLINE_ACCOUNT' END AS kind
              WHERE kind IN $kinds
              CALL (s) {
                MATCH (:Person)-[u:USES]->(s) WHERE VISIBLE(u) AND WINDOW(u)
                RETURN collect(DISTINCT u.reportId) AS reports
              }
              WITH kind, s, reports WHERE size(reports) >= $minCases
              ORDER BY size(reports) DESC, kind, s.id
              LIMIT $limit
              CALL (s) {
                MATCH (p:Person)-[u:USES]->(s) WHERE VISIBLE(u) AND WINDOW(u)
                RETURN collect(DISTINCT p.id) AS persons, collect(DISTINCT u.agency) AS agencies, min(u.firstSeen) AS firstSeen,
                  max(u.lastSeen) AS lastSeen
              }
              RETURN kind, s.id AS selector, [s.id] + persons AS entities, agencies, reports, firstSeen, lastSeen
              UNION ALL
              MATCH (s:Phone) WHERE 'IMEI' IN $kinds AND s.imei IS NOT NULL
                AND NOT EXISTS { MATCH (s)-[hidden]-() WHERE NOT VISIBLE(hidden) }
              MATCH (p:Person)-[u:USES]->(s) WHERE VISIBLE(u) AND WINDOW(u)
              WITH s.imei AS imei, collect(DISTINCT s.id) AS phones, collect(DISTINCT u.reportId) AS reports,
                collect(DISTINCT p.id) AS persons, collect(DISTINCT u.agency) AS agencies,
                min(u.firstSeen) AS firstSeen, max(u.lastSeen) AS lastSeen
              WHERE size(reports) >= $minCases
              RETURN 'IMEI' AS kind, imei AS selector, phones + persons AS entities, agencies, reports, firstSeen,
                lastSeen
              UNION ALL
              MATCH (l:Location {kind: 'SAFE_HOUSE'}) WHERE 'SAFE_HOUSE' IN $kinds
                AND (l.verified OR NOT EXISTS { MATCH (l)-[hidden]-() WHERE NOT VISIBLE(hidden) })
              MATCH ()-[u:OCCURRED_AT|FROM|TO|VIA]->(l) WHERE VISIBLE(u) AND WINDOW(u)
              WITH l, collect(DISTINCT u.reportId) AS reports, collect(DISTINCT u.agency) AS agencies,
                min(u.firstSeen) AS firstSeen, max(u.lastSeen) AS lastSeen
              WHERE size(reports) >= $minCases
              RETURN 'SAFE_HOUSE' AS kind, l.id AS selector, [l.id] AS entities, agencies, reports, firstSeen, lastSeen
            }
            RETURN kind, selector, size(reports) AS cases, entities, agencies, firstSeen, lastSeen, reports
            ORDER BY cases DESC, kind, selector
            LIMIT $limit
            """);

    private static final CypherPattern SHARED_DOCUMENTS = new CypherPattern(
            new Pattern(
                    "shared-documents",
                    "Documents used by several identities",
                    "Which documents are used by several identities?",
                    "Documents that visible reports tie (USES) to at least minIdentities distinct identities: "
                            + "distinct transliterated names, or distinct keyed pseudonyms for protected persons. The "
                            + "same person under two spellings counts twice; the names column shows them.",
                    List.of(
                            PatternParameter.integer("minIdentities", 2, 2, 100, "Fewest distinct identities."),
                            SINCE,
                            UNTIL,
                            LIMIT),
                    List.of(
                            new Column("document", Kind.ENTITY, "The document."),
                            new Column("type", Kind.VALUE, "Document type."),
                            new Column("issuer", Kind.VALUE, "Issuing country."),
                            new Column(
                                    "status",
                                    Kind.VALUE,
                                    "GENUINE, FORGED, IMPOSTOR or STOLEN_BLANK, when every "
                                            + "fact about the document is visible to you."),
                            new Column("identities", Kind.VALUE, "Number of distinct identities."),
                            new Column("names", Kind.VALUE, "Names or pseudonymous labels the mentions give."),
                            new Column("persons", Kind.ENTITIES, "Persons using it."),
                            new Column("agencies", Kind.VALUE, "Agencies whose reports name it."),
                            REPORTS)),
            """
            MATCH (d:Document) WHERE COUNT { (d)<-[bound:USES]-() } >= $minIdentities
            MATCH (p:Person)-[u:USES]->(d) WHERE VISIBLE(u) AND WINDOW(u)
            CALL (p) {
              MATCH (:Report)-[m:MENTIONS]->(p) WHERE VISIBLE(m)
              RETURN coalesce(m.subjectKey, m.nameFolded, p.id) AS identity,
                coalesce(m.nameLatin, toLower(replace(m.role, '_', ' ')) + ' ' + m.localRef) AS name
            }
            WITH d, collect(DISTINCT identity) AS identities, collect(DISTINCT name) AS names,
              collect(DISTINCT p.id) AS persons, collect(DISTINCT u.reportId) AS reports,
              collect(DISTINCT u.agency) AS agencies
            WHERE size(identities) >= $minIdentities
            RETURN d.id AS document, d.type AS type, d.issuer AS issuer,
              CASE WHEN NOT EXISTS { MATCH (d)-[hidden]-() WHERE NOT VISIBLE(hidden) } THEN d.status END AS status,
              size(identities) AS identities, names, persons, agencies, reports
            ORDER BY identities DESC, size(reports) DESC, document
            LIMIT $limit
            """);

    private static final CypherPattern VEHICLES_AND_DRIVERS = new CypherPattern(
            new Pattern(
                    "vehicles-drivers-multi-country",
                    "Vehicles and drivers seen in several countries",
                    "Which drivers or vehicles are seen in several countries?",
                    "Vehicles that visible reports from agencies of at least minCountries countries name (as used, or "
                            + "on a journey), with the persons using them; and persons named as driver or transporter "
                            + "by reports from at least minCountries countries (needs resolved persons).",
                    List.of(
                            PatternParameter.integer("minCountries", 2, 2, 30, "Fewest distinct reporting countries."),
                            SINCE,
                            UNTIL,
                            LIMIT),
                    List.of(
                            new Column("kind", Kind.VALUE, "VEHICLE or DRIVER."),
                            new Column("entity", Kind.ENTITY, "The vehicle or person."),
                            new Column("countries", Kind.VALUE, "Countries of the reporting agencies."),
                            new Column(
                                    "linked", Kind.ENTITIES, "Persons using the vehicle, or vehicles the driver uses."),
                            REPORTS)),
            """
            CALL () {
              MATCH (v:Vehicle) WHERE COUNT { (v)-[bound]-() } >= $minCountries
              MATCH (v)-[x:USES|ON_LEG]-() WHERE VISIBLE(x) AND WINDOW(x)
              WITH v, collect(DISTINCT left(x.agency, 2)) AS countries, collect(DISTINCT x.reportId) AS reports
              WHERE size(countries) >= $minCountries
              RETURN 'VEHICLE' AS kind, v.id AS entity, countries, reports,
                COLLECT { MATCH (d:Person)-[du:USES]->(v) WHERE VISIBLE(du) RETURN DISTINCT d.id } AS linked
              UNION ALL
              // drivers are found from the mentions in that role (index rel_mentions_role), not from every person
              MATCH ()-[boundDriver:MENTIONS]->(p:Person)
              USING INDEX boundDriver:MENTIONS(role)
              WHERE boundDriver.role IN ['DRIVER', 'TRANSPORTER'] AND COUNT { (p)<-[bound:MENTIONS]-() } >= $minCountries
              WITH DISTINCT p
              MATCH (rep:Report)-[m:MENTIONS]->(p)
              WHERE VISIBLE(m) AND WINDOW(m) AND m.role IN ['DRIVER', 'TRANSPORTER']
              WITH p, collect(DISTINCT rep.country) AS countries, collect(DISTINCT rep.id) AS reports
              WHERE size(countries) >= $minCountries
              RETURN 'DRIVER' AS kind, p.id AS entity, countries, reports,
                COLLECT { MATCH (p)-[pu:USES]->(veh:Vehicle) WHERE VISIBLE(pu) RETURN DISTINCT veh.id } AS linked
            }
            RETURN kind, entity, countries, linked, reports
            ORDER BY size(countries) DESC, size(reports) DESC, kind, entity
            LIMIT $limit
            """);

    private static final List<String> PLACE_KINDS =
            List.of("SAFE_HOUSE", "HOTSPOT", "BORDER_CROSSING", "CITY", "PORT", "OTHER", "UNVERIFIED");

    private static final CypherPattern SOM_THB_OVERLAP = new CypherPattern(
            new Pattern(
                    "som-thb-overlap",
                    "Smuggling and trafficking cases that share people, selectors or places",
                    "Which SOM and THB cases share people, selectors or places?",
                    "Persons (resolved across reports), selectors and places of the chosen kinds that visible facts "
                            + "of at least one smuggling (SOM) report and at least one trafficking (THB or MIXED) "
                            + "report both name. Places default to safe houses: sharing a busy crossing point says "
                            + "little.",
                    List.of(
                            PatternParameter.values(
                                    "placeKinds", List.of("SAFE_HOUSE"), PLACE_KINDS, "Kinds of place that count."),
                            SINCE,
                            UNTIL,
                            LIMIT),
                    List.of(
                            new Column("via", Kind.VALUE, "PERSON, SELECTOR or PLACE."),
                            new Column("entity", Kind.ENTITY, "What the cases share."),
                            new Column("somReports", Kind.VALUE, "Smuggling reports naming it."),
                            new Column("thbReports", Kind.VALUE, "Trafficking or mixed reports naming it."),
                            REPORTS)),
            """
            CALL () {
              MATCH (thb:Report) WHERE thb.type IN ['THB', 'MIXED']
              MATCH (thb)-[tm:MENTIONS]->(p:Person)
              WHERE VISIBLE(tm) AND WINDOW(tm) AND COUNT { (p)<-[bound:MENTIONS]-() } >= 2
              WITH DISTINCT p
              MATCH (rep:Report)-[m:MENTIONS]->(p) WHERE VISIBLE(m) AND WINDOW(m)
              RETURN 'PERSON' AS via, p.id AS entity, rep.id AS report, rep.type AS type
              UNION ALL
              MATCH (thb:Report) WHERE thb.type IN ['THB', 'MIXED']
              CALL (thb) {
                // a report's selectors hang from the persons it mentions (FactsOfReport): walked, not looked up by id
                MATCH (thb)-[boundMention:MENTIONS]->(:Person)-[tu:USES]->(s)
                WHERE tu.reportId = thb.id AND VISIBLE(tu) AND WINDOW(tu)
                RETURN s
              }
              WITH DISTINCT s WHERE COUNT { (s)<-[bound:USES]-() } >= 2
              MATCH (:Person)-[u:USES]->(s) WHERE VISIBLE(u) AND WINDOW(u)
              WITH s, collect(DISTINCT u.reportId) AS ids WHERE size(ids) >= 2
              UNWIND ids AS id
              MATCH (rep:Report {id: id})
              RETURN 'SELECTOR' AS via, s.id AS entity, rep.id AS report, rep.type AS type
              UNION ALL
              MATCH (l:Location) WHERE l.kind IN $placeKinds
                AND (l.verified OR NOT EXISTS { MATCH (l)-[hidden]-() WHERE NOT VISIBLE(hidden) })
              MATCH ()-[at:OCCURRED_AT|FROM|TO|VIA]->(l) WHERE VISIBLE(at) AND WINDOW(at)
              MATCH (rep:Report {id: at.reportId})
              RETURN 'PLACE' AS via, l.id AS entity, rep.id AS report, rep.type AS type
            }
            WITH via, entity, collect(DISTINCT CASE WHEN type = 'SOM' THEN report END) AS somReports,
              collect(DISTINCT CASE WHEN type IN ['THB', 'MIXED'] THEN report END) AS thbReports
            WHERE size(somReports) > 0 AND size(thbReports) > 0
            RETURN via, entity, somReports, thbReports, somReports + thbReports AS reports
            ORDER BY size(somReports) + size(thbReports) DESC, via, entity
            LIMIT $limit
            """);

    private static final List<String> INDICATORS = MentionTally.INDICATORS;

    /** How many times the limit of identities the first read of the bounds ranks. */
    private static final int READ = 20;

    /** The tallied mentions as {@code rel_mentions_tally} holds them: every tally present. */
    private static final String TALLIED = MentionTally.indexed("boundMention");

    /**
     * The visible-or-not mentions of one identity ({@code identity}: a {@link MentionTally#KEY}) as {@code rep},
     * {@code m}, {@code p}, found through {@code rel_mentions_tally}. The caller applies the visibility rule to {@code m}.
     */
    private static final String MENTIONS_OF_IDENTITY = """
            MATCH (rep:Report)-[m:MENTIONS]->(p:Person) WHERE m.tallyKey = identity AND %1$s
            """.formatted(MentionTally.indexed("m"));

    /**
     * Every identity with a tallied mention, unbounded: the reference statements evaluate them all, and the bounded
     * statements must answer alike ({@code GeneratedDataIT} holds them to it).
     */
    private static final String EVERY_IDENTITY = """
            CALL () {
              MATCH ()-[boundMention:MENTIONS]->() WHERE %1$s
              RETURN DISTINCT boundMention.tallyKey + '' AS identity
            }
            """.formatted(TALLIED);

    /**
     * A migrant's indicators over the visible facts, as one row, or none below {@code $minIndicators}. The facts are
     * those each visible migrant mention's report asserts about its person, as {@link MentionTally} counts them.
     */
    private static final String MIGRANT_INDICATORS = MENTIONS_OF_IDENTITY + """
            WITH identity, rep, m, p WHERE m.role IN ['SMUGGLED_MIGRANT', 'VICTIM'] AND VISIBLE(m) AND WINDOW(m)
            WITH identity, coll.sort(collect(DISTINCT p.id)) AS persons, coll.sort(collect(DISTINCT rep.id)) AS reports,
              collect(DISTINCT {person: p, report: rep.id, trafficking: rep.type IN ['THB', 'MIXED']}) AS sources,
              collect(m.methodsOfControl) AS methodLists, collect(DISTINCT m.traffickingStatus) AS statuses,
              max(CASE WHEN m.role = 'SMUGGLED_MIGRANT' OR rep.type IN ['SOM', 'MIXED'] THEN 1 ELSE 0 END) AS smuggled
            WHERE smuggled = 1
            WITH identity, persons, reports, sources, statuses,
              coll.sort(reduce(acc = [], l IN methodLists | acc + [x IN coalesce(l, []) WHERE NOT x IN acc])) AS methods
            CALL (sources) {
              // one pass over each person's facts gathers every signal: a pass per signal would read them five times
              UNWIND sources AS source
              WITH source.person AS p, source.report AS reportId, source.trafficking AS trafficking
              OPTIONAL MATCH (p)-[x:INVOLVED_IN|PAID|EXPLOITED|HARBOURED]-(o) WHERE x.reportId = reportId AND VISIBLE(x)
              WITH p, x, o, trafficking, type(x) AS t, x IS NOT NULL AND startNode(x) = p AS outgoing
              WITH p, x, o, trafficking, t, outgoing, CASE WHEN t = 'INVOLVED_IN' THEN o.kind END AS kind
              RETURN
                count(DISTINCT CASE WHEN kind IN ['INTERCEPTION', 'CROSSING_ATTEMPT'] THEN o END) AS failed,
                count(CASE WHEN t = 'PAID' AND outgoing THEN x END) AS payments,
                any(k IN collect(kind) WHERE k = 'KIDNAPPING') AS kidnapped,
                any(e IN collect(CASE WHEN (t = 'EXPLOITED' AND NOT outgoing) OR kind = 'EXPLOITATION' THEN true END)
                  WHERE e) AS exploited,
                // only a trafficking case's safe house counts: the case is known before the place is looked up
                any(h IN collect(CASE
                  WHEN NOT trafficking THEN null
                  WHEN t = 'HARBOURED' AND NOT outgoing THEN true
                  WHEN t = 'INVOLVED_IN'
                    AND EXISTS { MATCH (o)-[at:OCCURRED_AT]->(place) WHERE place.kind = 'SAFE_HOUSE' AND VISIBLE(at) }
                    THEN true
                END) WHERE h) AS confined
            }
            WITH identity, persons, reports, methods, failed, payments, [x IN [
                CASE WHEN 'DebtBondage' IN methods THEN 'DEBT_BONDAGE' END,
                CASE WHEN failed >= $minFailedCrossings AND payments >= 2 THEN 'DEBT_AFTER_FAILED_CROSSINGS' END,
                CASE WHEN 'WithholdsDocuments' IN methods THEN 'WITHHELD_DOCUMENTS' END,
                CASE WHEN confined THEN 'CONFINED_IN_SAFE_HOUSE' END,
                CASE WHEN kidnapped THEN 'KIDNAPPING_FOR_RANSOM' END,
                CASE WHEN exploited THEN 'EXPLOITATION' END,
                CASE WHEN any(x IN methods WHERE NOT x IN ['DebtBondage', 'WithholdsDocuments'])
                  THEN 'OTHER_METHODS_OF_CONTROL' END,
                CASE WHEN any(s IN statuses WHERE s IN ['PossibleVictimOfTrafficking', 'ActualVictimOfTrafficking'])
                  THEN 'ASSESSED_AS_VICTIM' END
              ] WHERE x IS NOT NULL] AS indicators
            WHERE size(indicators) >= $minIndicators
            """;

    /** A row of the answer, from the variables of {@link #MIGRANT_INDICATORS}. */
    private static final String MIGRANT_INDICATORS_ROW = """
            {identity: identity, persons: persons, indicators: indicators, methodsOfControl: methods,
              failedCrossings: failed, payments: payments, reports: reports}""";

    private static final Answer MIGRANT_INDICATORS_ANSWER = new Answer(
            """
            RETURN row.persons AS persons, row.indicators AS indicators, row.methodsOfControl AS methodsOfControl,
              row.failedCrossings AS failedCrossings, row.payments AS payments, row.reports AS reports""",
            "size(row.indicators) DESC, size(row.reports) DESC, row.identity",
            "[-size(row.indicators), -size(row.reports), row.identity]");

    /**
     * An identity's bound from its tallied mentions: {@code cases}, its mentions (at least its reports), and
     * {@code found}, the indicators whose bit one of them sets (at least the indicators it shows).
     */
    private static final String INDICATOR_BOUND = "count(*) AS cases, " + indicatorsTallied("tallied") + " AS found";

    /**
     * How many indicators the tallies of the mentions {@code var} aggregates over set (the union of their bits). Debt
     * after failed crossings counts only when their interceptions add up to {@code $minFailedCrossings}: the failed
     * crossings the viewer can find are at most that sum.
     */
    private static String indicatorsTallied(String var) {
        int debt = INDICATORS.indexOf("DEBT_AFTER_FAILED_CROSSINGS");
        return java.util.stream.IntStream.range(0, INDICATORS.size())
                .mapToObj(bit -> {
                    String set = "max(" + var + ".tallyIndicators / " + (1 << bit) + " % 2)";
                    return bit != debt
                            ? set
                            : "CASE WHEN sum(" + var + ".tallyInterceptions) >= $minFailedCrossings THEN " + set
                                    + " ELSE 0 END";
                })
                .collect(java.util.stream.Collectors.joining(" + "));
    }

    /** The bound's columns: the aggregates as they are. */
    private static final String INDICATOR_BOUND_COLUMNS = "cases, found";

    /**
     * Rows are ordered by indicators, then reports, then identity. The tallies of the mentions the viewer may see,
     * summed per identity, bound the first two ({@link #INDICATOR_BOUND}); the identity is exact. Identities are read
     * in the order of their bound over all their mentions ({@link MigrantBound#INDICATORS}, then
     * {@link MigrantBound#MENTIONS}), which bounds both for every viewer.
     */
    private static final String MIGRANT_INDICATORS_BY_BOUND = byBound(
            new BoundRead(
                    """
                    MATCH (b:MigrantBound) USING INDEX b:MigrantBound(indicators, mentions, key)
                    WHERE b.indicators >= $minIndicators AND b.mentions IS NOT NULL AND b.key IS NOT NULL
                    RETURN b ORDER BY b.indicators DESC, b.mentions DESC, b.key DESC
                    LIMIT %d * $limit""".formatted(READ),
                    """
                    MATCH (b:MigrantBound) USING INDEX b:MigrantBound(indicators, mentions, key)
                    WHERE b.indicators >= -bar[0] AND b.mentions IS NOT NULL AND b.key IS NOT NULL
                    RETURN b""",
                    "%1$s.indicators AS found, %1$s.mentions AS cases",
                    "[%1$s.indicators, %1$s.mentions, %1$s.key]"),
            INDICATOR_BOUND,
            INDICATOR_BOUND_COLUMNS,
            List.of("cases", "found"),
            "found DESC, cases DESC, identity",
            MIGRANT_INDICATORS + "WITH " + MIGRANT_INDICATORS_ROW + " AS row",
            "found >= $minIndicators",
            "-found < bar[0] OR (-found = bar[0] AND (-cases < bar[1] OR (-cases = bar[1] AND identity <= bar[2])))",
            MIGRANT_INDICATORS_ANSWER);

    /**
     * How a migrant pattern reads identities ({@code b}: their {@link MigrantBound}) in the order of their bound over
     * all their mentions, which is at least their bound over the mentions any viewer may see.
     *
     * @param first the first {@link #READ} times {@code $limit} identities of highest bound, in order
     * @param reaching every identity whose bound's first column is at least the {@code bar}'s (negated) first element
     * @param columns the bound's columns from a {@code MigrantBound} ({@code %1$s})
     * @param position where a {@code MigrantBound} ({@code %1$s}) comes in the order read, as a list that sorts the
     *     other way
     */
    private record BoundRead(String first, String reaching, String columns, String position) {}

    /**
     * A statement that evaluates only the identities whose bound can reach the answer. The answer is ordered by its
     * sort key, whose last element is the identity: ties are broken by a value the index holds, so an identity whose
     * bound only ties the bar is evaluated only when its key could win the tie.
     *
     * <p>The first {@link #READ} times {@code $limit} identities in the order of their bound over all their mentions
     * ({@link MigrantBound}) are read, and their bound over the mentions the viewer may see is summed from
     * {@code rel_mentions_tally}; the {@code $limit} of highest visible bound are evaluated first. The sort key of the
     * last of their rows ({@code bar}) is met by the answer's last row, so only identities whose bounds reach it are
     * evaluated after: those read whose visible bound reaches it, and, when the bound over all mentions of the last one
     * read still reaches it, every identity not read whose bound over all mentions, then over the visible ones, does
     * (read from the bounds' index from the bar on). With fewer rows than the limit there is no bar, and every identity whose
     * visible bound meets the parameters is evaluated, summed over the whole of {@code rel_mentions_tally}.
     *
     * @param read how identities are read in the order of their bound over all mentions
     * @param bound aggregates of the visible tallied mentions of one identity ({@code tallied})
     * @param columns the bound's columns, from those aggregates
     * @param names the names of those columns
     * @param order the order of the columns (and {@code identity}) that ranks the best possible rows first
     * @param evaluate one identity's evaluation on the visible facts, as {@code row}, or no row
     * @param meets whether the bound's columns meet the parameters' minimum, when there is no bar
     * @param reaches whether the bound's columns and {@code identity} could make a sort key no greater than {@code bar}
     * @param answer the rows returned, from {@code row}, in order
     */
    private static String byBound(
            BoundRead read,
            String bound,
            String columns,
            List<String> names,
            String order,
            String evaluate,
            String meets,
            String reaches,
            Answer answer) {
        String asMap = names.stream().map(n -> n + ": " + n).collect(java.util.stream.Collectors.joining(", "));
        String canReach = "(CASE WHEN bar IS NULL THEN %s ELSE %s END)".formatted(meets, reaches);
        // canReach over an entry r of the reserve: its columns and identity are r's fields
        String reserveCanReaches = java.util.regex.Pattern.compile(
                        "(?<![$.\\w])(" + String.join("|", names) + "|identity)(?!\\w)")
                .matcher(canReach)
                .replaceAll("r.$1");
        String visibleBound = """
                CALL (b) {
                  MATCH ()-[tallied:MENTIONS]->() %s
                  WHERE tallied.tallyKey = b.key AND %s AND VISIBLE(tallied)
                  RETURN count(*) AS seen, %s
                }
                WITH * WHERE seen > 0
                // "+ ''": see boundOfIdentities
                WITH *, b.key + '' AS identity""".formatted(MentionTally.useIndex("tallied"), MentionTally.indexed("tallied"), bound);
        // Lists of many entries are never carried beside rows that are sorted, grouped or multiplied: the engine
        // counts such a list against the transaction's memory once for every row that carries it.
        return """
                // how many identities the first read finds, and the last of them
                CALL () {
                  CALL () {
                %1$s
                  }
                  RETURN count(b) AS readCount, last(collect(b)) AS lowest
                }
                // the same identities again, ranked by their bound over the mentions the viewer may see
                CALL () {
                  CALL () {
                %1$s
                  }
                %11$s
                  WITH identity, %4$s
                  ORDER BY %5$s
                  RETURN collect({identity: identity, %7$s}) AS ranked
                }
                WITH readCount, lowest, [r IN ranked[0..$limit] | r.identity] AS evaluated, ranked[$limit..] AS reserve
                CALL (evaluated) {
                  UNWIND evaluated AS identity
                %2$s
                  RETURN collect(row) AS rows
                }
                WITH readCount, lowest, evaluated, reserve, rows, coll.sort([row IN rows | %8$s]) AS keys
                WITH readCount, lowest, evaluated, reserve, rows,
                  CASE WHEN size(keys) >= $limit THEN keys[$limit - 1] END AS bar
                // the bound over all mentions of the last identity read, with the least identity: when it still reaches
                // the bar, so may identities not read
                WITH evaluated, reserve, rows, bar, lowest, readCount = %10$d * $limit AS more, '' AS identity,
                  %9$s
                WITH evaluated, reserve, rows, bar, lowest, more AND %6$s AS again
                // branches chosen by WHEN: a guard in a WHERE would be applied to the rows of the reads below it
                CALL (evaluated, reserve, bar, lowest, again) {
                  WHEN again AND bar IS NULL THEN {
                %13$s
                    WITH identity, %4$s
                    WHERE %6$s AND NOT identity IN evaluated
                    RETURN collect(identity) AS candidates
                  }
                  ELSE {
                    CALL (bar, lowest, again) {
                      CALL (bar, lowest, again) {
                        WHEN again THEN {
                          CALL (bar) {
                %14$s
                          }
                          // those not read; the bound over all mentions first: it is stored, the visible one is summed
                          WITH * WHERE %16$s < %17$s
                          CALL (b, bar) {
                            WITH bar, b.key AS identity, %15$s
                            WITH * WHERE %6$s
                            RETURN true AS possible
                          }
                %11$s
                          WITH bar, identity, %4$s
                          WHERE %6$s
                          RETURN identity
                        }
                      }
                      RETURN collect(identity) AS notRead
                    }
                    // the identities read, whose visible bounds are known, then those not read
                    RETURN [r IN reserve WHERE %12$s | r.identity] + notRead AS candidates
                  }
                }
                CALL (candidates) {
                  UNWIND candidates AS identity
                %2$s
                  RETURN collect(row) AS later
                }
                // sorted as one list: sorting the rows themselves would count the lists above against memory once
                // for every row that carries them
                UNWIND coll.sort([row IN rows + later | %8$s + [row]])[0..$limit] AS ranked
                WITH last(ranked) AS row
                %3$s""".formatted(
                        read.first().indent(4).stripTrailing(),
                        evaluate,
                        answer.columns(),
                        columns,
                        order,
                        canReach,
                        asMap,
                        answer.sortKey(),
                        read.columns().formatted("lowest"),
                        READ,
                        visibleBound.indent(2).stripTrailing(),
                        reserveCanReaches,
                        boundOfIdentities(bound).indent(2).stripTrailing(),
                        read.reaching().indent(12).stripTrailing(),
                        read.columns().formatted("b"),
                        read.position().formatted("b"),
                        read.position().formatted("lowest"));
    }

    /**
     * The rows a migrant pattern returns from its {@code row} maps, and their order: as {@code ORDER BY} columns, and as
     * a key that sorts the same with {@code coll.sort} (ascending, so a descending count is negated).
     */
    private record Answer(String columns, String order, String sortKey) {
        String ordered() {
            return columns + "\nORDER BY " + order + "\nLIMIT $limit\n";
        }
    }

    /**
     * The visible tallied mentions of every identity, summed by {@code aggregates} from {@code rel_mentions_tally} alone
     * (the index holds each mention's audience too), as rows of {@code identity} and the aggregates.
     */
    private static String boundOfIdentities(String aggregates) {
        return """
                  MATCH ()-[tallied:MENTIONS]->() %1$s
                  WHERE %2$s AND VISIBLE(tallied)
                  // grouped by the bare key, read in the index's order; "+ ''": as a bare property the key would be
                  // carried into the seeks below, where the planner of Neo4j 2026.08 (with assertions on, as in the
                  // tests) finds it read uncached and refuses the statement
                  WITH tallied.tallyKey AS boundKey, %3$s
                  WITH *, boundKey + '' AS identity""".formatted(MentionTally.useIndex("tallied"), MentionTally.indexed("tallied"), aggregates);
    }

    private static final CypherPattern TRAFFICKING_INDICATORS = new CypherPattern(
            new Pattern(
                    "smuggled-with-trafficking-indicators",
                    "Smuggled migrants showing trafficking indicators",
                    "Which smuggled migrants show trafficking indicators (ILO indicators, HTCDS methods of control: "
                            + "debt, withheld documents, confinement, kidnapping for ransom)?",
                    "Migrants (mentioned as smuggled migrant, or as victim in a smuggling or mixed case), followed "
                            + "across reports by their keyed pseudonym when it includes a full birth date "
                            + "(otherwise by their resolved person), with at least minIndicators of the following, "
                            + "from what each report naming them as migrant or victim says about them: DEBT_BONDAGE "
                            + "(HTCDS DebtBondage); DEBT_AFTER_FAILED_CROSSINGS (at least minFailedCrossings "
                            + "interceptions or crossing attempts and two or more payments); WITHHELD_DOCUMENTS "
                            + "(WithholdsDocuments); CONFINED_IN_SAFE_HOUSE (harboured, or caught up in an incident at "
                            + "a safe house, in a THB or MIXED case); KIDNAPPING_FOR_RANSOM (a kidnapping incident); "
                            + "EXPLOITATION (exploited by someone, or an exploitation incident); "
                            + "OTHER_METHODS_OF_CONTROL (any other HTCDS method of control); ASSESSED_AS_VICTIM "
                            + "(trafficking status possible or actual).",
                    List.of(
                            PatternParameter.integer("minIndicators", 1, 1, INDICATORS.size(), "Fewest indicators."),
                            PatternParameter.integer(
                                    "minFailedCrossings", 2, 1, 50, "Failed crossings that make debt a signal."),
                            SINCE,
                            UNTIL,
                            LIMIT),
                    List.of(
                            new Column("persons", Kind.ENTITIES, "The person nodes of the migrant's mentions."),
                            new Column("indicators", Kind.VALUE, "Indicators found: " + INDICATORS + "."),
                            new Column("methodsOfControl", Kind.VALUE, "HTCDS methods of control recorded."),
                            new Column("failedCrossings", Kind.VALUE, "Interceptions and crossing attempts."),
                            new Column("payments", Kind.VALUE, "Payments the migrant made."),
                            REPORTS)),
            MIGRANT_INDICATORS_BY_BOUND,
            EVERY_IDENTITY + MIGRANT_INDICATORS + "WITH " + MIGRANT_INDICATORS_ROW + " AS row\n"
                    + MIGRANT_INDICATORS_ANSWER.ordered());

    /**
     * The incidents of the chosen kinds in which an identity's visible mentions' reports place its persons, as one row,
     * or none below {@code $minIncidents}.
     */
    private static final String MIGRANT_INCIDENTS = MENTIONS_OF_IDENTITY + """
            // a mention whose report involves its person in no such incident has nothing to add
            WITH identity, rep, m, p WHERE m.tallyStops > 0 AND m.role IN ['SMUGGLED_MIGRANT', 'VICTIM'] AND VISIBLE(m)
            MATCH (p)-[inv:INVOLVED_IN]->(i:Incident)
            WHERE inv.reportId = rep.id AND i.kind IN $kinds AND VISIBLE(inv) AND WINDOW(inv)
            WITH identity, count(DISTINCT i) AS times, coll.sort(collect(DISTINCT i.id)) AS incidents,
              coll.sort(collect(DISTINCT p.id)) AS persons, min(inv.firstSeen) AS firstSeen, max(inv.lastSeen) AS lastSeen,
              coll.sort(collect(DISTINCT rep.id)) AS reports, coll.sort(collect(DISTINCT rep.country)) AS countries,
              coll.sort(collect(DISTINCT m.nationality)) AS nationalities, coll.sort(collect(DISTINCT m.ageBand)) AS ageBands
            WHERE times >= $minIncidents
            """;

    /** A row of the answer, from the variables of {@link #MIGRANT_INCIDENTS}. */
    private static final String MIGRANT_INCIDENTS_ROW = """
            {identity: identity, persons: persons, incidents: incidents, times: times, countries: countries,
              nationalities: nationalities, ageBands: ageBands, firstSeen: firstSeen, lastSeen: lastSeen,
              reports: reports}""";

    private static final Answer MIGRANT_INCIDENTS_ANSWER =
            new Answer("""
            RETURN row.persons AS persons, row.incidents AS incidents, row.times AS times, row.countries AS countries,
              row.nationalities AS nationalities, row.ageBands AS ageBands, row.firstSeen AS firstSeen,
              row.lastSeen AS lastSeen, row.reports AS reports""", "row.times DESC, row.identity", "[-row.times, row.identity]");

    /** An identity's bound from its tallied mentions: the incidents of the chosen kinds they count. */
    private static final String INCIDENT_BOUND =
            "sum(tallied.tallyInterceptions) AS interceptions, sum(tallied.tallyStops) AS stops";

    /** Whether the incidents counted are interceptions and crossing attempts only: their bound is the lower. */
    private static final String INTERCEPTIONS_ONLY = "all(k IN $kinds WHERE k IN ['INTERCEPTION', 'CROSSING_ATTEMPT'])";

    private static final String INCIDENT_BOUND_COLUMNS =
            "CASE WHEN " + INTERCEPTIONS_ONLY + " THEN interceptions ELSE stops END AS bound";

    /** As {@link #MIGRANT_INDICATORS_BY_BOUND}, with one number: incidents. */
    private static final String MIGRANT_INCIDENTS_BY_BOUND = byBound(
            new BoundRead(
                    """
                    WHEN %1$s THEN {
                      MATCH (b:MigrantBound) USING INDEX b:MigrantBound(interceptions, key)
                      WHERE b.interceptions >= $minIncidents AND b.key IS NOT NULL
                      RETURN b ORDER BY b.interceptions DESC, b.key DESC
                      LIMIT %2$d * $limit
                    }
                    ELSE {
                      MATCH (b:MigrantBound) USING INDEX b:MigrantBound(stops, key)
                      WHERE b.stops >= $minIncidents AND b.key IS NOT NULL
                      RETURN b ORDER BY b.stops DESC, b.key DESC
                      LIMIT %2$d * $limit
                    }""".formatted(INTERCEPTIONS_ONLY, READ),
                    """
                    WHEN %1$s THEN {
                      MATCH (b:MigrantBound) USING INDEX b:MigrantBound(interceptions, key)
                      WHERE b.interceptions >= -bar[0] AND b.key IS NOT NULL
                      RETURN b
                    }
                    ELSE {
                      MATCH (b:MigrantBound) USING INDEX b:MigrantBound(stops, key)
                      WHERE b.stops >= -bar[0] AND b.key IS NOT NULL
                      RETURN b
                    }""".formatted(INTERCEPTIONS_ONLY),
                    "CASE WHEN " + INTERCEPTIONS_ONLY + " THEN %1$s.interceptions ELSE %1$s.stops END AS bound",
                    "[CASE WHEN " + INTERCEPTIONS_ONLY + " THEN %1$s.interceptions ELSE %1$s.stops END, %1$s.key]"),
            INCIDENT_BOUND,
            INCIDENT_BOUND_COLUMNS,
            List.of("bound"),
            "bound DESC, identity",
            MIGRANT_INCIDENTS + "WITH " + MIGRANT_INCIDENTS_ROW + " AS row",
            "bound >= $minIncidents",
            "-bound < bar[0] OR (-bound = bar[0] AND identity <= bar[1])",
            MIGRANT_INCIDENTS_ANSWER);

    private static final CypherPattern REPEAT_INTERCEPTIONS = new CypherPattern(
            new Pattern(
                    "repeat-interceptions",
                    "Migrants intercepted again and again",
                    "Which migrants are intercepted again and again (a vulnerability signal)?",
                    "Migrants and victims, followed across reports by their keyed pseudonym when it includes a birth "
                            + "date (otherwise by their resolved person), whom the visible reports "
                            + "naming them as migrant or victim place in at least minIncidents incidents of the chosen "
                            + "kinds.",
                    List.of(
                            PatternParameter.values(
                                    "kinds",
                                    List.of("INTERCEPTION", "CROSSING_ATTEMPT"),
                                    List.of("INTERCEPTION", "CROSSING_ATTEMPT", "RESCUE", "ARREST"),
                                    "Incident kinds that count."),
                            PatternParameter.integer("minIncidents", 2, 2, 100, "Fewest incidents."),
                            SINCE,
                            UNTIL,
                            LIMIT),
                    List.of(
                            new Column("persons", Kind.ENTITIES, "The person nodes of the migrant's mentions."),
                            new Column("incidents", Kind.ENTITIES, "The incidents."),
                            new Column("times", Kind.VALUE, "Number of incidents."),
                            new Column("countries", Kind.VALUE, "Countries of the reporting agencies."),
                            new Column("nationalities", Kind.VALUE, "Nationalities the mentions give."),
                            new Column("ageBands", Kind.VALUE, "Age bands the mentions give."),
                            new Column("firstSeen", Kind.VALUE, "First incident day."),
                            new Column("lastSeen", Kind.VALUE, "Last incident day."),
                            REPORTS)),
            MIGRANT_INCIDENTS_BY_BOUND,
            EVERY_IDENTITY + MIGRANT_INCIDENTS + "WITH " + MIGRANT_INCIDENTS_ROW + " AS row\n"
                    + MIGRANT_INCIDENTS_ANSWER.ordered());

    private static final CypherPattern MINORS_AND_ADULTS = new CypherPattern(
            new Pattern(
                    "minors-linked-to-adult",
                    "Minors repeatedly linked to the same adult",
                    "Which unaccompanied minors are repeatedly linked to the same adult?",
                    "Minors, followed across reports by their keyed pseudonym when it includes a full birth date "
                            + "(otherwise by their resolved person), whom at least minReports visible "
                            + "reports link to the same adult (a person not mentioned as minor, migrant, victim or "
                            + "witness): directly (transported, harboured, exploited, recruited, paid, contacted, "
                            + "associated) or travelling on the same journey leg. Needs the adult resolved across "
                            + "reports.",
                    List.of(
                            PatternParameter.integer("minReports", 2, 2, 100, "Fewest distinct reports."),
                            SINCE,
                            UNTIL,
                            LIMIT),
                    List.of(
                            new Column("minors", Kind.ENTITIES, "The person nodes of the minor's mentions."),
                            new Column("adult", Kind.ENTITY, "The adult."),
                            new Column("links", Kind.VALUE, "How they are linked."),
                            new Column("times", Kind.VALUE, "Number of reports linking them."),
                            REPORTS)),
            """
            MATCH (rep:Report)-[mm:MENTIONS]->(minor:Person) WHERE mm.minor = true AND VISIBLE(mm) AND WINDOW(mm)
            WITH coalesce(mm.tallyKey, minor.id) AS child, minor
            // A report asserts facts only about persons it mentions, so an adult whom fewer than minReports reports
            // mention cannot be linked by that many: the raw count drops almost every pair before its facts are read.
            CALL (minor) {
              MATCH (minor)-[x:TRANSPORTED|HARBOURED|EXPLOITED|RECRUITED|PAID|CONTACTED|ASSOCIATE_OF]-(adult:Person)
              WHERE COUNT { (adult)<-[bound:MENTIONS]-() } >= $minReports AND VISIBLE(x)
              RETURN adult, x.reportId AS report, type(x) AS how
              UNION
              MATCH (minor)-[o1:ON_LEG]->(leg:Leg) WHERE VISIBLE(o1)
              MATCH (leg)<-[o2:ON_LEG]-(adult:Person)
              WHERE o2 <> o1 AND COUNT { (adult)<-[boundTravel:MENTIONS]-() } >= $minReports AND VISIBLE(o2)
              RETURN adult, o1.reportId AS report, 'TRAVELLED_WITH' AS how
            }
            WITH child, adult, collect(DISTINCT report) AS reports, collect(DISTINCT minor.id) AS minors,
              collect(DISTINCT how) AS links
            // whether the other person is an adult is asked only of the pairs that recur
            WHERE CASE WHEN size(reports) >= $minReports
              THEN EXISTS { MATCH (:Report)-[am:MENTIONS]->(adult) WHERE VISIBLE(am) AND NOT coalesce(am.minor, false)
                AND NOT am.role IN ['SMUGGLED_MIGRANT', 'VICTIM', 'WITNESS'] }
              ELSE false END
            RETURN minors, adult.id AS adult, links, size(reports) AS times, reports
            ORDER BY times DESC, adult, minors[0]
            LIMIT $limit
            """);

    private static final CypherPattern MONEY_CHAINS = new CypherPattern(
            new Pattern(
                    "money-chains",
                    "Money chains through hawaladars",
                    "How does money move (payer → hawaladar → recipient)?",
                    "Payments (PAID) to a money handler (mentioned as MONEY_HANDLER, or using a HAWALA account) and "
                            + "where the money goes on: a recorded onward payment (link PAID), or, when none is "
                            + "recorded, the organiser, recruiter or exploiter the handler is in contact or associated "
                            + "with (link CONTACTED or ASSOCIATE_OF: the likely recipient).",
                    List.of(
                            PatternParameter.integer("minAmount", 0, 0, 100_000_000, "Smallest first payment."),
                            SINCE,
                            UNTIL,
                            LIMIT),
                    List.of(
                            new Column("payer", Kind.ENTITY, "Who paid."),
                            new Column("hawaladar", Kind.ENTITY, "The money handler."),
                            new Column("recipient", Kind.ENTITY, "Where the money goes on."),
                            new Column("link", Kind.VALUE, "PAID (recorded), or CONTACTED / ASSOCIATE_OF (inferred)."),
                            new Column("amount", Kind.VALUE, "First payment."),
                            new Column("currency", Kind.VALUE, "Its currency."),
                            new Column("paidOn", Kind.VALUE, "Its date."),
                            new Column("onwardAmount", Kind.VALUE, "Onward payment, when recorded."),
                            new Column("onwardCurrency", Kind.VALUE, "Its currency."),
                            REPORTS)),
            """
            MATCH (payer:Person)-[p1:PAID]->(h:Person)
            WHERE VISIBLE(p1) AND WINDOW(p1) AND coalesce(p1.amount, 0) >= $minAmount
              AND (EXISTS { MATCH (:Report)-[hm:MENTIONS]->(h) WHERE VISIBLE(hm) AND hm.role = 'MONEY_HANDLER' }
                OR EXISTS { MATCH (h)-[hu:USES]->(acc:Account) WHERE VISIBLE(hu) AND acc.kind = 'HAWALA' })
            CALL (h, payer) {
              MATCH (h)-[p2:PAID]->(recipient:Person) WHERE VISIBLE(p2) AND recipient <> payer
              RETURN recipient, p2 AS onward, 'PAID' AS link
              UNION
              MATCH (h)-[p2:CONTACTED|ASSOCIATE_OF]-(recipient:Person) WHERE VISIBLE(p2) AND recipient <> payer
                AND NOT EXISTS { MATCH (h)-[paid:PAID]->(:Person) WHERE VISIBLE(paid) }
                AND EXISTS { MATCH (:Report)-[rm:MENTIONS]->(recipient)
                  WHERE VISIBLE(rm) AND rm.role IN ['ORGANISER', 'RECRUITER', 'EXPLOITER'] }
              RETURN recipient, p2 AS onward, type(p2) AS link
            }
            RETURN payer.id AS payer, h.id AS hawaladar, recipient.id AS recipient, link, p1.amount AS amount,
              p1.currency AS currency, coalesce(p1.date, p1.firstSeen) AS paidOn,
              CASE WHEN link = 'PAID' THEN onward.amount END AS onwardAmount,
              CASE WHEN link = 'PAID' THEN onward.currency END AS onwardCurrency,
              [x IN [p1.reportId, onward.reportId] WHERE x IS NOT NULL] AS reports
            ORDER BY paidOn DESC, payer, hawaladar, recipient
            LIMIT $limit
            """);

    private static final CypherPattern OUTCOME_FUNNEL = new CypherPattern(
            new Pattern(
                    "outcome-funnel",
                    "Case outcome funnel per network",
                    "How far did each network's cases get: arrests → charges → convictions?",
                    "Per criminal network (an organisation named in visible reports, grouped by its transliterated "
                            + "name until organisations are resolved across reports): the cases naming it, the members "
                            + "those reports name, and how many of them visible mentions record as arrested, charged "
                            + "(charge or indictment), indicted, convicted (conviction or sentence) and acquitted.",
                    List.of(SINCE, UNTIL, LIMIT),
                    List.of(
                            new Column("network", Kind.VALUE, "The network's name (lower case)."),
                            new Column("organisations", Kind.ENTITIES, "Organisation nodes under that name."),
                            new Column("cases", Kind.VALUE, "Reports naming it."),
                            new Column("suspects", Kind.VALUE, "Members named."),
                            new Column("arrested", Kind.VALUE, "Members arrested."),
                            new Column("charged", Kind.VALUE, "Members charged or indicted."),
                            new Column("indicted", Kind.VALUE, "Members indicted."),
                            new Column("convicted", Kind.VALUE, "Members convicted or sentenced."),
                            new Column("acquitted", Kind.VALUE, "Members acquitted."),
                            REPORTS)),
            """
            MATCH (rep:Report)-[mo:MENTIONS]->(o:Organisation) WHERE VISIBLE(mo) AND WINDOW(mo)
            OPTIONAL MATCH (p:Person)-[mem:MEMBER_OF]->(o) WHERE VISIBLE(mem)
            WITH toLower(coalesce(o.nameLatin, o.name, o.id)) AS network, o, rep, p,
              reduce(acc = [], l IN COLLECT { MATCH (:Report)-[pm:MENTIONS]->(p) WHERE VISIBLE(pm)
                RETURN coalesce(pm.outcomes, []) } | acc + l) AS outcomes
            WITH network, collect(DISTINCT o.id) AS organisations, collect(DISTINCT rep.id) AS reports,
              collect(DISTINCT p.id) AS members,
              collect(DISTINCT CASE WHEN 'ARREST' IN outcomes THEN p.id END) AS arrested,
              collect(DISTINCT CASE WHEN 'CHARGE' IN outcomes OR 'INDICTMENT' IN outcomes THEN p.id END) AS charged,
              collect(DISTINCT CASE WHEN 'INDICTMENT' IN outcomes THEN p.id END) AS indicted,
              collect(DISTINCT CASE WHEN 'CONVICTION' IN outcomes OR 'SENTENCE' IN outcomes THEN p.id END) AS convicted,
              collect(DISTINCT CASE WHEN 'ACQUITTAL' IN outcomes THEN p.id END) AS acquitted
            RETURN network, organisations, size(reports) AS cases, size(members) AS suspects,
              size(arrested) AS arrested, size(charged) AS charged, size(indicted) AS indicted,
              size(convicted) AS convicted, size(acquitted) AS acquitted, reports
            ORDER BY cases DESC, suspects DESC, network
            LIMIT $limit
            """);

    private static final List<CypherPattern> ALL = Stream.of(
                    FACILITATORS,
                    RECURRING_SELECTORS,
                    SHARED_DOCUMENTS,
                    VEHICLES_AND_DRIVERS,
                    SOM_THB_OVERLAP,
                    TRAFFICKING_INDICATORS,
                    REPEAT_INTERCEPTIONS,
                    MINORS_AND_ADULTS,
                    MONEY_CHAINS,
                    OUTCOME_FUNNEL)
            .map(p -> new CypherPattern(p.pattern(), expand(p.cypher()), expand(p.reference())))
            .toList();

    private PatternLibrary() {}

    public static List<CypherPattern> all() {
        return ALL;
    }

    public static Optional<CypherPattern> find(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Expands {@code VISIBLE(x)} and {@code WINDOW(x)}. */
    static String expand(String template) {
        Matcher v = VISIBLE.matcher(template);
        String out = v.replaceAll(m -> Matcher.quoteReplacement("(" + Visibility.relationship(m.group(1)) + ")"));
        Matcher w = WINDOW.matcher(out);
        return w.replaceAll(m -> Matcher.quoteReplacement(
                "(" + m.group(1) + ".lastSeen >= $since AND " + m.group(1) + ".firstSeen <= $until)"));
    }
}
