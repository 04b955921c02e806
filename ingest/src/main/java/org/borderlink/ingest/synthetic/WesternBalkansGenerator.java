package org.borderlink.ingest.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.borderlink.ingest.report.ReportJson;
import tools.jackson.databind.ObjectWriter;

/**
 * A seeded generator of synthetic Western Balkans case reports with ground truth.
 *
 * <p>It simulates about one smuggling network per 25 reports, each along one of the corridors of the domain
 * notes (central, Drina, coastal, coastal–Kosovo, eastern) with an organiser, recruiters, drivers, guides, a
 * hawaladar, harbourers with safe houses and sometimes a forger and a trafficking side; freelance hawaladars,
 * forgers and taxi drivers serve several networks. Each report is one incident as one agency of the region
 * (or Croatia, Hungary) records it, in its language, script and formats; the same people, phones, vehicles,
 * documents, accounts, handles and safe houses recur across reports and borders under different spellings.
 * About 5% of reports are followed, a little later in the sequence, by a version 2 of the same
 * {@code agency:reference} with corrected content.
 *
 * <p>The same {@code (reports, seed)} always gives byte-identical output. Reports are drawn one at a time
 * from their own random streams and migrants are derived on demand, so streaming 100,000 reports needs
 * little memory.
 */
public final class WesternBalkansGenerator {

    /** Share of first versions that get a correction later in the sequence. */
    static final double CORRECTION_SHARE = 0.05;

    /** The reports file {@link #writeTo} writes: one JSON report per line. */
    public static final String REPORTS_FILE = "reports.ndjson";
    /** The ground truth of every person mention: {@code report,version,ref,person,role}. */
    public static final String GROUND_TRUTH_FILE = "ground-truth.csv";
    /** Every true person mentioned: {@code person,name,nationality,gender}. */
    public static final String PERSONS_FILE = "persons.csv";

    private WesternBalkansGenerator() {}

    /** Generates {@code reports} reports and keeps them in memory with their ground truth. */
    public static Generated generate(int reports, long seed) {
        List<GeneratedReport> all = new ArrayList<>(reports);
        try (Stream<GeneratedReport> stream = stream(reports, seed)) {
            stream.forEach(all::add);
        }
        return new Generated(all.stream().map(GeneratedReport::report).toList(), GroundTruth.of(all));
    }

    /**
     * The reports one by one, lazily, each with the truth of its mentions; version 2 corrections come some
     * positions after the report they correct and count towards {@code reports}.
     */
    public static Stream<GeneratedReport> stream(int reports, long seed) {
        if (reports < 0) throw new IllegalArgumentException("reports must be 0 or more, was " + reports);
        Iterator<GeneratedReport> iterator = new Sequence(new CaseWriter(new World(reports, seed)), reports, seed);
        return StreamSupport.stream(
                Spliterators.spliterator(
                        iterator, reports, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.SIZED),
                false);
    }

    /**
     * Writes {@value #REPORTS_FILE} (one report per line, via {@link ReportJson#mapper()}), {@value
     * #GROUND_TRUTH_FILE} and {@value #PERSONS_FILE} into {@code dir}, creating it if needed.
     *
     * @throws UncheckedIOException if a file cannot be written
     */
    public static void writeTo(Path dir, int reports, long seed) {
        ObjectWriter json = ReportJson.mapper().writer();
        Map<String, TruePerson> persons = new TreeMap<>();
        try {
            Files.createDirectories(dir);
            try (OutputStream out = Files.newOutputStream(dir.resolve(REPORTS_FILE));
                    BufferedWriter truth =
                            Files.newBufferedWriter(dir.resolve(GROUND_TRUTH_FILE), StandardCharsets.UTF_8);
                    Stream<GeneratedReport> stream = stream(reports, seed)) {
                truth.write("report,version,ref,person,role\n");
                var buffered = new java.io.BufferedOutputStream(out, 1 << 16);
                for (Iterator<GeneratedReport> it = stream.iterator(); it.hasNext(); ) {
                    GeneratedReport r = it.next();
                    buffered.write(json.writeValueAsBytes(r.report()));
                    buffered.write('\n');
                    for (TrueMention m : r.mentions()) {
                        truth.write(csv(m.key().report()) + "," + m.key().version() + ","
                                + csv(m.key().ref()) + "," + csv(m.person().id()) + "," + m.role() + "\n");
                        persons.putIfAbsent(m.person().id(), m.person());
                    }
                }
                buffered.flush();
            }
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(PERSONS_FILE), StandardCharsets.UTF_8)) {
                out.write("person,name,nationality,gender\n");
                for (TruePerson p : persons.values()) {
                    out.write(csv(p.id()) + "," + csv(p.name()) + "," + p.nationality() + "," + p.gender() + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated reports to " + dir, e);
        }
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break. */
    static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** The order of the output: fresh reports, with each correction slotted in a few positions after its report. */
    private static final class Sequence implements Iterator<GeneratedReport> {

        private record Pending(long due, long report) {}

        private final CaseWriter writer;
        private final int total;
        private final long seed;
        private final PriorityQueue<Pending> pending = new PriorityQueue<>(
                (a, b) -> a.due() != b.due() ? Long.compare(a.due(), b.due()) : Long.compare(a.report(), b.report()));
        private int position;
        private long fresh;

        Sequence(CaseWriter writer, int total, long seed) {
            this.writer = writer;
            this.total = total;
            this.seed = seed;
        }

        @Override
        public boolean hasNext() {
            return position < total;
        }

        @Override
        public GeneratedReport next() {
            if (!hasNext()) throw new NoSuchElementException();
            int at = position++;
            Pending due = pending.peek();
            if (due != null && due.due() <= at) {
                pending.poll();
                return writer.write(due.report(), 2);
            }
            long index = fresh++;
            Rng rng = Rng.of(seed, 9, index);
            if (rng.chance(CORRECTION_SHARE)) pending.add(new Pending(at + rng.between(3, 60), index));
            return writer.write(index, 1);
        }
    }
}
