package org.borderlink.ingest.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.borderlink.graph.model.AgeBand;
import org.borderlink.graph.model.Tlp;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON mapper for the canonical report: strict (unknown fields, unknown enum values, explicit nulls,
 * numbers written as text and the like are errors, never silently coerced), bounded by {@link ReportLimits}, and writing
 * reports back in the same format (TLP as {@code AMBER+STRICT}, age bands as {@code 18–20}, HTCDS value
 * names, empty and absent values left out).
 */
public final class ReportJson {

    /** Deeper than any report can legitimately nest (a list of reports → report → person → victim → list). */
    static final int MAX_NESTING_DEPTH = 32;

    private static final JsonMapper DEFAULT = mapper(ReportLimits.DEFAULTS);

    private ReportJson() {}

    /** The mapper with {@link ReportLimits#DEFAULTS}. */
    public static JsonMapper mapper() {
        return DEFAULT;
    }

    /** A mapper whose parser refuses any single text value longer than {@code limits.maxReportBytes()}. */
    public static JsonMapper mapper(ReportLimits limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(limits.maxReportBytes())
                        .build())
                .build();
        SimpleModule values = new SimpleModule("borderlink-report-values")
                .addSerializer(Tlp.class, new TlpSerializer())
                .addDeserializer(Tlp.class, new TlpDeserializer())
                .addSerializer(AgeBand.class, new AgeBandSerializer())
                .addDeserializer(AgeBand.class, new AgeBandDeserializer());
        return JsonMapper.builder(factory)
                .enable(
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .withCoercionConfig(
                        LogicalType.Textual,
                        text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .changeDefaultNullHandling(n -> JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .changeDefaultPropertyInclusion(
                        i -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
                .addModule(values)
                .addHandler(new ProblemCollector())
                .build();
    }

    /** Only the exact TLP 2.0 labels, as the schema lists them. */
    private static final class TlpDeserializer extends StdDeserializer<Tlp> {
        TlpDeserializer() {
            super(Tlp.class);
        }

        @Override
        public @Nullable Tlp deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) return (Tlp) ctxt.handleUnexpectedToken(Tlp.class, p);
            String text = p.getString();
            for (Tlp tlp : Tlp.values()) {
                if (tlp.label().equals(text)) return tlp;
            }
            return (Tlp) ctxt.handleWeirdStringValue(Tlp.class, text, "not a TLP 2.0 label");
        }
    }

    private static final class TlpSerializer extends StdSerializer<Tlp> {
        TlpSerializer() {
            super(Tlp.class);
        }

        @Override
        public void serialize(Tlp value, JsonGenerator gen, SerializationContext provider) {
            gen.writeString(value.label());
        }
    }

    /** CTDC labels, with an en dash or a plain hyphen: {@code 18–20}, {@code 18-20}, {@code 48+}. */
    private static final class AgeBandDeserializer extends StdDeserializer<AgeBand> {
        AgeBandDeserializer() {
            super(AgeBand.class);
        }

        @Override
        public @Nullable AgeBand deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) return (AgeBand) ctxt.handleUnexpectedToken(AgeBand.class, p);
            String text = p.getString();
            String label = text.replace('-', '–');
            for (AgeBand band : AgeBand.values()) {
                if (band.label().equals(label)) return band;
            }
            return (AgeBand) ctxt.handleWeirdStringValue(AgeBand.class, text, "not a CTDC age band");
        }
    }

    private static final class AgeBandSerializer extends StdSerializer<AgeBand> {
        AgeBandSerializer() {
            super(AgeBand.class);
        }

        @Override
        public void serialize(AgeBand value, JsonGenerator gen, SerializationContext provider) {
            gen.writeString(value.label());
        }
    }
}
