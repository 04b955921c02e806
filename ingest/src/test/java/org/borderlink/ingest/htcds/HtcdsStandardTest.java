package org.borderlink.ingest.htcds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled HTCDS 2.0 field standard: its fields, and picklist values by name or label. */
class HtcdsStandardTest {

    private final HtcdsStandard standard = HtcdsStandard.bundled();

    @Test
    void holdsTheStandardsFieldsWithTheirTypes() {
        assertThat(standard.fieldNames())
                .contains(
                        "prs_Gender",
                        "vic_TraffickingStatus",
                        "vic_TypeOfExploitation",
                        "per_RoleInProcess",
                        "hte_Date",
                        "hte_Type",
                        "cas_Status",
                        "con_Consent")
                .doesNotContain("cas_CaseNumber");
        assertThat(standard.field("vic_TypeOfExploitation").multiselect()).isTrue();
        assertThat(standard.field("hte_Type").values()).containsOnlyKeys("Recruitment", "Transit", "Exploitation");
        assertThat(standard.field("prs_PrimaryLanguage").picklist())
                .as("an instruction to use ISO 639-2 is not a value")
                .isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "vic_TraffickingStatus | ActualVictimOfTrafficking | ActualVictimOfTrafficking",
                "vic_TraffickingStatus | Actual victim of trafficking | ActualVictimOfTrafficking",
                "prs_Gender | Not Specified/Unknown | NonSpecifiedUnknown",
                "vic_RecruitmentWebsitesAndApps | facebook messenger | FacebookMessenger",
                "cas_Status | Closed referred | ClosedReferred",
            })
    void picklistValuesAreReadByNameOrLabel(String field, String text, String name) {
        assertThat(standard.valueName(field, text)).isEqualTo(name);
    }

    @Test
    void anUnknownValueIsNone() {
        assertThat(standard.valueName("vic_TypeOfExploitation", "ForcedLabor")).isNull();
    }
}
