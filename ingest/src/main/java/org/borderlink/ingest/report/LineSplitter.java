package org.borderlink.ingest.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits UTF-8 input into lines without ever holding more than one line of at most {@code maxLineBytes}: a
 * longer line is skipped and reported by its length only. A line feed byte never occurs inside a multi-byte
 * UTF-8 sequence, so splitting bytes is exact.
 */
final class LineSplitter {

    /** One line: its number from 1, its bytes without the line end (null when too long), its length. */
    record Line(long number, byte @Nullable [] bytes, long length) {

        boolean tooLong() {
            return bytes == null;
        }

        boolean blank() {
            if (bytes == null) return false;
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') return false;
            }
            return true;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int end;
    private long lineNumber;
    private boolean eof;

    LineSplitter(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the input. */
    @Nullable
    Line next() throws IOException {
        if (eof && pos >= end) return null;
        byte[] line = new byte[Math.min(256, maxLineBytes)];
        int size = 0;
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos >= end && !fill()) {
                if (!any) return null;
                break;
            }
            any = true;
            int start = pos;
            int newline = -1;
            for (int i = pos; i < end; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int stop = newline >= 0 ? newline : end;
            int chunk = stop - start;
            length += chunk;
            if (line != null) {
                if (length > maxLineBytes) {
                    line = null;
                } else {
                    if (size + chunk > line.length) {
                        line = Arrays.copyOf(
                                line, (int) Math.min(maxLineBytes, Math.max(2L * line.length, size + chunk)));
                    }
                    System.arraycopy(buffer, start, line, size, chunk);
                    size += chunk;
                }
            }
            pos = newline >= 0 ? newline + 1 : end;
            if (newline >= 0) break;
        }
        lineNumber++;
        if (line == null) return new Line(lineNumber, null, length);
        byte[] bytes = Arrays.copyOf(line, size);
        if (lineNumber == 1) bytes = withoutBom(bytes);
        return new Line(lineNumber, bytes, length);
    }

    private boolean fill() throws IOException {
        if (eof) return false;
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            eof = true;
            pos = end = 0;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    private static byte[] withoutBom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        return bytes;
    }
}
