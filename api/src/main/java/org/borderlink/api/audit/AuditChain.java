package org.borderlink.api.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The file format of an audit trail and its verification, shared by the running application and the
 * {@code borderlink audit verify} command.
 *
 * <p>One file per instance, {@code audit-<instance>.jsonl}, one event per line: the event as JSON with a last member
 * {@code "hash"}, the SHA-256 (hex) of the line as it would read without that member. Each event's {@code prev} is
 * the hash of the line before it, so changing, removing, inserting or reordering a line breaks the chain exactly
 * there; removing the newest lines is caught against a head (sequence and hash) noted elsewhere — the running
 * instance keeps its own, and {@code GET /api/v1/audit/verify} reports it for auditors to record.
 */
public final class AuditChain {

    /** The {@code prev} of an instance's first event. */
    public static final String GENESIS = "0".repeat(64);

    private static final String PREFIX = "audit-";
    private static final String SUFFIX = ".jsonl";
    private static final Pattern HASH_MEMBER = Pattern.compile(",\"hash\":\"([0-9a-f]{64})\"}$");
    private static final Pattern INSTANCE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditChain() {}

    /** The newest event of a chain: what an auditor notes to detect later removal of the events after it. */
    public record Head(long seq, String hash) {

        /** {@code 1234:9f86d0…}, as the command line takes it. */
        public static Head parse(String text) {
            int colon = text.indexOf(':');
            if (colon < 1) throw new IllegalArgumentException("a head is SEQ:HASH, e.g. 1234:9f86d081…");
            return new Head(Long.parseLong(text.substring(0, colon)), text.substring(colon + 1));
        }

        @Override
        public String toString() {
            return seq + ":" + hash;
        }
    }

    /** Where a chain is broken: the line (from 1), the event's sequence if it could be read, and what was found. */
    public record Problem(long line, @Nullable Long seq, String what) {}

    /** The outcome of checking one chain. */
    public record Verification(
            String file,
            long events,
            boolean intact,
            @Nullable Problem problem,
            @Nullable Head head) {}

    public static String fileName(String instance) {
        if (!INSTANCE.matcher(instance).matches()) {
            throw new IllegalArgumentException(
                    "an audit instance id is 1-64 letters, digits, dots, hyphens or underscores: " + instance);
        }
        return PREFIX + instance + SUFFIX;
    }

    /** The chain files in {@code dir}, one per instance that ever wrote there. */
    public static List<Path> chains(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                        String name = f.getFileName().toString();
                        return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the audit directory " + dir, e);
        }
    }

    /** The line (without its line break) that records an event, and the hash it ends with. */
    record Line(String text, String hash) {}

    /**
     * The line of an entry before the trail numbers, dates and chains it: the members of {@link AuditEvent} between
     * {@code at} and {@code prev}, as JSON. Writing them takes most of a line's time, and only the number, the time and
     * the previous hash need the trail's lock, so the trail drafts a line before taking it.
     */
    static final class Draft {

        private static final Instant ANY_TIME = Instant.EPOCH;
        /** How an event of number 0 at {@link #ANY_TIME}, instance and predecessor empty, begins and ends. */
        private static final String ANY_HEAD = head(0, "", ANY_TIME);

        private static final String ANY_TAIL = tail("");

        /** The members from {@code user} to {@code reportIds}, each with its leading comma. */
        private final String members;

        private Draft(String members) {
            this.members = members;
        }

        static Draft of(AuditEntry entry) {
            String json = JSON.writeValueAsString(AuditEvent.of(0, "", ANY_TIME, entry, ""));
            if (!json.startsWith(ANY_HEAD) || !json.endsWith(ANY_TAIL)) {
                throw new IllegalStateException("an audit event is no longer written in the order of its members");
            }
            return new Draft(json.substring(ANY_HEAD.length(), json.length() - ANY_TAIL.length()));
        }

        /** The line of the event this entry becomes, exactly as {@code AuditEvent} writes as JSON, with its hash. */
        Line line(long seq, String instance, Instant at, String prev) {
            String body = head(seq, instance, at) + members + tail(prev);
            String hash = sha256(body);
            return new Line(body.substring(0, body.length() - 1) + ",\"hash\":\"" + hash + "\"}", hash);
        }

        private static String head(long seq, String instance, Instant at) {
            return "{\"seq\":" + seq + ",\"instance\":" + JSON.writeValueAsString(instance) + ",\"at\":"
                    + JSON.writeValueAsString(at);
        }

        private static String tail(String prev) {
            return ",\"prev\":" + JSON.writeValueAsString(prev) + "}";
        }
    }

    /** The event a line records (its hash not checked). */
    static AuditEvent eventOf(String line) {
        Matcher m = HASH_MEMBER.matcher(line);
        if (!m.find()) throw new IllegalArgumentException("not an audit event line");
        return JSON.readValue(line.substring(0, m.start()) + "}", AuditEvent.class);
    }

    /** The hash a line carries (not checked). */
    static String hashOf(String line) {
        Matcher m = HASH_MEMBER.matcher(line);
        if (!m.find()) throw new IllegalArgumentException("not an audit event line");
        return m.group(1);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Checks every line of {@code file}; with {@code expected}, also that the chain still reaches that head. */
    public static Verification verify(Path file, @Nullable Head expected) {
        try (InputStream in = Files.newInputStream(file)) {
            return verify(file.getFileName().toString(), in, expected);
        } catch (IOException e) {
            return new Verification(
                    file.getFileName().toString(), 0, false, new Problem(0, null, "cannot be read: " + e), null);
        }
    }

    static Verification verify(String name, InputStream in, @Nullable Head expected) throws IOException {
        String prevHash = GENESIS;
        long lineNo = 0;
        @Nullable Head head = null;
        boolean headSeen = false;
        for (String line : lines(in)) {
            lineNo++;
            @Nullable Long seq = null;
            @Nullable String what;
            boolean complete = line.endsWith("\n");
            Matcher m = HASH_MEMBER.matcher(complete ? line.substring(0, line.length() - 1) : line);
            @Nullable String body = m.find() ? line.substring(0, m.start()) + "}" : null;
            @Nullable AuditEvent event = body == null ? null : readable(body);
            if (!complete) {
                what = "the last line is incomplete: a write was cut off (a crash before the event was confirmed;"
                        + " the next start of this instance removes it)";
            } else if (event == null) {
                what = "is not an audit event (unreadable)";
            } else {
                seq = event.seq();
                String hash = m.group(1);
                what = problem(body, hash, event, head == null ? 1 : head.seq() + 1, prevHash, expected);
                if (what == null) {
                    headSeen |= expected != null && seq == expected.seq();
                    prevHash = hash;
                    head = new Head(seq, hash);
                    continue;
                }
            }
            return new Verification(name, lineNo - 1, false, new Problem(lineNo, seq, what), head);
        }
        if (expected != null && !headSeen) {
            String what = "the trail ends at event " + (head == null ? 0 : head.seq()) + " but event " + expected.seq()
                    + " was written: the newest events were removed";
            return new Verification(name, lineNo, false, new Problem(lineNo, null, what), head);
        }
        return new Verification(name, lineNo, true, null, head);
    }

    private static @Nullable AuditEvent readable(String body) {
        try {
            return JSON.readValue(body, AuditEvent.class);
        } catch (JacksonException e) {
            return null;
        }
    }

    /**
     * What is wrong with {@code event} (whose line without its hash is {@code body}) where the event {@code
     * expectedSeq}, chained to {@code prevHash}, belongs; null if nothing.
     */
    private static @Nullable String problem(
            String body, String hash, AuditEvent event, long expectedSeq, String prevHash, @Nullable Head expected) {
        long seq = event.seq();
        if (!sha256(body).equals(hash)) {
            return "event " + seq + " was changed after it was written: its content does not match its hash";
        }
        if (seq > expectedSeq) {
            return "event " + seq + " follows event " + (expectedSeq - 1) + ": event"
                    + (seq - expectedSeq == 1
                            ? " " + expectedSeq + " is"
                            : "s " + expectedSeq + "–" + (seq - 1) + " are")
                    + " missing here (removed or moved)";
        }
        if (seq < expectedSeq) {
            return "event " + seq + " appears after event " + (expectedSeq - 1) + ": events were reordered or copied";
        }
        if (!event.prev().equals(prevHash)) {
            return "event " + seq + " was chained to a different event " + (seq - 1) + ": event " + (seq - 1)
                    + " was changed or replaced (and its hash recomputed)";
        }
        if (expected != null && seq == expected.seq() && !expected.hash().equals(hash)) {
            return "event " + seq + " is not the event recorded as head " + expected
                    + ": the trail up to it was rewritten";
        }
        return null;
    }

    /** The events of a chain file in order; a last line that is still being written is left out. */
    public static void read(Path file, Consumer<AuditEvent> each) {
        try (InputStream in = Files.newInputStream(file)) {
            for (String line : lines(in)) {
                if (!line.endsWith("\n")) break;
                try {
                    each.accept(eventOf(line.substring(0, line.length() - 1)));
                } catch (JacksonException | IllegalArgumentException unreadable) {
                    // verification reports it; a query shows what can be read
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit trail " + file, e);
        }
    }

    /** Lines with their line break kept, so a cut-off last line can be told from a complete one. */
    private static Iterable<String> lines(InputStream in) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        return () -> new java.util.Iterator<>() {
            private @Nullable String next = advance();

            private @Nullable String advance() {
                try {
                    StringBuilder line = new StringBuilder();
                    int c;
                    while ((c = reader.read()) != -1) {
                        line.append((char) c);
                        if (c == '\n') return line.toString();
                    }
                    return line.isEmpty() ? null : line.toString();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public String next() {
                String current = next;
                if (current == null) throw new java.util.NoSuchElementException();
                next = advance();
                return current;
            }
        };
    }
}
