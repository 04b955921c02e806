package org.borderlink.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.neo4j.driver.Driver;

/**
 * What the engine writes at best on this machine: reports of the benchmark's mean size (nodes plus relationships), each
 * relationship with the provenance Borderlink's carry ({@code reportId}, {@code agency}, {@code aud}, {@code
 * firstSeen}, {@code lastSeen}), written by the barest statement there is. One {@code UNWIND … CREATE} per batch: every
 * node is new but a crossing point (matched) and two phones per report (merged), nothing is read first, no version is
 * checked, no tally is kept, and no index but the unique ids. These are not the reports' facts (the ceiling writes
 * those); the figure says how much of the ceiling's time the engine's own write path takes, whatever the statements.
 *
 * <p>A report is an incident and a leg through a crossing point, and {@code p} persons each mentioned, involved in the
 * incident and travelling on the leg; two of them use a phone. Counting every phone a report names as a node, as the
 * ceiling counts selectors, that is {@code 10 + 4p} elements; {@code p} is chosen so the mean matches the benchmark's
 * reports.
 */
final class EngineReference {

    private static final int CROSSING_POINTS = 200;
    private static final int PHONES = 20_000;

    private static final String WRITE = """
            UNWIND $reports AS r
            CREATE (rep:Report {id: r.id, agency: r.agency, version: 1, aud: r.aud, type: 'SOM', reportedOn: r.day})
            CREATE (i:Incident {id: r.id + '#i', date: r.day, kind: 'INTERCEPTION'})
            CREATE (rep)-[:REPORTS {reportId: r.id, agency: r.agency, aud: r.aud, firstSeen: r.day, lastSeen: r.day}]->(i)
            CREATE (l:Leg {id: r.id + '#l', date: r.day, mode: 'CAR'})
            CREATE (rep)-[:DESCRIBES {reportId: r.id, agency: r.agency, aud: r.aud, firstSeen: r.day, lastSeen: r.day}]->(l)
            WITH r, rep, i, l
            MATCH (cp:Location {id: r.crossing})
            CREATE (l)-[:VIA {reportId: r.id, agency: r.agency, aud: r.aud, firstSeen: r.day, lastSeen: r.day}]->(cp)
            WITH r, rep, i, l
            UNWIND r.persons AS p
            CREATE (x:Person {id: p.id, name: p.name, folded: p.folded, nationality: p.nationality})
            CREATE (rep)-[:MENTIONS {reportId: r.id, agency: r.agency, aud: r.aud, firstSeen: r.day, lastSeen: r.day,
                role: p.role}]->(x)
            CREATE (x)-[:INVOLVED_IN {reportId: r.id, agency: r.agency, aud: r.aud, firstSeen: r.day, lastSeen: r.day,
                role: p.role}]->(i)
            CREATE (x)-[:ON_LEG {reportId: r.id, agency: r.agency, aud: r.aud, firstSeen: r.day, lastSeen: r.day}]->(l)
            WITH r, x, p WHERE p.phone IS NOT NULL
            MERGE (ph:Phone {id: p.phone})
            CREATE (x)-[:USES {reportId: r.id, agency: r.agency, aud: r.aud, firstSeen: r.day, lastSeen: r.day}]->(ph)
            """;

    record Result(double reportsPerSecond, double elementsPerSecond, int personsPerReport) {}

    private EngineReference() {}

    private static final int PHONE_USERS = 2;

    /** Persons per report for reports of {@code elementsPerReport} elements on average; at least the phones' users. */
    static int personsFor(double elementsPerReport) {
        return Math.max(PHONE_USERS, (int) Math.round((elementsPerReport - 10) / 4));
    }

    /** Writes {@code reports} such reports into an empty engine, {@code batch} per transaction, and times it. */
    static Result run(Driver driver, int reports, int batch, double elementsPerReport, long seed) {
        int persons = personsFor(elementsPerReport);
        try (var session = driver.session()) {
            for (String label : List.of("Report", "Incident", "Leg", "Person", "Location", "Phone")) {
                session.run("CREATE CONSTRAINT reference_" + label.toLowerCase() + "_id IF NOT EXISTS FOR (n:" + label
                                + ") REQUIRE n.id IS UNIQUE")
                        .consume();
            }
            session.run(
                            "UNWIND range(0, $n - 1) AS i CREATE (:Location {id: 'cp' + i, name: 'Crossing ' + i})",
                            Map.of("n", CROSSING_POINTS))
                    .consume();
        }
        // built before timing, as the ceiling's facts are
        Random random = new Random(seed);
        List<List<Map<String, Object>>> batches = new ArrayList<>();
        for (int first = 0; first < reports; first += batch) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int n = first; n < Math.min(reports, first + batch); n++) rows.add(report(n, persons, random));
            batches.add(rows);
        }
        long started = System.nanoTime();
        for (List<Map<String, Object>> rows : batches) {
            try (var session = driver.session()) {
                session.executeWriteWithoutResult(
                        tx -> tx.run(WRITE, Map.of("reports", rows)).consume());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(reports / seconds, (double) reports * (10 + 4 * persons) / seconds, persons);
    }

    private static Map<String, Object> report(int n, int persons, Random random) {
        String id = "REF-" + n;
        List<Map<String, Object>> people = new ArrayList<>();
        for (int j = 0; j < persons; j++) {
            Map<String, Object> p = new HashMap<>();
            p.put("id", id + "#p" + j);
            p.put("name", "Person " + random.nextInt(100_000));
            p.put("folded", "person");
            p.put("nationality", "SY");
            p.put("role", j == 0 ? "DRIVER" : "SMUGGLED_MIGRANT");
            p.put("phone", j < PHONE_USERS ? "+3816" + random.nextInt(PHONES) : null);
            people.add(p);
        }
        return Map.of(
                "id",
                id,
                "agency",
                "RS-MUP",
                "aud",
                List.of("agency:RS-MUP", "country:RS", "region:WB"),
                "day",
                LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700)),
                "crossing",
                "cp" + random.nextInt(CROSSING_POINTS),
                "persons",
                people);
    }
}
