package org.borderlink.ingest.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A phone number as written (the phone normaliser makes it E.164), with the handset's IMEI when known.
 */
public record Phone(
        String ref,
        List<String> usedBy,
        String number,
        @Nullable String imei) implements Selector {

    public Phone {
        usedBy = Lists.orEmpty(usedBy);
    }
}
