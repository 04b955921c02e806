package org.borderlink.ingest.normalise;

import org.borderlink.graph.model.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * A phone number in E.164 form ({@code +38761234567}), the country its number range belongs to (null for
 * non-geographic numbers such as satellite phones) and the kind of line.
 */
public record NormalisedPhone(String e164, @Nullable CountryCode country, LineType lineType) {

    /** What kind of line the number range is for, as far as the numbering plan tells. */
    public enum LineType {
        MOBILE,
        FIXED_LINE,
        /** Ranges that a country uses for both (e.g. in the United States). */
        FIXED_LINE_OR_MOBILE,
        VOIP,
        /** Toll-free, premium-rate, pager, personal, UAN, voicemail and similar. */
        OTHER
    }
}
