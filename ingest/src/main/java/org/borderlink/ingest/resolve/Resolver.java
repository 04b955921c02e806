package org.borderlink.ingest.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderlink.ingest.facts.Pseudonymiser;
import org.borderlink.ingest.facts.ReportFacts;
import org.borderlink.ingest.normalise.NameNormaliser;
import org.borderlink.ingest.search.IndexedReport;
import org.borderlink.ingest.search.PersonMention;
import org.borderlink.ingest.search.SearchIndex;

/**
 * Person resolution at ingest (design §6): every person mention of a batch is compared with the persons already
 * known, found in the {@link SearchIndex} by blocking on folded and phonetic name words, selectors and subject keys,
 * and with the mentions resolved earlier in the same batch; then, by {@link MentionScorer}'s score:
 *
 * <ul>
 *   <li>at or above the join threshold the mention joins that person (its id is rewritten before the write);
 *   <li>between the thresholds it starts a new person and a {@code POSSIBLY_SAME_AS} suggestion is made;
 *   <li>below, it starts a new person.
 * </ul>
 *
 * Each report is resolved in two passes: the second adds co-occurrence (another person of the report already
 * resolved to someone the candidate was named with). Two mentions of one report are never one person: the report
 * says they are two. A new version of a report keeps the persons its earlier version's mentions were attached to.
 *
 * <p><b>Protected persons</b> (victims and smuggled migrants) carry no name: they are only ever compared with other
 * protected persons, joined only on exact pseudonymous evidence (a shared pseudonymised phone or handle, a shared
 * genuine document, the same subject key) with no conflicting attribute, and never suggested: a fuzzy link between
 * victims would be a guess about the people the platform protects most.
 *
 * <p>New persons get an opaque id, a keyed pseudonym of their first mention, so a person's id never tells anyone
 * which report first named them. Not thread-safe: the pipeline resolves one batch at a time, each against what the
 * batches before it wrote.
 */
public final class Resolver {

    private static final int MEMORY_CANDIDATES = 60;
    private static final int PROFILES = 50_000;
    private static final int PROFILE_MENTIONS = 300;

    private final SearchIndex index;
    private final MentionScorer scorer;
    private final ResolutionSettings settings;
    private final Pseudonymiser pseudonyms;
    private final NameNormaliser names = new NameNormaliser();
    private final Map<String, PersonProfile> profiles = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PersonProfile> eldest) {
            return size() > PROFILES;
        }
    };

    public Resolver(SearchIndex index, MentionScorer scorer, ResolutionSettings settings, Pseudonymiser pseudonyms) {
        this.index = index;
        this.scorer = scorer;
        this.settings = settings;
        this.pseudonyms = pseudonyms;
    }

    public ResolutionSettings settings() {
        return settings;
    }

    /** The batch with its person ids resolved, and the suggestions to record after the write. */
    public synchronized ResolvedBatch resolve(List<ReportFacts> batch) {
        Set<String> batchReports = new HashSet<>();
        batch.forEach(f -> batchReports.add(f.reportId()));
        Map<String, List<PersonMention>> previous = index.mentionsOf(batchReports);
        // the earlier versions of reports being replaced are no candidates; other reports of the batch are not indexed
        Set<String> replaced = Set.copyOf(previous.keySet());
        Memory memory = new Memory();
        List<ReportFacts> out = new ArrayList<>(batch.size());
        List<Suggestion> suggestions = new ArrayList<>();
        int[] counts = new int[2];
        for (ReportFacts facts : batch) {
            Map<String, String> earlier = new HashMap<>();
            for (PersonMention m : previous.getOrDefault(facts.reportId(), List.of())) {
                earlier.put(m.localRef(), m.personId());
            }
            List<PersonMention> mentions = IndexedReport.of(facts, 0).persons();
            Map<String, String> ids = resolveReport(mentions, earlier, replaced, memory, suggestions, counts);
            out.add(facts.withPersonIds(ids));
        }
        return new ResolvedBatch(out, suggestions, counts[0], counts[1]);
    }

    /** One candidate person for one mention, and the pair of mentions that scored best. */
    private record Option(PersonMention mention, String personId, PersonMention match, PairScore score) {}

    private Map<String, String> resolveReport(
            List<PersonMention> mentions,
            Map<String, String> earlier,
            Set<String> replaced,
            Memory memory,
            List<Suggestion> suggestions,
            int[] counts) {
        Map<String, String> fixed = new LinkedHashMap<>();
        Map<PersonMention, Map<String, List<PersonMention>>> candidates = new LinkedHashMap<>();
        for (PersonMention m : mentions) {
            String before = earlier.get(m.localRef());
            if (before != null) fixed.put(m.key(), before);
            else if (hasEvidence(m)) candidates.put(m, candidates(m, replaced, memory));
        }

        // pass 1 on the mention alone; pass 2 adds who else the report names, as pass 1 saw them: joined, or the best
        // candidate short of a join. Two namesakes who also appeared together before confirm each other.
        Map<PersonMention, List<Option>> firstOptions = options(candidates, Map.of(), memory);
        Map<String, Option> first = assign(firstOptions, fixed);
        Map<String, Set<String>> tentative = new HashMap<>();
        fixed.forEach((key, id) -> tentative.put(key, Set.of(id)));
        firstOptions.forEach((m, list) -> {
            Option joined = first.get(m.key());
            if (joined != null) tentative.put(m.key(), Set.of(joined.personId()));
            else if (!list.isEmpty())
                tentative.put(m.key(), Set.of(list.getFirst().personId()));
        });
        Map<String, Set<String>> co = new HashMap<>();
        for (PersonMention m : candidates.keySet()) {
            Set<String> others = new HashSet<>();
            for (PersonMention other : mentions) {
                if (other != m) others.addAll(tentative.getOrDefault(other.key(), Set.of()));
            }
            co.put(m.key(), others);
        }
        Map<PersonMention, List<Option>> options = options(candidates, co, memory);
        Map<String, Option> chosen = assign(options, fixed);

        Map<String, String> ids = new HashMap<>(fixed);
        for (PersonMention m : mentions) {
            if (ids.containsKey(m.key())) continue;
            Option option = chosen.get(m.key());
            if (option != null) {
                ids.put(m.key(), option.personId());
                counts[0]++;
            } else {
                String created = "person:" + pseudonyms.pseudonym("person-id", m.key());
                ids.put(m.key(), created);
                profiles.put(created, new PersonProfile()); // nothing to look up for a person nobody knew
                counts[1]++;
            }
        }
        for (PersonMention m : mentions) {
            String id = ids.get(m.key());
            if (!m.isProtected()) suggest(m, id, options.getOrDefault(m, List.of()), suggestions);
            List<String> others = new ArrayList<>();
            for (PersonMention other : mentions) if (other != m) others.add(ids.get(other.key()));
            PersonMention resolved = m.withPersonId(id)
                    .withCoPersons(others.stream().distinct().sorted().toList());
            memory.add(resolved);
            profile(id, memory).add(resolved);
        }
        return ids;
    }

    /** What every known mention of a person says, from the index and from this batch; kept for the next batches. */
    private PersonProfile profile(String personId, Memory memory) {
        PersonProfile profile = profiles.get(personId);
        if (profile == null) {
            profile = new PersonProfile();
            for (PersonMention m : index.mentionsOfPerson(personId, PROFILE_MENTIONS)) profile.add(m);
            for (PersonMention m : memory.ofPerson(personId)) profile.add(m);
            profiles.put(personId, profile);
        }
        return profile;
    }

    /**
     * Forgets what is known of these persons, after a merge or split outside resolution changed which mentions they
     * hold.
     */
    public void forget(java.util.Collection<String> personIds) {
        synchronized (this) {
            personIds.forEach(profiles::remove);
        }
    }

    /** A mention resolution can say something about: a name, a selector or a subject key. */
    private static boolean hasEvidence(PersonMention m) {
        if (!m.selectors().isEmpty()) return true;
        return m.isProtected() ? m.subjectKey() != null : m.name() != null;
    }

    /** Candidate persons from the index and from this batch, each with the mentions to score. */
    private Map<String, List<PersonMention>> candidates(PersonMention m, Set<String> replaced, Memory memory) {
        Map<String, List<PersonMention>> byPerson = new LinkedHashMap<>();
        for (List<PersonMention> group :
                index.candidates(m, replaced, settings.candidatePersons(), settings.mentionsPerPerson())) {
            byPerson.put(group.getFirst().personId(), new ArrayList<>(group));
        }
        for (PersonMention c : memory.candidates(m, blockingKeys(m))) {
            List<PersonMention> group = byPerson.computeIfAbsent(c.personId(), k -> new ArrayList<>());
            if (group.size() < settings.mentionsPerPerson() * 2) group.add(c);
        }
        return byPerson;
    }

    private Map<PersonMention, List<Option>> options(
            Map<PersonMention, Map<String, List<PersonMention>>> candidates,
            Map<String, Set<String>> co,
            Memory memory) {
        Map<PersonMention, List<Option>> out = new LinkedHashMap<>();
        for (var entry : candidates.entrySet()) {
            PersonMention m = entry.getKey();
            Set<String> coPersons = co.getOrDefault(m.key(), Set.of());
            List<Option> options = new ArrayList<>();
            for (var person : entry.getValue().entrySet()) {
                Option best = null;
                for (PersonMention c : person.getValue()) {
                    PairScore s = scorer.score(m, c, coPersons);
                    if (best == null || s.weight() > best.score().weight()) best = new Option(m, person.getKey(), c, s);
                }
                if (best == null || best.score().score() < settings.suggestThreshold()) continue;
                // the best mention, lent what the person's other mentions know, and checked against them
                PersonProfile profile = profile(person.getKey(), memory);
                PairScore lent = scorer.score(m, profile.enrich(best.match()), coPersons);
                PairScore pair = lent.weight() > best.score().weight() ? lent : best.score();
                PairScore checked = pair.with(profile.conflicts(m, best.match()));
                best = new Option(m, best.personId(), best.match(), checked);
                if (best.score().score() >= settings.suggestThreshold()) options.add(best);
            }
            options.sort(
                    Comparator.comparingDouble((Option o) -> o.score().weight()).reversed());
            out.put(m, options);
        }
        return out;
    }

    /**
     * Joins above the threshold, best pair first, so that two mentions of one report never join one person and
     * no mention joins the person a mention of the same report already keeps from an earlier version.
     */
    private Map<String, Option> assign(Map<PersonMention, List<Option>> options, Map<String, String> fixed) {
        List<Option> all = new ArrayList<>();
        for (List<Option> list : options.values()) {
            for (Option o : list) {
                boolean protectedAllowed =
                        !o.mention().isProtected() || o.score().exact();
                if (o.score().score() >= settings.joinThreshold() && protectedAllowed) all.add(o);
            }
        }
        all.sort(Comparator.comparingDouble((Option o) -> o.score().weight()).reversed());
        Set<String> taken = new HashSet<>(fixed.values());
        Map<String, Option> chosen = new HashMap<>();
        for (Option o : all) {
            if (chosen.containsKey(o.mention().key()) || taken.contains(o.personId())) continue;
            chosen.put(o.mention().key(), o);
            taken.add(o.personId());
        }
        return chosen;
    }

    private void suggest(PersonMention m, String personId, List<Option> options, List<Suggestion> out) {
        int made = 0;
        for (Option o : options) {
            if (made >= settings.suggestionsPerMention()) break;
            if (o.personId().equals(personId) || o.score().score() >= settings.joinThreshold()) continue;
            out.add(new Suggestion(
                    personId,
                    o.personId(),
                    m.reportId(),
                    m.localRef(),
                    o.match().reportId(),
                    o.match().localRef(),
                    m.agency(),
                    o.score().score(),
                    o.score().explanation()));
            made++;
        }
    }

    /** The blocking keys of a mention in this batch: folded name words, selectors, subject key. */
    private Set<String> blockingKeys(PersonMention m) {
        Set<String> keys = new HashSet<>();
        if (!m.isProtected()) {
            for (String name : m.names()) {
                for (String word : names.key(name).split(" ")) if (word.length() > 1) keys.add("n:" + word);
            }
        } else if (m.subjectKey() != null) {
            keys.add("k:" + m.subjectKey());
        }
        m.selectorIds().forEach(id -> keys.add("s:" + id));
        return keys;
    }

    /** The mentions resolved earlier in this batch, not yet in the index, by blocking key. */
    private final class Memory {
        private final Map<String, List<PersonMention>> byKey = new HashMap<>();
        private final Map<String, List<PersonMention>> byPerson = new HashMap<>();

        void add(PersonMention m) {
            for (String key : blockingKeys(m))
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            byPerson.computeIfAbsent(m.personId(), k -> new ArrayList<>()).add(m);
        }

        List<PersonMention> ofPerson(String personId) {
            return byPerson.getOrDefault(personId, List.of());
        }

        /** Mentions of other reports sharing a key with {@code m}, those sharing the most keys first. */
        List<PersonMention> candidates(PersonMention m, Set<String> keys) {
            Map<PersonMention, Integer> shared = new HashMap<>();
            for (String key : keys) {
                for (PersonMention c : byKey.getOrDefault(key, List.of())) {
                    if (!c.reportId().equals(m.reportId()) && c.isProtected() == m.isProtected()) {
                        shared.merge(c, 1, Integer::sum);
                    }
                }
            }
            return shared.entrySet().stream()
                    .sorted(Map.Entry.<PersonMention, Integer>comparingByValue().reversed())
                    .limit(MEMORY_CANDIDATES)
                    .map(Map.Entry::getKey)
                    .toList();
        }
    }
}
