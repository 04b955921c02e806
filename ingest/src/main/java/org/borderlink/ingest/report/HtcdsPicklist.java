package org.borderlink.ingest.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enum whose values are the value names of an IOM HTCDS 2.0 picklist ({@code field-standards-2.0.csv}).
 * The report writes the HTCDS value name (e.g. {@code DebtBondage}), not the Java constant.
 */
public interface HtcdsPicklist {

    /** The HTCDS 2.0 value name, as written in the report. */
    @JsonValue
    String htcds();

    /**
     * The value of {@code type} whose HTCDS value name is {@code name} (exact, as HTCDS spells it).
     *
     * @throws IllegalArgumentException naming the accepted value names
     */
    static <E extends Enum<E> & HtcdsPicklist> E fromHtcds(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.htcds().equals(name)) return value;
        }
        throw new IllegalArgumentException("unknown HTCDS value '" + name + "'; expected one of "
                + Arrays.stream(type.getEnumConstants())
                        .map(HtcdsPicklist::htcds)
                        .collect(Collectors.joining(", ")));
    }
}
