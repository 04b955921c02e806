package org.borderlink.api.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.borderlink.api.audit.AuditChain;
import org.jspecify.annotations.Nullable;

/**
 * {@code borderlink audit verify}: checks every audit chain in the audit directory (each instance writes its own) and
 * says where one is broken: a changed, removed or reordered event, by line and sequence number. With {@code --head
 * SEQ:HASH} (as {@code GET /api/v1/audit/verify} reported it earlier) it also detects removal of the newest events.
 * Reads the files only: it needs neither the server nor the graph, and can run on a copy of the directory.
 */
final class AuditCommand {

    static final String USAGE = "audit verify [--dir DIR] [--instance ID --head SEQ:HASH]   verify the audit trail";

    private AuditCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || !args.getFirst().equals("verify")) {
            err.println("usage: borderlink " + USAGE);
            return 2;
        }
        Path dir = Path.of("data", "audit");
        String instance = null;
        AuditChain.Head head = null;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            @Nullable String value = i + 1 < args.size() ? args.get(i + 1) : null;
            if (arg.startsWith("--borderlink.audit.dir=")) {
                dir = Path.of(arg.substring("--borderlink.audit.dir=".length()));
                continue;
            }
            if (arg.startsWith("--borderlink.data-dir=")) {
                dir = Path.of(arg.substring("--borderlink.data-dir=".length()), "audit");
                continue;
            }
            if (value == null) {
                err.println("usage: borderlink " + USAGE);
                return 2;
            }
            switch (arg) {
                case "--dir" -> dir = Path.of(value);
                case "--instance" -> instance = value;
                case "--head" -> head = AuditChain.Head.parse(value);
                default -> {
                    err.println("unknown option " + arg + "; usage: borderlink " + USAGE);
                    return 2;
                }
            }
            i++;
        }
        List<Path> chains = AuditChain.chains(dir);
        if (instance != null) {
            Path only = dir.resolve(AuditChain.fileName(instance));
            chains = chains.contains(only) ? List.of(only) : List.of();
        }
        if (chains.isEmpty()) {
            err.println("No audit trail in " + dir.toAbsolutePath() + (instance == null ? "" : " for " + instance));
            return 2;
        }
        if (head != null && chains.size() > 1) {
            err.println("--head belongs to one instance's chain: name it with --instance");
            return 2;
        }
        boolean intact = true;
        for (Path chain : chains) {
            AuditChain.Verification v = AuditChain.verify(chain, head);
            if (v.intact()) {
                out.printf("%s: intact, %,d events, head %s%n", v.file(), v.events(), v.head());
            } else {
                intact = false;
                AuditChain.Problem p = v.problem();
                out.printf(
                        "%s: BROKEN at line %d%s: %s (the %,d events before it are intact)%n",
                        v.file(), p.line(), p.seq() == null ? "" : " (event " + p.seq() + ")", p.what(), v.events());
            }
        }
        return intact ? 0 : 1;
    }
}
