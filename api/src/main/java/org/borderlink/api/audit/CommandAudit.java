package org.borderlink.api.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The audit of a command-line run that changes the graph ({@code borderlink ingest}): the run has no HTTP request and
 * no logged-in user, so it is recorded as the operating-system account that ran it, in a trail of its own,
 * {@code audit-cli-<host>.jsonl} beside the server's. The trail is opened before the run starts, so a run that could not
 * be audited never writes anything; a second run on the same host at the same time is refused the same way.
 */
public final class CommandAudit implements AutoCloseable {

    private final AuditTrail trail;
    private final String command;

    private CommandAudit(AuditTrail trail, String command) {
        this.trail = trail;
        this.command = command;
    }

    /** Opens the command-line trail of this host; fails if it cannot be written. */
    public static CommandAudit open(AuditProperties properties, String command) {
        String instance = "cli-" + AuditConfiguration.hostName();
        return new CommandAudit(
                new AuditTrail(
                        properties.dir(), instance.substring(0, Math.min(64, instance.length())), Clock.systemUTC()),
                command);
    }

    /**
     * Records what the run did.
     *
     * @param exitCode the process's exit code, recorded as the event's status
     * @param reportIds the reports written or confirmed
     */
    public void record(
            AuditAction action,
            Map<String, String> parameters,
            int exitCode,
            int resultSize,
            Collection<String> reportIds) {
        trail.append(new AuditEntry(
                "os:" + System.getProperty("user.name", "unknown"),
                null,
                List.of(),
                action,
                "CLI",
                command,
                parameters,
                null,
                exitCode,
                resultSize,
                List.copyOf(reportIds)));
    }

    @Override
    public void close() {
        try {
            trail.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
