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

/** {@code borderlink mapping check|list}: a preview an operator reads before the first ingest, without any graph. */
class MappingCommandTest {

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
    void aGoodSampleIsPreviewedAndPasses() {
        Run check = run(
                "mapping",
                "check",
                "rs-mup",
                SAMPLES.resolve("rs-mup-krijumcarenje-2024-03.csv").toString(),
                "--rows",
                "1");

        assertThat(check.exit()).as(check.out() + check.err()).isZero();
        assertThat(check.out())
                .startsWith("Mapping rs-mup (rs-mup.yaml) on rs-mup-krijumcarenje-2024-03.csv\n")
                .contains("  19   'Службеник'")
                .contains("(ignored by the mapping)")
                .contains("First 1 row\n  row 2\n")
                .contains("person.gender")
                .endsWith("OK: the file makes 3 reports\n");
    }

    @Test
    void aMappingFileWithAWrongSampleListsWhatDoesNotFit() throws Exception {
        Path mapping = work.resolve("my-mapping.yaml");
        Files.copy(Path.of("..", "ingest", "src", "main", "resources", "mappings", "rs-mup.yaml"), mapping);
        Charset cp1251 = Charset.forName("windows-1251");
        Path sample = work.resolve("sample.csv");
        Files.writeString(
                sample,
                Files.readString(SAMPLES.resolve("rs-mup-krijumcarenje-2024-03.csv"), cp1251)
                        .replace("Билал Хан;муш;", "Билал Хан;мушко;"),
                cp1251);

        Run check = run("mapping", "check", mapping.toString(), sample.toString());

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out())
                .contains("Unknown values (all rows)\n  column 10 'Пол': 'мушко' on row 5")
                .contains("row 5, column 10 'Пол': unknown value 'мушко' for person.gender")
                .endsWith("REFUSED: the ingest would store nothing of this file\n");
    }

    @Test
    void listNamesTheShippedMappingsAndMisuseExitsWithTwo() {
        assertThat(run("mapping", "list").out()).isEqualTo("al-asp\nba-gp\nmk-mvr\nrs-mup\n");
        assertThat(run("mapping", "check", "rs-mup").exit()).isEqualTo(2);
        assertThat(run("mapping", "check", "rs-mup", work.resolve("missing.csv").toString())
                        .err())
                .contains("No such file");
    }
}
