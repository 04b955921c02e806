package org.borderlink.ingest.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.borderlink.graph.model.MentionTally;
import org.borderlink.ingest.testing.CaseReports;
import org.junit.jupiter.api.Test;

/**
 * The keyed pseudonym of a migrant and whether the patterns may follow it across reports: only a birth date known to the
 * day makes it an identity; an estimated year or a month is shared by namesakes.
 */
class SubjectKeyTest {

    private static Map<String, Object> mentionOf(String birth) {
        String person = "{\"ref\":\"m\",\"role\":\"SMUGGLED_MIGRANT\",\"name\":\"Ahmad Rahimi\",\"nationality\":\"AF\""
                + birth + "}";
        ReportFacts facts = CaseReports.facts(CaseReports.report(
                        "RS-MUP", "KEY-1", "{\"tlp\":\"GREEN\",\"handling\":\"H0\"}", "", "{}", person))
                .getFirst();
        return facts.persons().stream()
                .filter(p -> "m".equals(p.mention().get("localRef")))
                .findFirst()
                .orElseThrow()
                .mention();
    }

    @Test
    void aBirthDateKnownToTheDayMakesThePseudonymAnIdentity() {
        Map<String, Object> mention = mentionOf(",\"birthDate\":\"12.05.1998.\"");

        assertThat(mention).containsKey("subjectKey").containsEntry(MentionTally.SUBJECT_KEY_DATED, true);
        assertThat(mention).doesNotContainKey("birthDate");
    }

    @Test
    void anEstimatedBirthYearDoesNot() {
        Map<String, Object> mention = mentionOf(",\"birthDate\":\"01.01.1998\",\"birthDateEstimated\":true");

        assertThat(mention).containsKey("subjectKey").doesNotContainKey(MentionTally.SUBJECT_KEY_DATED);
    }

    @Test
    void norDoesAMonth() {
        Map<String, Object> mention = mentionOf(",\"birthDate\":\"05/1998\"");

        assertThat(mention).containsKey("subjectKey").doesNotContainKey(MentionTally.SUBJECT_KEY_DATED);
    }

    @Test
    void norDoesNoBirthDate() {
        assertThat(mentionOf("")).containsKey("subjectKey").doesNotContainKey(MentionTally.SUBJECT_KEY_DATED);
    }

    @Test
    void theKeyStillTellsTheEstimateFromTheExactDate() {
        Object exact = mentionOf(",\"birthDate\":\"01.01.1998\"").get("subjectKey");
        Object estimated = mentionOf(",\"birthDate\":\"01.01.1998\",\"birthDateEstimated\":true")
                .get("subjectKey");

        assertThat(exact).isNotEqualTo(estimated);
    }
}
