package org.borderlink.graph.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.HandlingCode;
import org.borderlink.graph.model.Tlp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AudienceTest {

    /** The table in docs/data-model.md, row by row. */
    @ParameterizedTest(name = "{0} released to [{1}] → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            RED          |              | agency:RS-MUP
            RED          | BA-GP        | agency:BA-GP agency:RS-MUP
            AMBER+STRICT |              | agency:RS-MUP
            AMBER+STRICT | ME-UP        | agency:ME-UP agency:RS-MUP
            AMBER        | BA ME        | agency:RS-MUP country:BA country:ME
            AMBER        | BA ME-UP     | agency:ME-UP agency:RS-MUP country:BA
            GREEN        |              | agency:RS-MUP region:WB
            GREEN        | AT           | agency:RS-MUP country:AT region:WB
            CLEAR        |              | agency:RS-MUP public
            """)
    void markingCompilesToTokens(String tlp, String releasableTo, String expected) {
        String[] to = releasableTo == null ? new String[0] : releasableTo.split(" ");
        Marking marking = Marking.of(Tlp.fromLabel(tlp), HandlingCode.H1, to);

        var tokens = Audience.of(AgencyId.of("RS-MUP"), marking);

        assertThat(tokens)
                .extracting(AudienceToken::value)
                .containsExactlyElementsOf(Arrays.asList(expected.split(" ")));
    }

    @Test
    void redAndAmberStrictCannotBeReleasedToWholeCountries() {
        assertThatThrownBy(() -> Marking.of(Tlp.RED, HandlingCode.H0, "BA"))
                .hasMessageContaining("named agencies only");
        assertThatThrownBy(() -> Marking.of(Tlp.AMBER_STRICT, HandlingCode.H0, "ME"))
                .hasMessageContaining("named agencies only");
    }

    @Test
    void releasabilityEntriesMustBeCountriesOrAgencies() {
        assertThatThrownBy(() -> Marking.of(Tlp.AMBER, HandlingCode.H0, "Bosnia"))
                .hasMessageContaining("neither a country code");
    }

    @Test
    void ownerCountryIsNotAnAudienceOfAmber() {
        var tokens = Audience.of(AgencyId.of("RS-MUP"), Marking.of(Tlp.AMBER, HandlingCode.H0));
        Viewer otherSerbianAgency = Viewer.of(AgencyId.of("RS-BIA"), "WB");

        assertThat(otherSerbianAgency.maySee(
                        tokens.stream().map(AudienceToken::value).toList()))
                .isFalse();
    }

    @Test
    void factsAboutMinorsReachTheOwnerAndGrantedAgenciesOnly() {
        assertThat(Audience.ofMinors(AgencyId.of("RS-MUP"), List.of()))
                .extracting(AudienceToken::value)
                .containsExactly("agency:RS-MUP");
        assertThat(Audience.ofMinors(AgencyId.of("RS-MUP"), List.of(AgencyId.of("BA-GP"))))
                .extracting(AudienceToken::value)
                .containsExactly("agency:BA-GP", "agency:RS-MUP");
    }

    @Test
    void viewerHoldsAgencyCountryCommunitiesAndPublic() {
        Viewer viewer = Viewer.of(AgencyId.of("BA-GP"), List.of("WB"));

        assertThat(viewer.tokenValues()).containsExactly("agency:BA-GP", "country:BA", "public", "region:WB");
    }
}
