package org.borderlink.ingest.report;

import java.util.List;
import java.util.stream.Stream;
import org.borderlink.graph.model.CaseType;
import org.jspecify.annotations.Nullable;

/**
 * One case report in the canonical format, version {@value #SCHEMA_VERSION}: the header of the report and
 * everything it asserts. This is the binding of {@code docs/report-format/case-report.schema.json}, field for
 * field.
 *
 * <p>Values the normalisers own (dates, countries, phones, plates, places, names) are kept exactly as
 * written. Components not marked {@code @Nullable} are required by the format; the reader binds what the
 * input holds, so they are guaranteed present only once {@link ReportValidator} has returned no problems.
 * Lists are never null.
 *
 * @param schemaVersion always {@value #SCHEMA_VERSION} for this format
 * @param agency the owning agency, e.g. {@code RS-MUP}
 * @param country the agency's country as written (normalised later)
 * @param reference the agency's own reference; with {@code agency} it identifies the report
 * @param version 1 for the first submission, higher for each correction
 * @param reportedOn when the agency recorded the case, as written
 * @param receivedOn when Borderlink received it, as written, if known
 * @param status the state of the case at the agency, if given
 */
public record CaseReport(
        String schemaVersion,
        String agency,
        String country,
        String reference,
        Integer version,
        String reportedOn,
        @Nullable String receivedOn,
        CaseType type,
        ReportMarking marking,
        String grading,
        @Nullable Narrative narrative,
        @Nullable CaseStatus status,
        List<Incident> incidents,
        List<Person> persons,
        List<Organisation> organisations,
        Selectors selectors,
        List<Relation> relations,
        List<Leg> legs,
        List<Outcome> outcomes) {

    /** The only format version this code reads. */
    public static final String SCHEMA_VERSION = "1";

    public CaseReport {
        incidents = Lists.orEmpty(incidents);
        persons = Lists.orEmpty(persons);
        organisations = Lists.orEmpty(organisations);
        selectors = selectors == null ? Selectors.NONE : selectors;
        relations = Lists.orEmpty(relations);
        legs = Lists.orEmpty(legs);
        outcomes = Lists.orEmpty(outcomes);
    }

    /** The report's key in the graph, {@code agency:reference} (design §3). */
    public String key() {
        return agency + ":" + reference;
    }

    /** The local references this report declares, in document order (duplicates included). */
    public Stream<String> declaredRefs() {
        return Stream.of(
                        incidents.stream().map(Incident::ref),
                        persons.stream().map(Person::ref),
                        organisations.stream().map(Organisation::ref),
                        selectors.all().map(Selector::ref),
                        legs.stream().map(Leg::ref))
                .flatMap(s -> s);
    }
}
