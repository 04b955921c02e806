package org.borderlink.ingest.report;

import org.jspecify.annotations.Nullable;

/**
 * A fact linking two actors of the report: who contacted, paid, recruited, transported, harboured or
 * exploited whom, and who belongs to which group.
 *
 * @param from a person's local reference
 * @param to a person's or an organisation's local reference
 * @param date as written, if known
 * @param amount the sum paid, for {@link RelationType#PAID}
 */
public record Relation(
        RelationType type,
        String from,
        String to,
        @Nullable String date,
        @Nullable Money amount) {}
