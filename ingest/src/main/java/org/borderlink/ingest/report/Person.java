package org.borderlink.ingest.report;

import java.util.List;
import org.borderlink.graph.model.AgeBand;
import org.borderlink.graph.model.Gender;
import org.borderlink.graph.model.Role;
import org.jspecify.annotations.Nullable;

/**
 * A person the report mentions, in one role. Names and birth dates are kept as written; victims and smuggled
 * migrants are pseudonymised later in the pipeline, before anything is stored (design §4.3).
 *
 * @param ref local reference, unique within the report
 * @param nationality as written (a name in any script or a code); normalised later
 * @param languages languages spoken, as written (ISO 639-1 codes preferred)
 * @param minor whether the person is a child, when the report says so
 * @param incidents the incidents of this report the person took part in
 * @param victim HTCDS victim data; only for {@link Role#VICTIM} and {@link Role#SMUGGLED_MIGRANT}
 */
public record Person(
        String ref,
        Role role,
        @Nullable String name,
        List<String> aliases,
        @Nullable Gender gender,
        @Nullable String birthDate,
        @Nullable Boolean birthDateEstimated,
        @Nullable AgeBand ageBand,
        @Nullable String nationality,
        List<String> languages,
        @Nullable Boolean minor,
        List<PersonIncident> incidents,
        @Nullable Victim victim) {

    public Person {
        aliases = Lists.orEmpty(aliases);
        languages = Lists.orEmpty(languages);
        incidents = Lists.orEmpty(incidents);
    }
}
