package org.borderlink.graph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FactsOfReportTest {

    /** Replacing a report must not take back the suggestions resolution made about its persons. */
    @Test
    void aReportAssertsEveryTypeButResolutionSuggestions() {
        assertThat(FactsOfReport.TYPES).hasSize(RelType.values().length - 1).doesNotContain(RelType.POSSIBLY_SAME_AS);
        assertThat(FactsOfReport.TYPE_EXPRESSION.split("\\|"))
                .hasSize(FactsOfReport.TYPES.size())
                .contains("USES", "MENTIONS", "ON_LEG")
                .doesNotContain("POSSIBLY_SAME_AS");
    }

    @Test
    void aVariableThatWouldClashWithTheWalkIsRefused() {
        assertThatThrownBy(() -> FactsOfReport.call("rep", "pointedAt")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FactsOfReport.call("rep", "rep")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FactsOfReport.call("rep", "r) DETACH DELETE (x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
