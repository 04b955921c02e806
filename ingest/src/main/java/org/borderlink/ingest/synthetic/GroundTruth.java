package org.borderlink.ingest.synthetic;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.borderlink.ingest.report.CaseReport;
import org.borderlink.ingest.report.Person;

/**
 * Who every person mention of a generated data set really is: the answer key for resolution precision and
 * recall.
 *
 * @param personOf for every mention, the true person's id
 * @param persons every true person mentioned at least once, by id
 */
public record GroundTruth(Map<MentionKey, String> personOf, Map<String, TruePerson> persons) {

    public GroundTruth {
        personOf = Collections.unmodifiableMap(new LinkedHashMap<>(personOf));
        persons = Collections.unmodifiableMap(new TreeMap<>(persons));
    }

    /** The ground truth of these reports' mentions. */
    public static GroundTruth of(Collection<GeneratedReport> reports) {
        Map<MentionKey, String> personOf = new LinkedHashMap<>();
        Map<String, TruePerson> persons = new TreeMap<>();
        for (GeneratedReport report : reports) {
            for (TrueMention mention : report.mentions()) {
                personOf.put(mention.key(), mention.person().id());
                persons.putIfAbsent(mention.person().id(), mention.person());
            }
        }
        return new GroundTruth(personOf, persons);
    }

    /** The true person behind a person of a report, if the report is part of this data set. */
    public Optional<TruePerson> personOf(CaseReport report, Person person) {
        String id = personOf.get(new MentionKey(report.key(), report.version(), person.ref()));
        return Optional.ofNullable(id).map(persons::get);
    }
}
