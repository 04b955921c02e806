package org.borderlink.ingest.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One report's mention of a person, as the index keeps it and as resolution compares it: the {@code MENTIONS}
 * properties that describe the person, the selectors the report says they used and who else the report mentions.
 *
 * @param personId the resolved {@code Person} the mention is attached to
 * @param aud the audience tokens of the report: who may see this mention
 * @param isProtected a victim or smuggled migrant: no name, no aliases, no birth date (only {@code subjectKey})
 * @param display what a result list shows: the Latin name, or {@code role ref} for a protected person
 * @param birthDate only for persons who are not protected, with {@code birthPrecision} ({@code DAY}, …)
 * @param subjectKey keyed pseudonym of a protected person's folded name, birth date and nationality
 * @param selectors what the report says this person used
 * @param coPersons the ids of the other persons the same report mentions
 * @param context what else the report names that could tie two reports to one case: the selectors the others used
 *     and the places the gazetteer does not know (safe houses, addresses)
 */
public record PersonMention(
        String personId,
        String reportId,
        String localRef,
        String agency,
        List<String> aud,
        String role,
        boolean isProtected,
        String display,
        @Nullable String name,
        @Nullable String nameLatin,
        List<String> aliases,
        @Nullable String gender,
        @Nullable String ageBand,
        @Nullable String nationality,
        @Nullable LocalDate birthDate,
        @Nullable String birthPrecision,
        @Nullable String subjectKey,
        List<SelectorUse> selectors,
        List<String> coPersons,
        List<String> context) {

    public PersonMention {
        aud = List.copyOf(aud);
        aliases = List.copyOf(aliases);
        selectors = List.copyOf(selectors);
        coPersons = List.copyOf(coPersons);
        context = List.copyOf(context);
    }

    /**
     * A selector as resolution weighs it.
     *
     * @param label {@code Phone}, {@code Vehicle}, {@code Document}, {@code Account} or {@code OnlineAccount}
     * @param id the node id: an E.164 number, {@code RS:BG123AB}, {@code doc:<hmac>}, {@code pseudo:<hmac>}, …
     * @param status a document's {@code GENUINE}, {@code FORGED}, {@code IMPOSTOR} or {@code STOLEN_BLANK}
     */
    public record SelectorUse(
            String label, String id, @Nullable String status) {

        /** A selector stored only as a keyed pseudonym because only protected persons used it. */
        public boolean pseudonymous() {
            return id.startsWith("pseudo:") || id.contains(":pseudo:");
        }
    }

    /** The {@code reportId#localRef} key of the mention itself, whatever person it is attached to. */
    public String key() {
        return reportId + "#" + localRef;
    }

    /** Every name the mention gives: the name first, then the aliases. */
    public List<String> names() {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        if (name != null) all.add(name);
        all.addAll(aliases);
        return all;
    }

    public PersonMention withPersonId(String id) {
        return copy(id, birthDate, birthPrecision, selectors, coPersons, context);
    }

    public PersonMention withCoPersons(List<String> ids) {
        return copy(personId, birthDate, birthPrecision, selectors, ids, context);
    }

    /** The same mention with other evidence: what a person's other mentions lend the one a new mention matched. */
    public PersonMention withEvidence(
            @Nullable LocalDate birth,
            @Nullable String precision,
            List<SelectorUse> selectorUses,
            List<String> companions,
            List<String> contextIds) {
        return copy(personId, birth, precision, selectorUses, companions, contextIds);
    }

    private PersonMention copy(
            String id,
            @Nullable LocalDate birth,
            @Nullable String precision,
            List<SelectorUse> selectorUses,
            List<String> companions,
            List<String> contextIds) {
        return new PersonMention(
                id,
                reportId,
                localRef,
                agency,
                aud,
                role,
                isProtected,
                display,
                name,
                nameLatin,
                aliases,
                gender,
                ageBand,
                nationality,
                birth,
                precision,
                subjectKey,
                selectorUses,
                companions,
                contextIds);
    }

    /** Selector ids, for blocking. */
    public Stream<String> selectorIds() {
        return selectors.stream().map(SelectorUse::id);
    }
}
