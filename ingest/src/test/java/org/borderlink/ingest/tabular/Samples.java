package org.borderlink.ingest.tabular;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderlink.ingest.report.ReadResult;
import org.borderlink.ingest.report.ReportValidator;

/** The sample exports of docs/ingest/samples and one shared reader for them. */
public final class Samples {

    /** The samples, relative to the ingest module (surefire's and failsafe's working directory). */
    public static final Path DIR = Path.of("..", "docs", "ingest", "samples");

    public static final String SERBIAN = "rs-mup-krijumcarenje-2024-03.csv";
    public static final String BOSNIAN = "ba-gp-presretanja-2024-04.csv";
    public static final String ALBANIAN = "al-asp-trafikimi-2024-04.xlsx";
    public static final String MACEDONIAN = "mk-mvr-nastani-2024-03.csv";

    private static final Values VALUES = Values.standard();
    private static final Mappings MAPPINGS = new Mappings(VALUES);
    private static final TabularReader READER = new TabularReader(VALUES, ReportCheck.standard(new ReportValidator()));

    private Samples() {}

    public static byte[] bytes(String sample) {
        try {
            return Files.readAllBytes(DIR.resolve(sample));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Mappings mappings() {
        return MAPPINGS;
    }

    public static TabularReader reader() {
        return READER;
    }

    public static TabularMapping mapping(String name) {
        try {
            return MAPPINGS.resolve(name);
        } catch (MappingException e) {
            throw new AssertionError(e.problems().toString(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code bytes} as a file called {@code name} with the named mapping. */
    public static List<ReadResult> read(String mapping, byte[] bytes, String name) {
        try {
            return READER.read(new java.io.ByteArrayInputStream(bytes), name, mapping(mapping))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<ReadResult> read(String mapping, String sample) {
        return read(mapping, bytes(sample), sample);
    }
}
