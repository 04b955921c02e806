package org.borderlink.api.analysis.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** A file format an {@link ExportGraph} can be written as. */
enum ExportFormat {
    GRAPHML("application/graphml+xml", "graphml") {
        @Override
        void write(ExportGraph graph, OutputStream out) throws IOException {
            GraphMlWriter.write(graph, out);
        }
    },
    GEXF("application/gexf+xml", "gexf") {
        @Override
        void write(ExportGraph graph, OutputStream out) throws IOException {
            GexfWriter.write(graph, out);
        }
    },
    CSV("application/zip", "zip") {
        @Override
        void write(ExportGraph graph, OutputStream out) throws IOException {
            CsvWriter.writeZip(graph, out);
        }
    },
    I2("text/csv", "csv") {
        @Override
        void write(ExportGraph graph, OutputStream out) throws IOException {
            I2Writer.write(graph, out);
        }
    };

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    abstract void write(ExportGraph graph, OutputStream out) throws IOException;

    String mediaType() {
        return mediaType;
    }

    String fileName() {
        return "borderlink-" + name().toLowerCase(Locale.ROOT) + "." + extension;
    }
}
