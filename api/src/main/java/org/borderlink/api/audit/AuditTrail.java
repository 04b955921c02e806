package org.borderlink.api.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's append-only, hash-chained audit trail ({@link AuditChain} describes the format): one file under
 * {@code borderlink.audit.dir}, held under an exclusive file lock so no second process writes it, every event forced to
 * disk before {@link #append} returns. If an event cannot be written, {@link #append} throws and the request it
 * belongs to fails; a write that failed half-way is cut back off so the chain stays whole.
 *
 * <p>Events are drafted as JSON concurrently ({@link AuditChain.Draft}), then numbered, chained and written one at a
 * time, and forced to disk in groups: an append that finds its event not yet on disk forces everything written so far,
 * so concurrent requests share one force instead of queueing for one each (a force takes tens of milliseconds on a
 * busy disk). A force that fails leaves it unknown what reached the disk: the trail cuts itself back to what was
 * confirmed and refuses every further event until restart.
 *
 * <p>At start the trail reads its last event to continue the chain; a last line cut off by a crash was never
 * confirmed to anyone and is removed (logged, and counted in the {@link AuditAction#START} event that follows).
 */
public final class AuditTrail implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final Path dir;
    private final Path file;
    private final String instance;
    private final Clock clock;
    private final FileChannel channel;
    private final FileLock lock;
    private final ReentrantLock writing = new ReentrantLock();
    /** Held while forcing; never taken while holding {@link #writing} (the order is forcing, then writing). */
    private final ReentrantLock forcing = new ReentrantLock();

    private long seq;
    private String lastHash;
    private long size;
    private boolean broken;
    /** How many bytes of the file are known to be on disk. */
    private volatile long durable;

    public AuditTrail(Path dir, String instance, Clock clock) {
        this.dir = dir.toAbsolutePath().normalize();
        this.instance = instance;
        this.clock = clock;
        this.file = this.dir.resolve(AuditChain.fileName(instance));
        try {
            Files.createDirectories(this.dir);
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock held;
            try {
                held = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException sameProcess) {
                held = null;
            }
            if (held == null) {
                channel.close();
                throw new IllegalStateException("the audit trail " + file + " is written by another process: give"
                        + " each instance its own borderlink.audit.instance-id");
            }
            lock = held;
            long recovered = cutIncompleteLastLine();
            readHead();
            durable = size;
            append(AuditEntry.of(
                    AuditAction.START,
                    null,
                    null,
                    recovered == 0 ? Map.of() : Map.of("recoveredBytes", Long.toString(recovered))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the audit trail " + file, e);
        }
        log.info("Audit trail {} open at event {}", file, seq);
    }

    private long cutIncompleteLastLine() throws IOException {
        long length = channel.size();
        long end = length;
        ByteBuffer one = ByteBuffer.allocate(1);
        while (end > 0) {
            one.clear();
            channel.read(one, end - 1);
            if (one.get(0) == '\n') break;
            end--;
        }
        if (end < length) {
            log.warn(
                    "Audit trail {}: removed an incomplete last line of {} bytes, cut off by a crash before it was"
                            + " confirmed",
                    file,
                    length - end);
            channel.truncate(end);
            channel.force(true);
        }
        return length - end;
    }

    private void readHead() throws IOException {
        size = channel.size();
        seq = 0;
        lastHash = AuditChain.GENESIS;
        if (size == 0) return;
        long start = Math.max(0, size - (1 << 20));
        ByteBuffer tail = ByteBuffer.allocate((int) (size - start));
        channel.read(tail, start);
        String text = new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8);
        String last = text.substring(text.lastIndexOf('\n', text.length() - 2) + 1, text.length() - 1);
        seq = AuditChain.eventOf(last).seq();
        lastHash = AuditChain.hashOf(last);
    }

    public String instance() {
        return instance;
    }

    public Path directory() {
        return dir;
    }

    /**
     * Numbers, dates and chains {@code entry}, and forces it to disk before returning it.
     *
     * @throws AuditUnavailableException if it could not be written durably
     */
    public AuditEvent append(AuditEntry entry) {
        AuditChain.Draft draft = AuditChain.Draft.of(entry);
        AuditEvent event;
        long end;
        writing.lock();
        try {
            if (broken) throw new AuditUnavailableException("the audit trail " + file + " failed earlier", null);
            event = AuditEvent.of(seq + 1, instance, clock.instant(), entry, lastHash);
            AuditChain.Line line = draft.line(event.seq(), instance, event.at(), lastHash);
            ByteBuffer bytes = ByteBuffer.wrap((line.text() + "\n").getBytes(StandardCharsets.UTF_8));
            try {
                while (bytes.hasRemaining()) channel.write(bytes, size + bytes.position());
            } catch (IOException e) {
                undoPartialWrite();
                throw new AuditUnavailableException("cannot write the audit trail " + file, e);
            }
            size += bytes.limit();
            seq = event.seq();
            lastHash = line.hash();
            end = size;
        } finally {
            writing.unlock();
        }
        forceUpTo(end);
        return event;
    }

    /** Returns once the first {@code end} bytes are on disk, forcing them (and whatever else is written) if needed. */
    private void forceUpTo(long end) {
        if (durable >= end) return;
        forcing.lock();
        try {
            if (durable >= end) return;
            long written;
            writing.lock();
            try {
                if (broken) throw new AuditUnavailableException("the audit trail " + file + " failed earlier", null);
                written = size;
            } finally {
                writing.unlock();
            }
            try {
                channel.force(false);
            } catch (IOException e) {
                cutBackToDurable();
                throw new AuditUnavailableException("cannot force the audit trail " + file + " to disk", e);
            }
            durable = written;
        } finally {
            forcing.unlock();
        }
    }

    /** After a failed force: keep only the events confirmed on disk, and refuse every further one. */
    private void cutBackToDurable() {
        writing.lock();
        try {
            broken = true;
            log.error(
                    "Audit trail {} could not be forced to disk; every audited request now fails until restart", file);
            try {
                channel.truncate(durable);
                channel.force(true);
            } catch (IOException e) {
                log.error("Audit trail {} could not be cut back to its last confirmed event", file);
            }
        } finally {
            writing.unlock();
        }
    }

    private void undoPartialWrite() {
        try {
            channel.truncate(size);
            channel.force(true);
        } catch (IOException e) {
            // the chain may now end in a torn line: refuse every further event rather than write after it
            broken = true;
            log.error("Audit trail {} cannot be repaired; every audited request now fails until restart", file);
        }
    }

    /**
     * Verifies every chain in the audit directory; this instance's own also against the head it wrote last, which
     * detects the removal of its newest events.
     */
    public List<AuditChain.Verification> verify() {
        List<AuditChain.Verification> out = new ArrayList<>();
        for (Path chain : AuditChain.chains(dir)) {
            if (chain.equals(file)) {
                out.add(verifyOwn());
            } else {
                out.add(AuditChain.verify(chain, null));
            }
        }
        return out;
    }

    private AuditChain.Verification verifyOwn() {
        long length;
        AuditChain.Head head;
        writing.lock();
        try {
            length = size;
            head = new AuditChain.Head(seq, lastHash);
        } finally {
            writing.unlock();
        }
        try (InputStream in = Channels.newInputStream(FileChannel.open(file, StandardOpenOption.READ))) {
            return AuditChain.verify(file.getFileName().toString(), new Bounded(in, length), head);
        } catch (IOException e) {
            return new AuditChain.Verification(
                    file.getFileName().toString(),
                    0,
                    false,
                    new AuditChain.Problem(0, null, "cannot be read: " + e.getMessage()),
                    null);
        }
    }

    /** Every event of every chain in the audit directory, chain by chain, oldest first. */
    public void read(Consumer<AuditEvent> each) {
        for (Path chain : AuditChain.chains(dir)) AuditChain.read(chain, each);
    }

    @Override
    public void close() throws IOException {
        writing.lock();
        try {
            if (lock.isValid()) lock.release();
            channel.close();
        } finally {
            writing.unlock();
        }
    }

    /** Reads no further than the length this instance has confirmed, so an append under way is not half-read. */
    private static final class Bounded extends java.io.FilterInputStream {
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) return -1;
            int b = super.read();
            if (b >= 0) left--;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) return -1;
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) left -= n;
            return n;
        }
    }
}
