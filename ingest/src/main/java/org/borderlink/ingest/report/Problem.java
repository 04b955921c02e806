package org.borderlink.ingest.report;

/**
 * One thing wrong with one record of an input, in plain words. Every ingest step (reading, validation,
 * normalisation) reports errors as problems, so a refused report lists all of them at once.
 *
 * @param recordIndex the position of the record in the input, from 0 (across all files of a directory)
 * @param path where in the record, as a JSON path such as {@code $.persons[2].role}; {@code $} for the
 *     record as a whole
 * @param message what is wrong, for a person to read; never echoes more than a few dozen characters of
 *     input
 */
public record Problem(int recordIndex, String path, String message) {

    /** The path of a record as a whole. */
    public static final String ROOT = "$";

    @Override
    public String toString() {
        return "#" + recordIndex + " " + path + ": " + message;
    }
}
