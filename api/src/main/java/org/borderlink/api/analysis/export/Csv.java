package org.borderlink.api.analysis.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** RFC 4180 CSV lines: fields quoted when they hold a comma, quote or line break, quotes doubled, CRLF line ends. */
final class Csv {

    private Csv() {}

    static void line(Writer out, List<@Nullable String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.write(',');
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(@Nullable String value) {
        if (value == null) return "";
        // a leading = + - @ would make a spreadsheet evaluate the field as a formula
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("[+-]?\\d[\\d.]*")
                ? "'" + value
                : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
