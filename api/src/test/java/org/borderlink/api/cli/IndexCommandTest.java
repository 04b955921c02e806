package org.borderlink.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code borderlink index …} as the command line reads it; the rebuild itself is {@code IndexCatchUp.rebuild}, proved
 * against the real engine by {@code ResolutionIT}.
 */
class IndexCommandTest {

    @Test
    void indexIsACommandAndHelpNamesIt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = CommandLine.run(new String[] {"help"}, print(out), print(new ByteArrayOutputStream()));

        assertThat(CommandLine.isCommand(new String[] {"index", "rebuild"})).isTrue();
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(IndexCommand.USAGE);
    }

    @Test
    void anythingButRebuildIsAUsageErrorThatStartsNothing() {
        for (List<String> args : List.of(List.<String>of(), List.of("drop"), List.of("rebuild", "now"))) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            int status = IndexCommand.run(args, print(new ByteArrayOutputStream()), print(err));

            assertThat(status).as("%s", args).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: borderlink index rebuild");
        }
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
