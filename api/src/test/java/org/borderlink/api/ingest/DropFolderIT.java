package org.borderlink.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.borderlink.api.testing.BorderlinkIntegrationTest;
import org.borderlink.ingest.ftm.FtmReader;
import org.borderlink.ingest.htcds.HtcdsReader;
import org.borderlink.ingest.pipeline.IngestPipeline;
import org.borderlink.ingest.report.ReportReader;
import org.borderlink.ingest.tabular.Mappings;
import org.borderlink.ingest.tabular.TabularReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The drop folder against the running application's pipeline and readers: files are read once they have settled,
 * with the mapping their name or sidecar names, and moved to done/ or refused/ with their outcome; a file still being
 * written is left alone; a file read again after a crash changes nothing.
 */
@BorderlinkIntegrationTest
class DropFolderIT {

    static final Path SAMPLES = Path.of("..", "docs", "ingest", "samples");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    IngestPipeline pipeline;

    @Autowired
    ReportReader reports;

    @Autowired
    Mappings mappings;

    @Autowired
    TabularReader tabular;

    @Autowired
    HtcdsReader htcds;

    @Autowired
    FtmReader ftm;

    @Autowired
    Driver driver;

    @TempDir
    Path dir;

    private DropFolder folder;

    @BeforeEach
    void folder() {
        // Settle time zero: a file is read at the first look that finds it as it was at the look before. The test
        // looks itself (scan) instead of starting the timer, so that no look happens behind its back.
        folder = new DropFolder(
                new DropFolder.Settings(dir, Duration.ofHours(1), Duration.ZERO),
                pipeline,
                new DropFolder.Readers(reports, mappings, tabular, htcds, ftm),
                Clock.systemUTC());
    }

    private static byte[] sample(String name) {
        try {
            return Files.readAllBytes(SAMPLES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode outcome(String folderName, String file) throws IOException {
        return JSON.readTree(Files.readString(dir.resolve(folderName).resolve(file + ".outcome.json")));
    }

    private List<String> names(String folderName) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve(folderName))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private long graphSize() {
        try (var session = driver.session()) {
            var r = session.run("CALL () { MATCH (n) RETURN count(n) AS n } CALL () { MATCH ()-[r]->() RETURN count(r)"
                            + " AS r } RETURN n, r")
                    .single();
            return r.get("n").asLong() * 1_000_000 + r.get("r").asLong();
        }
    }

    @Test
    void anExportNamedAfterItsMappingIsIngestedAndMovedToDone() throws IOException {
        String name = "rs-mup--krijumcarenje-2024-03.csv";
        Files.write(dir.resolve(name), sample("rs-mup-krijumcarenje-2024-03.csv"));

        assertThat(folder.scan()).as("first look: not yet known to be complete").isEmpty();
        assertThat(folder.scan()).extracting(p -> p.getFileName().toString()).containsExactly(name);

        assertThat(Files.exists(dir.resolve(name))).isFalse();
        assertThat(names("done")).containsExactly(name, name + ".outcome.json");
        JsonNode outcome = outcome("done", name);
        assertThat(outcome.get("format").asString()).isEqualTo("tabular");
        assertThat(outcome.get("mapping").asString()).isEqualTo("rs-mup");
        assertThat(outcome.get("stored").asInt() + outcome.get("unchanged").asInt())
                .isEqualTo(3);
        assertThat(outcome.get("refused").asInt()).isZero();
    }

    @Test
    void aFileStillBeingWrittenIsNotReadHalfWay() throws IOException {
        String name = "ba-gp--presretanja.csv";
        byte[] whole = sample("ba-gp-presretanja-2024-04.csv");
        Path file = dir.resolve(name);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        Files.write(dir.resolve("mk-mvr--copying.csv.part"), sample("mk-mvr-nastani-2024-03.csv"));

        assertThat(folder.scan()).isEmpty();
        Files.write(file, Arrays.copyOfRange(whole, whole.length / 2, whole.length), StandardOpenOption.APPEND);
        assertThat(folder.scan()).as("it grew since the last look").isEmpty();
        assertThat(folder.scan()).extracting(p -> p.getFileName().toString()).containsExactly(name);
        assertThat(folder.scan()).isEmpty();

        JsonNode outcome = outcome("done", name);
        assertThat(outcome.get("stored").asInt() + outcome.get("unchanged").asInt())
                .isEqualTo(4);
        assertThat(Files.exists(dir.resolve("mk-mvr--copying.csv.part")))
                .as("a .part file is never read")
                .isTrue();
    }

    @Test
    void aBrokenFileGoesToRefusedWithItsProblemsAndChangesNothing() throws IOException {
        Charset cp1251 = Charset.forName("windows-1251");
        String text = new String(sample("rs-mup-krijumcarenje-2024-03.csv"), cp1251).replace(";Улога;", ";Улога лица;");
        String name = "rs-mup--broken.csv";
        Files.write(dir.resolve(name), text.getBytes(cp1251));
        Files.write(dir.resolve("nobody-knows.csv"), sample("mk-mvr-nastani-2024-03.csv"));
        long before = graphSize();

        folder.scan();
        List<Path> handled = folder.scan();

        assertThat(handled).hasSize(2);
        assertThat(graphSize()).isEqualTo(before);
        JsonNode broken = outcome("refused", name);
        assertThat(broken.get("reports")
                        .get(0)
                        .get("problems")
                        .get(0)
                        .get("message")
                        .asString())
                .startsWith(name + ": missing required column 'Улога' (person.role)");
        JsonNode unknown = outcome("refused", "nobody-knows.csv");
        assertThat(unknown.get("problems").get(0).asString())
                .startsWith("cannot tell how to read nobody-knows.csv: name it MAPPING--….csv|xlsx (known mappings:");
    }

    @Test
    void aSidecarSaysHowToReadAnHtcdsFile() throws IOException {
        String name = "iom-referrals.csv";
        Files.writeString(dir.resolve(name + ".ingest.yaml"), """
                format: htcds
                agency: MK-MVR
                tlp: AMBER
                handling: H2
                grading: B2
                narrativeLanguage: en
                """);
        Files.write(dir.resolve(name), sample("htcds-iom-mk-2024.csv"));

        folder.scan();
        assertThat(folder.scan()).hasSize(1);

        assertThat(names("done")).containsExactly(name, name + ".ingest.yaml", name + ".outcome.json");
        JsonNode outcome = outcome("done", name);
        assertThat(outcome.get("format").asString()).isEqualTo("htcds");
        assertThat(outcome.get("stored").asInt() + outcome.get("unchanged").asInt())
                .isEqualTo(2);
    }

    @Test
    void aFileReadAgainAfterACrashChangesNothing() throws IOException, org.borderlink.ingest.tabular.MappingException {
        String name = "mk-mvr--nastani.csv";
        Path file = dir.resolve(name);
        Files.write(file, sample("mk-mvr-nastani-2024-03.csv"));
        // The process stored the file's reports and died before moving it: the file is still in the folder.
        try (var reads = tabular.read(file, mappings.findNamed("mk-mvr"), 0)) {
            pipeline.ingest(reads);
        }
        long before = graphSize();

        folder.scan();
        assertThat(folder.scan()).hasSize(1);

        JsonNode outcome = outcome("done", name);
        assertThat(outcome.get("stored").asInt()).isZero();
        assertThat(outcome.get("unchanged").asInt()).isEqualTo(2);
        assertThat(graphSize()).isEqualTo(before);
        assertThat(Map.of("left in the folder", Files.exists(file))).containsEntry("left in the folder", false);
    }
}
