package org.borderlink.ingest.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.borderlink.ingest.facts.FactBuilder;
import org.borderlink.ingest.facts.Pseudonymiser;
import org.borderlink.ingest.facts.ReportFacts;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.report.ReportReader;
import org.borderlink.ingest.synthetic.WesternBalkansGenerator;

/**
 * Small canonical reports for resolution and search tests, written as the region's agencies write them: one
 * incident, a few persons, their selectors, a narrative, a marking.
 */
public final class CaseReports {

    public static final Pseudonymiser PSEUDONYMS =
            new Pseudonymiser("resolution-test-secret-0123456789".getBytes(StandardCharsets.UTF_8));

    private CaseReports() {}

    /**
     * A report as one JSON line.
     *
     * @param marking e.g. {@code {"tlp":"GREEN","handling":"H0"}}
     * @param narrative the narrative text; blank for a report without one
     * @param persons JSON objects of the persons, each with {@code "incidents":[{"ref":"i1"}]} added
     * @param selectors the {@code selectors} object, e.g. {@code {"phones":[…]}}
     */
    public static String report(
            String agency, String reference, String marking, String narrative, String selectors, String... persons) {
        List<String> people = new ArrayList<>();
        for (String p : persons) people.add(p.substring(0, p.lastIndexOf('}')) + ",\"incidents\":[{\"ref\":\"i1\"}]}");
        return """
                {"schemaVersion":"1","agency":"%s","country":"%s","reference":"%s","version":1,
                 "reportedOn":"17.03.2024.","type":"SOM","marking":%s,"grading":"B2",%s
                 "incidents":[{"ref":"i1","kind":"INTERCEPTION","date":"17.03.2024.","place":{"id":"RS-HR-SID"}}],
                 "persons":[%s],
                 "selectors":%s}
                """.formatted(
                        agency,
                        agency.substring(0, 2),
                        reference,
                        marking,
                        narrative.isBlank()
                                ? ""
                                : "\"narrative\":{\"text\":\"" + narrative + "\",\"language\":\"sr\"},",
                        String.join(",", people),
                        selectors)
                .replace("\n", " ");
    }

    /** The same report with a higher version (the JSON of {@link #report} with {@code "version":1}). */
    public static String version(String report, int version) {
        return report.replace("\"version\":1", "\"version\":" + version);
    }

    /** The facts of each report, in order; fails the test if one is refused. */
    public static List<ReportFacts> facts(String... reports) {
        FactBuilder builder = FactBuilder.standard(PSEUDONYMS);
        List<ReportFacts> out = new ArrayList<>();
        try (Stream<ReadResult> read = read(reports)) {
            read.forEach(r -> {
                assertThat(r).as("%s", r).isInstanceOf(ReadResult.Parsed.class);
                ReadResult.Parsed parsed = (ReadResult.Parsed) r;
                FactBuilder.Result result = builder.build(parsed.index(), parsed.report());
                assertThat(result).as("%s", result).isInstanceOf(FactBuilder.Result.Built.class);
                out.add(((FactBuilder.Result.Built) result).facts());
            });
        }
        return out;
    }

    /** The reports as the pipeline reads them. */
    public static Stream<ReadResult> read(String... reports) {
        String ndjson = String.join("\n", reports);
        return new ReportReader()
                .read(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), "test.ndjson");
    }

    /** {@code reports} generated reports ({@link WesternBalkansGenerator}, seed {@code seed}) as read, in order. */
    public static Stream<ReadResult> generated(int reports, long seed) {
        AtomicInteger line = new AtomicInteger();
        return WesternBalkansGenerator.stream(reports, seed)
                .map(g -> new ReadResult.Parsed(line.get(), "generated", line.incrementAndGet(), g.report()));
    }
}
