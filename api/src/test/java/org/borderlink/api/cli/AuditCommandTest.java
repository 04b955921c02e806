package org.borderlink.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.borderlink.api.audit.AuditAction;
import org.borderlink.api.audit.AuditEntry;
import org.borderlink.api.audit.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code borderlink audit verify} on a copy of an audit directory, as a data-protection authority would run it. */
class AuditCommandTest {

    @TempDir
    Path data;

    private Path chain;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void writeTrail() throws IOException {
        try (AuditTrail trail = new AuditTrail(data.resolve("audit"), "api-1", Clock.systemUTC())) {
            for (int i = 0; i < 4; i++) {
                trail.append(new AuditEntry(
                        "u",
                        "RS-MUP",
                        List.of("ANALYST"),
                        AuditAction.SEARCH,
                        "GET",
                        "/api/v1/hits",
                        Map.of("type", "phone"),
                        "case " + i,
                        200,
                        i,
                        List.of()));
            }
        }
        chain = data.resolve("audit").resolve("audit-api-1.jsonl");
    }

    private int run(String... args) {
        return CommandLine.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @Test
    void anIntactTrailExitsZeroAndPrintsItsHead() {
        assertThat(run("audit", "verify", "--borderlink.data-dir=" + data)).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("audit-api-1.jsonl: intact, 5 events, head 5:");
    }

    @Test
    void aTamperedEventExitsOneAndSaysWhere() throws IOException {
        List<String> lines = Files.readAllLines(chain);
        lines.set(2, lines.get(2).replace("case 1", "case 9"));
        Files.write(chain, lines);

        assertThat(run("audit", "verify", "--dir", data.resolve("audit").toString()))
                .isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("BROKEN at line 3 (event 3): event 3 was changed after it was written");
    }

    @Test
    void theNewestEventsRemovedAreFoundAgainstAHeadNotedBefore() throws IOException {
        run("audit", "verify", "--dir", data.resolve("audit").toString());
        String head = out.toString(StandardCharsets.UTF_8).replaceAll("(?s).*head (\\d+:[0-9a-f]{64}).*", "$1");
        List<String> lines = Files.readAllLines(chain);
        Files.write(chain, lines.subList(0, 3));
        out.reset();

        assertThat(run(
                        "audit",
                        "verify",
                        "--dir",
                        data.resolve("audit").toString(),
                        "--instance",
                        "api-1",
                        "--head",
                        head))
                .isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("the newest events were removed");
    }
}
