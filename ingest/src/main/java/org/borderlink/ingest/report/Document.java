package org.borderlink.ingest.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An identity or travel document. The number is a direct identifier: the pipeline turns it into a keyed hash
 * before anything is stored.
 *
 * @param issuer the issuing country as written
 */
public record Document(
        String ref,
        List<String> usedBy,
        DocumentType type,
        @Nullable String issuer,
        String number,
        @Nullable DocumentStatus status)
        implements Selector {

    public Document {
        usedBy = Lists.orEmpty(usedBy);
    }
}
