package org.borderlink.ingest.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;

/** JSON paths in the form problems use: {@code $.persons[2].role}, relative to one report. */
final class JsonPaths {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private JsonPaths() {}

    /** The path of the value a parser is at. */
    static String of(@Nullable JsonParser parser) {
        if (parser == null) return Problem.ROOT;
        Deque<String> segments = new ArrayDeque<>();
        for (TokenStreamContext c = parser.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.push(index(Math.max(c.getCurrentIndex(), 0)));
            } else if (c.currentName() != null) {
                segments.push(name(c.currentName()));
            }
        }
        return Problem.ROOT + String.join("", segments);
    }

    /** The path an exception collected on its way out of the deserialisers. */
    static String of(JacksonException e) {
        StringBuilder path = new StringBuilder(Problem.ROOT);
        List<JacksonException.Reference> references = e.getPath();
        for (JacksonException.Reference ref : references) {
            if (ref.getPropertyName() != null) {
                path.append(name(ref.getPropertyName()));
            } else if (ref.getIndex() >= 0) {
                path.append(index(ref.getIndex()));
            }
        }
        return path.toString();
    }

    /** The path of a list of segments: property names and list indices. */
    static String of(List<Object> segments) {
        StringBuilder path = new StringBuilder(Problem.ROOT);
        for (Object segment : segments) {
            path.append(segment instanceof Integer i ? index(i) : name(String.valueOf(segment)));
        }
        return path.toString();
    }

    /** The last field name of a path, for messages: {@code role} for {@code $.persons[2].role}. */
    static String field(String path) {
        String p = path;
        while (p.endsWith("]") && !p.endsWith("']")) p = p.substring(0, p.lastIndexOf('['));
        int dot = p.lastIndexOf('.');
        int bracket = p.lastIndexOf("['");
        if (bracket > dot) return p.substring(bracket + 2, p.length() - 2);
        return dot >= 0 ? p.substring(dot + 1) : "the report";
    }

    static String name(String name) {
        if (name.length() <= Describe.MAX_ECHO && PLAIN_NAME.matcher(name).matches()) return "." + name;
        return "['" + Describe.cut(name).replace("'", "\\'") + "']";
    }

    static String index(int index) {
        return "[" + index + "]";
    }
}
