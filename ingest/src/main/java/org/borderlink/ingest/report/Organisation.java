package org.borderlink.ingest.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A group or company the report mentions: a smuggling ring, a transport company, a travel agency.
 *
 * @param ref local reference, unique within the report
 * @param members references to persons of this report
 */
public record Organisation(
        String ref, String name, @Nullable OrganisationKind kind, List<String> members) {

    public Organisation {
        members = Lists.orEmpty(members);
    }
}
