package org.borderlink.api.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderlink.ingest.report.ReportValidator;
import org.borderlink.ingest.tabular.MappingCheck;
import org.borderlink.ingest.tabular.MappingException;
import org.borderlink.ingest.tabular.Mappings;
import org.borderlink.ingest.tabular.ReportCheck;
import org.borderlink.ingest.tabular.TabularMapping;
import org.borderlink.ingest.tabular.TabularReader;
import org.borderlink.ingest.tabular.Values;

/**
 * {@code borderlink mapping check MAPPING SAMPLE [--rows N]}: how a column mapping (a name or a YAML file) reads a
 * sample export, before anything is ingested: the columns it maps and those it leaves out, the first rows value by
 * value, the values no dictionary knows, and the problems the ingest would answer with. {@code borderlink mapping
 * list} names the mappings there are. Needs no graph and writes nothing; exits 0 when the sample would be ingested.
 */
final class MappingCommand {

    static final String USAGE = "mapping check NAME|FILE.yaml SAMPLE [--rows N]   preview how a column mapping reads"
            + " an export; mapping list   the known mappings";

    private static final int DEFAULT_ROWS = 3;

    private MappingCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        List<String> rest = new ArrayList<>();
        int rows = DEFAULT_ROWS;
        Path mappingDir = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--rows") && i + 1 < args.size()) {
                rows = Integer.parseInt(args.get(++i));
            } else if (a.startsWith("--rows=")) {
                rows = Integer.parseInt(a.substring("--rows=".length()));
            } else if (a.startsWith("--borderlink.ingest.mapping-dir=")) {
                mappingDir = Path.of(a.substring(a.indexOf('=') + 1));
            } else {
                rest.add(a);
            }
        }
        Values values = Values.standard();
        Mappings mappings = new Mappings(values, mappingDir);
        if (rest.size() == 1 && rest.getFirst().equals("list")) {
            mappings.names().forEach(out::println);
            return 0;
        }
        if (rest.size() != 3 || !rest.getFirst().equals("check")) {
            err.println("usage: borderlink " + USAGE);
            return 2;
        }
        Path sample = Path.of(rest.get(2));
        if (!Files.isRegularFile(sample)) {
            err.println("No such file: " + sample);
            return 2;
        }
        TabularMapping mapping;
        try {
            mapping = mappings.resolve(rest.get(1));
        } catch (MappingException e) {
            out.println("The mapping cannot be used:");
            e.problems().forEach(p -> out.println("  " + p));
            return 1;
        }
        TabularReader reader = new TabularReader(values, ReportCheck.standard(new ReportValidator()));
        MappingCheck.Preview preview;
        try (InputStream in = Files.newInputStream(sample)) {
            preview = MappingCheck.run(reader, mapping, in, sample.getFileName().toString(), rows);
        }
        out.print(preview.render());
        return preview.ok() ? 0 : 1;
    }
}
