package org.borderlink.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit trail's file, and what verification finds when someone edits it. */
class AuditChainTest {

    @TempDir
    Path dir;

    private Path file;

    /** A start event and six request events: seq 1 to 7. */
    @BeforeEach
    void writeTrail() throws IOException {
        try (AuditTrail trail =
                new AuditTrail(dir, "test", Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC))) {
            for (int i = 1; i <= 6; i++) {
                trail.append(new AuditEntry(
                        "rs-investigator",
                        "RS-MUP",
                        List.of("INVESTIGATOR"),
                        AuditAction.READ,
                        "GET",
                        "/api/v1/things/" + i,
                        Map.of("hops", "2"),
                        "case 12/26",
                        200,
                        i,
                        List.of("RS-MUP:KU-" + i)));
            }
        }
        file = dir.resolve("audit-test.jsonl");
    }

    @Test
    void aDraftedLineIsTheEventAsJsonFollowedByItsHash() {
        List<AuditEntry> entries = List.of(
                AuditEntry.of(AuditAction.START, null, null, Map.of()),
                AuditEntry.of(AuditAction.LOGIN, "mk-investigator", "MK-MVR", Map.of("method", "form")),
                new AuditEntry(
                        "Ђорђе \"quoted\" \\ back\tslash",
                        "RS-MUP",
                        List.of("INVESTIGATOR", "ANALYST"),
                        AuditAction.READ,
                        "GET",
                        "/api/v1/entities/RS-MUP:KU-2024-0173#P1",
                        Map.of("z", "last", "a", "first", "purpose-free", "ë ç </script>"),
                        "Ermittlung 12/26 \u2028",
                        200,
                        3,
                        List.of("RS-MUP:KU-1", "BA-GP:2024/77")),
                new AuditEntry(
                        null, null, List.of(), AuditAction.READ, "POST", "/x", Map.of(), null, null, null, List.of()));
        Instant at = Instant.parse("2026-05-01T08:00:00.123456789Z");
        String prev = "0123456789abcdef".repeat(4);
        long seq = 41;
        for (AuditEntry entry : entries) {
            AuditEvent event = AuditEvent.of(++seq, "node-1.eu", at, entry, prev);

            AuditChain.Line line = AuditChain.Draft.of(entry).line(seq, "node-1.eu", at, prev);

            String json = AuditChain.JSON.writeValueAsString(event);
            assertThat(line.hash()).isEqualTo(AuditChain.sha256(json));
            assertThat(line.text())
                    .isEqualTo(json.substring(0, json.length() - 1) + ",\"hash\":\"" + line.hash() + "\"}");
            assertThat(AuditChain.eventOf(line.text())).isEqualTo(event);
            assertThat(AuditChain.hashOf(line.text())).isEqualTo(line.hash());
        }
    }

    private List<String> lines() throws IOException {
        return new ArrayList<>(Files.readAllLines(file));
    }

    private void write(List<String> lines) throws IOException {
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    private AuditChain.Verification verify() {
        return AuditChain.verify(file, null);
    }

    @Test
    void anUntouchedTrailIsIntactAndNamesItsHead() throws IOException {
        AuditChain.Verification v = verify();

        assertThat(v.intact()).isTrue();
        assertThat(v.events()).isEqualTo(7);
        assertThat(v.head().seq()).isEqualTo(7);
        assertThat(v.head().hash()).isEqualTo(AuditChain.hashOf(lines().get(6)));
        assertThat(lines().getFirst()).contains("\"action\":\"START\"").contains("\"prev\":\"" + "0".repeat(64));
    }

    @Test
    void aChangedEventIsFoundAtItsLine() throws IOException {
        List<String> lines = lines();
        lines.set(3, lines.get(3).replace("\"resultSize\":3", "\"resultSize\":0"));
        write(lines);

        AuditChain.Verification v = verify();

        assertThat(v.intact()).isFalse();
        assertThat(v.problem().line()).isEqualTo(4);
        assertThat(v.problem().seq()).isEqualTo(4);
        assertThat(v.problem().what()).contains("event 4 was changed");
    }

    @Test
    void aChangedEventWithARecomputedHashIsFoundByTheEventChainedToIt() throws IOException {
        List<String> lines = lines();
        String forged = lines.get(3).replace("rs-investigator", "someone-else");
        String body = forged.substring(0, forged.indexOf(",\"hash\":")) + "}";
        lines.set(3, body.substring(0, body.length() - 1) + ",\"hash\":\"" + AuditChain.sha256(body) + "\"}");
        write(lines);

        AuditChain.Verification v = verify();

        assertThat(v.problem().line()).isEqualTo(5);
        assertThat(v.problem().what()).contains("event 4 was changed or replaced");
    }

    @Test
    void aRemovedEventIsFoundWhereItIsMissing() throws IOException {
        List<String> lines = lines();
        lines.remove(2);
        write(lines);

        AuditChain.Verification v = verify();

        assertThat(v.problem().line()).isEqualTo(3);
        assertThat(v.problem().what()).contains("event 3 is missing");
    }

    @Test
    void reorderedEventsAreFoundWhereTheOrderBreaks() throws IOException {
        List<String> lines = lines();
        String fifth = lines.get(4);
        lines.set(4, lines.get(5));
        lines.set(5, fifth);
        write(lines);

        AuditChain.Verification v = verify();

        assertThat(v.problem().line()).isEqualTo(5);
        assertThat(v.problem().what()).contains("event 6 follows event 4");
    }

    @Test
    void removingTheNewestEventsIsFoundAgainstARecordedHead() throws IOException {
        AuditChain.Head head = verify().head();
        List<String> lines = lines();
        write(lines.subList(0, 5));

        assertThat(AuditChain.verify(file, null).intact())
                .as("a shorter chain is still a chain")
                .isTrue();
        AuditChain.Verification v = AuditChain.verify(file, head);
        assertThat(v.intact()).isFalse();
        assertThat(v.problem().what()).contains("ends at event 5 but event 7 was written");
    }

    @Test
    void aRewrittenChainDoesNotReachTheRecordedHead() throws IOException {
        AuditChain.Head head = verify().head();
        List<String> lines = lines();
        String last = lines.get(6);
        lines.set(
                6, last.substring(0, last.indexOf(",\"hash\":")).replace("\"resultSize\":6", "\"resultSize\":9") + "}");
        String body = lines.get(6);
        lines.set(6, body.substring(0, body.length() - 1) + ",\"hash\":\"" + AuditChain.sha256(body) + "\"}");
        write(lines);

        assertThat(AuditChain.verify(file, head).problem().what()).contains("is not the event recorded as head");
    }

    @Test
    void aLineCutOffByACrashIsRemovedAtTheNextStartAndCounted() throws IOException {
        Files.writeString(
                file, "{\"seq\":8,\"instance\":\"te", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertThat(verify().problem().what()).contains("last line is incomplete");

        try (AuditTrail reopened = new AuditTrail(dir, "test", Clock.systemUTC())) {
            assertThat(reopened.verify())
                    .singleElement()
                    .satisfies(v -> assertThat(v.intact()).isTrue());
        }
        List<String> lines = lines();
        assertThat(lines).hasSize(8);
        assertThat(lines.get(7)).contains("\"action\":\"START\"").contains("\"recoveredBytes\":\"23\"");
    }

    @Test
    void theRunningTrailNoticesItsNewestEventsRemoved() throws IOException {
        try (AuditTrail trail = new AuditTrail(dir, "test", Clock.systemUTC())) {
            List<String> lines = lines();
            write(lines.subList(0, 6));
            assertThat(trail.verify()).singleElement().satisfies(v -> {
                assertThat(v.intact()).isFalse();
                assertThat(v.problem().what()).contains("newest events were removed");
            });
        }
    }

    @Test
    void aSecondWriterOfTheSameTrailIsRefused() throws IOException {
        try (AuditTrail first = new AuditTrail(dir, "test", Clock.systemUTC())) {
            assertThatThrownBy(() -> new AuditTrail(dir, "test", Clock.systemUTC()))
                    .hasMessageContaining("written by another process");
        }
    }

    @Test
    void concurrentRequestsSharingForcesStillChainEveryEventOnce() throws Exception {
        int threads = 8;
        int each = 50;
        try (AuditTrail trail = new AuditTrail(dir, "test", Clock.systemUTC());
                var pool = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
            List<java.util.concurrent.Future<List<Long>>> sequences = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                sequences.add(pool.submit(() -> {
                    List<Long> seqs = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        seqs.add(trail.append(AuditEntry.of(AuditAction.READ, "u", "RS-MUP", Map.of()))
                                .seq());
                    }
                    return seqs;
                }));
            }
            java.util.Set<Long> returned = new java.util.TreeSet<>();
            for (var f : sequences) returned.addAll(f.get());

            // 7 events before this start, the start itself (8), then every append once
            assertThat(returned).hasSize(threads * each).first().isEqualTo(9L);
            assertThat(trail.verify()).singleElement().satisfies(v -> {
                assertThat(v.intact()).isTrue();
                assertThat(v.events()).isEqualTo(8 + threads * each);
            });
        }
    }

    @Test
    void anEventThatCannotBeWrittenFailsLoudly() throws IOException {
        AuditTrail trail = new AuditTrail(dir, "test", Clock.systemUTC());
        trail.close();

        assertThatThrownBy(() -> trail.append(AuditEntry.of(AuditAction.READ, "u", "RS-MUP", Map.of())))
                .isInstanceOf(AuditUnavailableException.class);
    }
}
