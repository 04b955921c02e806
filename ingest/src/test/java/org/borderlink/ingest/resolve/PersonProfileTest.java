package org.borderlink.ingest.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.borderlink.ingest.search.PersonMention;
import org.borderlink.ingest.search.PersonMention.SelectorUse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What a person's other mentions add to the one a new mention matched best, and what they rule out. */
class PersonProfileTest {

    private final MentionScorer scorer = new MentionScorer();

    @Test
    void theBestMentionIsLentThePhoneAndBirthDateTheOthersKnow() {
        PersonMention withPhone = mention("RS-MUP:1", "Jawad Hussaini", null, List.of(phone("+38761234567")));
        PersonMention withBirth = mention("BA-GP:1", "Džavad Huseini", LocalDate.of(1988, 5, 12), List.of());
        PersonProfile profile = new PersonProfile();
        profile.add(withPhone);
        profile.add(withBirth);
        PersonMention fresh = mention("HR-MUP:1", "JAWAD HUSSAINI", LocalDate.of(1988, 5, 12), List.of());

        PersonMention lent = profile.enrich(withPhone);
        PairScore alone = scorer.score(fresh, withPhone, Set.of());
        PairScore withProfile = scorer.score(fresh, lent, Set.of());

        assertThat(lent.birthDate()).isEqualTo(LocalDate.of(1988, 5, 12));
        assertThat(lent.selectors()).extracting(SelectorUse::id).containsExactly("+38761234567");
        assertThat(withProfile.weight()).isGreaterThan(alone.weight());
        assertThat(withProfile.explanation()).contains("same birth date");
        assertThat(withProfile.score()).isGreaterThanOrEqualTo(ResolutionSettings.DEFAULTS.joinThreshold());
        assertThat(alone.score()).isLessThan(ResolutionSettings.DEFAULTS.joinThreshold());
    }

    @Test
    void anotherMentionsBirthDateRulesOutANamesakeTheBestMentionCannot() {
        PersonMention noBirth = mention("RS-MUP:1", "Miloš Marković", null, List.of());
        PersonMention born1964 = mention("RS-MUP:2", "Милош Марковић", LocalDate.of(1964, 12, 1), List.of());
        PersonProfile profile = new PersonProfile();
        profile.add(noBirth);
        profile.add(born1964);
        PersonMention born1981 = mention("RS-MUP:3", "Miloš Marković", LocalDate.of(1981, 3, 9), List.of());

        assertThat(profile.conflicts(born1981, noBirth))
                .extracting(PersonProfile.Conflict::reason)
                .containsExactly("another mention of this person gives another birth date");
        assertThat(profile.conflicts(born1981, born1964))
                .as("the pair weighs that itself")
                .isEmpty();
    }

    @Test
    void twoBirthDatesAmongTheMentionsLendNone() {
        PersonProfile profile = new PersonProfile();
        PersonMention a = mention("RS-MUP:1", "Miloš Marković", LocalDate.of(1964, 12, 1), List.of());
        profile.add(a);
        profile.add(mention("RS-MUP:2", "Miloš Marković", LocalDate.of(1965, 12, 1), List.of()));

        assertThat(profile.enrich(mention("RS-MUP:3", "Miloš Marković", null, List.of()))
                        .birthDate())
                .isNull();
    }

    private static SelectorUse phone(String id) {
        return new SelectorUse("Phone", id, null);
    }

    private static PersonMention mention(
            String report, String name, @Nullable LocalDate birth, List<SelectorUse> selectors) {
        return MentionScorerTest.mention(name, report, "MALE", null, "AF", birth, selectors);
    }
}
