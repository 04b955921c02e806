package org.borderlink.api.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.borderlink.api.BorderlinkApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The commands of {@code java -jar borderlink.jar COMMAND …}. Without a command the jar starts the server. Commands
 * that need the graph start the application without its web server, against the same configuration (the embedded
 * engine on {@code borderlink.data-dir}, or {@code spring.neo4j.uri}).
 */
public final class CommandLine {

    private static final Set<String> COMMANDS = Set.of("ingest", "generate", "audit", "mapping", "index", "help");

    private CommandLine() {}

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "ingest" -> IngestCommand.run(rest, out, err);
                case "generate" -> GenerateCommand.run(rest, out, err);
                case "audit" -> AuditCommand.run(rest, out, err);
                case "mapping" -> MappingCommand.run(rest, out, err);
                case "index" -> IndexCommand.run(rest, out, err);
                default -> {
                    out.println("usage: java -jar borderlink.jar [COMMAND]");
                    out.println("  (no command)   start the server");
                    out.println("  " + IngestCommand.USAGE);
                    out.println("  " + GenerateCommand.USAGE);
                    out.println("  " + AuditCommand.USAGE);
                    out.println("  " + MappingCommand.USAGE);
                    out.println("  " + IndexCommand.USAGE);
                    yield 0;
                }
            };
        } catch (Exception e) {
            err.println("borderlink " + args[0] + ": " + e.getMessage());
            return 1;
        }
    }

    /**
     * The application without web server or demo data, quiet except for warnings. {@code springArgs} are the
     * command's {@code --name=value} options, e.g. {@code --borderlink.data-dir=/srv/borderlink}.
     */
    static ConfigurableApplicationContext context(List<String> springArgs) {
        return new SpringApplicationBuilder(BorderlinkApplication.class)
                .web(WebApplicationType.NONE)
                .properties("borderlink.demo=false", "logging.level.root=WARN", "spring.main.log-startup-info=false")
                .run(springArgs.toArray(String[]::new));
    }
}
