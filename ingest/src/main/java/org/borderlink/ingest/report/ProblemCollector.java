package org.borderlink.ingest.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;

/**
 * Lets one binding pass collect every problem of a report instead of stopping at the first: an unknown field,
 * an unknown enum value or a value of the wrong type is written down, skipped, and binding goes on. Active only
 * for reads that carry a {@link Sink} as attribute {@link #ATTRIBUTE}; other reads fail as Jackson would.
 */
final class ProblemCollector extends DeserializationProblemHandler {

    static final Object ATTRIBUTE = ProblemCollector.class;

    /** The problems of one report being bound. */
    static final class Sink {
        final int recordIndex;
        final List<Problem> problems = new ArrayList<>();

        Sink(int recordIndex) {
            this.recordIndex = recordIndex;
        }

        void add(String path, String message) {
            problems.add(new Problem(recordIndex, path, message));
        }
    }

    private static @Nullable Sink sink(DeserializationContext ctxt) {
        return ctxt.getAttribute(ATTRIBUTE) instanceof Sink s ? s : null;
    }

    @Override
    public boolean handleUnknownProperty(
            DeserializationContext ctxt,
            JsonParser p,
            ValueDeserializer<?> deserializer,
            Object beanOrClass,
            String propertyName) {
        Sink sink = sink(ctxt);
        if (sink == null) return false;
        Collection<Object> known = deserializer.getKnownPropertyNames();
        String path = JsonPaths.of(p);
        sink.add(
                path,
                "unknown field " + Describe.quote(propertyName)
                        + (known == null || known.isEmpty() ? "" : "; expected one of " + Describe.join(known)));
        p.skipChildren();
        return true;
    }

    @Override
    public @Nullable Object handleWeirdStringValue(
            DeserializationContext ctxt, Class<?> targetType, String valueToConvert, String failureMsg) {
        Sink sink = sink(ctxt);
        if (sink == null) return NOT_HANDLED;
        String path = JsonPaths.of(ctxt.getParser());
        sink.add(path, unexpected(path, targetType, "text " + Describe.quote(valueToConvert), valueToConvert));
        return null;
    }

    @Override
    public @Nullable Object handleWeirdNumberValue(
            DeserializationContext ctxt, Class<?> targetType, Number valueToConvert, String failureMsg) {
        Sink sink = sink(ctxt);
        if (sink == null) return NOT_HANDLED;
        String path = JsonPaths.of(ctxt.getParser());
        String found = "the number " + Describe.cut(valueToConvert.toString());
        sink.add(path, unexpected(path, targetType, found, null));
        return null;
    }

    @Override
    public @Nullable Object handleUnexpectedToken(
            DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p, String failureMsg) {
        Sink sink = sink(ctxt);
        if (sink == null) return NOT_HANDLED;
        String path = JsonPaths.of(p);
        sink.add(path, unexpected(path, targetType.getRawClass(), Describe.found(t, scalar(p, t)), null));
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) p.skipChildren();
        return null;
    }

    @Override
    public @Nullable Object handleMissingInstantiator(
            DeserializationContext ctxt, Class<?> instClass, ValueInstantiator valueInsta, JsonParser p, String msg) {
        Sink sink = sink(ctxt);
        if (sink == null) return NOT_HANDLED;
        JsonToken t = p.currentToken();
        String path = JsonPaths.of(p);
        sink.add(path, unexpected(path, instClass, Describe.found(t, scalar(p, t)), null));
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) p.skipChildren();
        return null;
    }

    @Override
    public @Nullable Object handleInstantiationProblem(
            DeserializationContext ctxt, Class<?> instClass, @Nullable Object argument, Throwable t) {
        Sink sink = sink(ctxt);
        if (sink == null) return NOT_HANDLED;
        String path = JsonPaths.of(ctxt.getParser());
        sink.add(path, "could not read " + JsonPaths.field(path) + ": " + Describe.clean(t.getMessage()));
        return null;
    }

    /** "unknown value 'DRVER' for role; expected one of …" or "expected a whole number for version but found …". */
    static String unexpected(String path, Class<?> targetType, String found, @Nullable String text) {
        String field = JsonPaths.field(path);
        if (text != null && !Describe.allowedValues(targetType).isEmpty()) {
            return "unknown value " + Describe.quote(text) + " for " + field + "; expected "
                    + Describe.expected(targetType);
        }
        return "expected " + Describe.expected(targetType) + " for " + field + " but found " + found;
    }

    private static @Nullable Object scalar(JsonParser p, @Nullable JsonToken t) {
        if (t == JsonToken.VALUE_STRING) return p.getString();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) return p.getNumberValue();
        return null;
    }
}
