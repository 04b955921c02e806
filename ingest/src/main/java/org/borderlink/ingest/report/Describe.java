package org.borderlink.ingest.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.borderlink.graph.model.AgeBand;
import org.borderlink.graph.model.Tlp;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/** Plain words for what the format expects and what an input holds, without echoing long input back. */
final class Describe {

    /** The most characters of input a message repeats. */
    static final int MAX_ECHO = 40;

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'|\"([^\"]*)\"|`([^`]*)`");

    private Describe() {}

    /** {@code 'value'}, cut to {@value #MAX_ECHO} characters and on one line. */
    static String quote(@Nullable Object value) {
        if (value == null) return "null";
        return "'" + cut(String.valueOf(value)) + "'";
    }

    static String cut(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() <= MAX_ECHO
                ? oneLine
                : oneLine.substring(0, MAX_ECHO - 1).stripTrailing() + "…";
    }

    /** The values a closed set accepts, as the report writes them; empty for an open type. */
    static List<String> allowedValues(Class<?> type) {
        if (type == Tlp.class)
            return Arrays.stream(Tlp.values()).map(Tlp::label).toList();
        if (type == AgeBand.class)
            return Arrays.stream(AgeBand.values()).map(AgeBand::label).toList();
        if (type.isEnum() && HtcdsPicklist.class.isAssignableFrom(type)) {
            return Arrays.stream(type.getEnumConstants())
                    .map(v -> ((HtcdsPicklist) v).htcds())
                    .toList();
        }
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants())
                    .map(v -> ((Enum<?>) v).name())
                    .toList();
        }
        return List.of();
    }

    /** What a value of {@code type} looks like, e.g. "a whole number" or "one of SOM, THB, MIXED". */
    static String expected(Class<?> type) {
        List<String> allowed = allowedValues(type);
        if (!allowed.isEmpty()) return "one of " + String.join(", ", allowed);
        if (type == String.class) return "text";
        if (type == Integer.class || type == int.class || type == Long.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == BigDecimal.class) return "a number";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (Collection.class.isAssignableFrom(type) || type.isArray()) return "a list";
        if (Map.class.isAssignableFrom(type) || type.isRecord()) return "an object";
        return "a " + type.getSimpleName();
    }

    /** What the input holds at a token, e.g. "text 'Šid'" or "a list". */
    static String found(@Nullable JsonToken token, @Nullable Object value) {
        if (token == null) return "the end of the input";
        return switch (token) {
            case START_OBJECT, END_OBJECT -> "an object";
            case START_ARRAY, END_ARRAY -> "a list";
            case VALUE_STRING -> value == null ? "text" : "text " + quote(value);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                value == null ? "a number" : "the number " + cut(value.toString());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> "something else";
        };
    }

    /** What a tree node is, e.g. "text 'abc'" or "a list". */
    static String found(JsonNode node) {
        if (node.isObject()) return "an object";
        if (node.isArray()) return "a list";
        if (node.isString()) return "text " + quote(node.asString());
        if (node.isNumber()) return "the number " + cut(node.toString());
        if (node.isBoolean()) return node.toString();
        if (node.isNull()) return "null";
        return "something else";
    }

    /**
     * A parser's own message made fit for users: first line only, no source description, no Java type
     * names, quoted input cut short.
     */
    static String clean(@Nullable String message) {
        if (message == null || message.isBlank()) return "unreadable input";
        String m = message.lines().findFirst().orElse("").strip();
        int marker = m.indexOf(" (start marker at");
        if (marker >= 0) m = m.substring(0, marker);
        int source = m.indexOf(" at [Source");
        if (source >= 0) m = m.substring(0, source);
        m = m.replace("java.lang.", "").replace("java.util.", "");
        Matcher quoted = QUOTED.matcher(m);
        StringBuilder out = new StringBuilder();
        while (quoted.find()) {
            String inner = quoted.group(1) != null
                    ? quoted.group(1)
                    : quoted.group(2) != null ? quoted.group(2) : quoted.group(3);
            quoted.appendReplacement(out, Matcher.quoteReplacement("'" + cut(inner) + "'"));
        }
        quoted.appendTail(out);
        String result = out.toString();
        return result.length() <= 200 ? result : result.substring(0, 199) + "…";
    }

    static String join(Collection<?> names) {
        return names.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }
}
