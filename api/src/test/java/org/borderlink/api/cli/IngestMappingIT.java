package org.borderlink.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code borderlink ingest --mapping MAPPING PATH} as an operator runs it: a national export goes in; a broken one
 * prints the row, column and header of each problem and exits 1 — against a real embedded engine in its own data
 * directory.
 */
class IngestMappingIT {

    static final Path SAMPLES = Path.of("..", "docs", "ingest", "samples");

    @TempDir
    Path work;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = CommandLine.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aNationalExportGoesInWithItsMappingAndABrokenOneSaysWhere() throws Exception {
        Path exports = work.resolve("exports");
        Files.createDirectories(exports);
        Files.copy(SAMPLES.resolve("rs-mup-krijumcarenje-2024-03.csv"), exports.resolve("2024-03.csv"));
        Charset cp1251 = Charset.forName("windows-1251");
        Path bad = work.resolve("bad.csv");
        Files.writeString(
                bad,
                Files.readString(SAMPLES.resolve("rs-mup-krijumcarenje-2024-03.csv"), cp1251)
                        .replace("КУ 1", "КУ 7")
                        .replace(";22.03.2024.;", ";31.02.2024.;"),
                cp1251);
        String engine = "--borderlink.data-dir=" + work.resolve("data");

        Run ingest = run(
                "ingest",
                "--mapping",
                "rs-mup",
                exports.toString(),
                engine,
                "--borderlink.embedded.bolt-port=0",
                "--borderlink.embedded.page-cache=134217728");
        Run refused = run(
                "ingest",
                "--mapping=rs-mup",
                bad.toString(),
                engine,
                "--borderlink.embedded.bolt-port=0",
                "--borderlink.embedded.page-cache=134217728");

        assertThat(ingest.exit()).as(ingest.out() + ingest.err()).isZero();
        assertThat(ingest.out()).contains("3 reports").contains("3 stored");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out())
                .contains("REFUSED bad.csv row 6 (RS-MUP:КУ 7502/24)")
                .contains("  row 6, column 4 'Датум догађаја': '31.02.2024.' is not a date in the mapping's formats")
                .contains("3 refused");
    }
}
