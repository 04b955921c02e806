package org.borderlink.api.cli;

import java.io.PrintStream;
import java.util.List;
import org.borderlink.ingest.search.IndexCatchUp;
import org.borderlink.ingest.search.SearchIndex;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code borderlink index rebuild}: recreates the search index from the graph (and the gazetteer), for a new index
 * directory, after a restore of the graph, or when the index is suspected to have drifted. The server must not run
 * on the same index directory meanwhile: Lucene's write lock refuses a second writer.
 */
final class IndexCommand {

    static final String USAGE = "index rebuild  recreate the search index from the graph";

    private IndexCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> springArgs = args.stream().filter(a -> a.startsWith("--")).toList();
        List<String> words = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (!words.equals(List.of("rebuild"))) {
            err.println("usage: borderlink " + USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext context = CommandLine.context(springArgs)) {
            long started = System.nanoTime();
            IndexCatchUp.Run run = context.getBean(IndexCatchUp.class).rebuild();
            out.printf(
                    "Search index rebuilt: %,d reports, %,d documents in %.1f s, at ingest sequence %d%n",
                    run.reindexed(),
                    context.getBean(SearchIndex.class).documentCount(),
                    (System.nanoTime() - started) / 1e9,
                    run.checkpoint());
            return 0;
        }
    }
}
