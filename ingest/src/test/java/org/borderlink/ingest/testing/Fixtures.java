package org.borderlink.ingest.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample files of docs/ingest/samples, for the format tests. */
public final class Fixtures {

    /** Relative to the ingest module, surefire's and failsafe's working directory. */
    public static final Path SAMPLES = Path.of("..", "docs", "ingest", "samples");

    public static final String HTCDS = "htcds-iom-mk-2024.csv";

    private Fixtures() {}

    public static byte[] bytes(String sample) {
        try {
            return Files.readAllBytes(SAMPLES.resolve(sample));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
