package org.borderlink.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderlink.api.audit.AuditAction;
import org.borderlink.api.audit.AuditChain;
import org.borderlink.api.audit.AuditEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} then {@code ingest} as an operator runs them from the jar: generated reports go in with exit code 0;
 * a file with a refused report prints the record, path and problem and exits 1 — against a real embedded engine in
 * its own data directory.
 */
class CommandLineIT {

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
    void generatedReportsGoInAndARefusedOneSetsTheExitCode() throws Exception {
        Path generated = work.resolve("generated");
        Run generate = run("generate", "--reports", "40", "--seed", "3", "--out", generated.toString());
        assertThat(generate.exit()).as(generate.err()).isZero();
        assertThat(generated.resolve("reports.ndjson")).isNotEmptyFile();
        assertThat(Files.readAllLines(generated.resolve("ground-truth.csv")).getFirst())
                .isEqualTo("report,version,ref,person,role");

        Path bad = work.resolve("bad");
        Files.createDirectories(bad);
        String firstReport =
                Files.readAllLines(generated.resolve("reports.ndjson")).getFirst();
        Files.writeString(
                bad.resolve("one.ndjson"),
                firstReport
                                .replaceFirst("\"reference\":\"[^\"]+\"", "\"reference\":\"CLI-BAD\"")
                                .replaceFirst("\"grading\":\"[A-Z][1-4]\"", "\"grading\":\"Q9\"")
                        + "\n");

        String[] engine = {
            "--borderlink.data-dir=" + work.resolve("data"),
            "--borderlink.embedded.bolt-port=0",
            "--borderlink.embedded.page-cache=134217728"
        };
        Run ingest = run(concat(new String[] {"ingest", generated.toString()}, engine));
        assertThat(ingest.exit()).as(ingest.out() + ingest.err()).isZero();
        assertThat(ingest.out()).contains("40 reports").contains(" 0 refused");

        Run refused = run(concat(new String[] {"ingest", bad.toString()}, engine));
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out())
                .contains("REFUSED one.ndjson line 1")
                .contains("$.grading:")
                .contains("1 refused");

        // both runs are in the command-line audit trail, as who ran them, with the reports the first one wrote
        Path audit = work.resolve("data").resolve("audit");
        List<Path> chains = AuditChain.chains(audit);
        assertThat(chains)
                .singleElement()
                .satisfies(c -> assertThat(c.getFileName().toString()).startsWith("audit-cli-"));
        List<AuditEvent> ingests = new ArrayList<>();
        AuditChain.read(chains.getFirst(), e -> {
            if (e.action() == AuditAction.INGEST) ingests.add(e);
        });
        assertThat(ingests).hasSize(2);
        assertThat(ingests.getFirst().user()).startsWith("os:");
        assertThat(ingests.getFirst().resultSize()).isEqualTo(40);
        assertThat(ingests.getFirst().reportIds()).isNotEmpty().doesNotHaveDuplicates();
        assertThat(ingests.get(1).status()).isEqualTo(1);
        assertThat(ingests.get(1).reportIds()).isEmpty();
        assertThat(run("audit", "verify", "--dir", audit.toString()).exit()).isZero();
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("generate", "--reports", "10").exit()).isEqualTo(2);
        assertThat(run("ingest").exit()).isEqualTo(2);
        assertThat(run("ingest", work.resolve("missing").toString()).err()).contains("No such file or directory");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
