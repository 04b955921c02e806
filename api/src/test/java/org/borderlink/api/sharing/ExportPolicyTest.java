package org.borderlink.api.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.borderlink.api.security.BorderlinkUser;
import org.borderlink.api.security.UserRole;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.HandlingCode;
import org.borderlink.graph.model.Tlp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mockito;
import org.neo4j.driver.Driver;

class ExportPolicyTest {

    private final ExportPolicy policy = new ExportPolicy(Mockito.mock(Driver.class));

    private static BorderlinkUser of(String agency) {
        return new BorderlinkUser(
                "u", AgencyId.of(agency), new TreeSet<>(Set.of("WB")), Set.of(UserRole.ANALYST), new TreeSet<>());
    }

    @ParameterizedTest(name = "{0} fact of RS-MUP, export allowed to [{1}], exported by {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            H0 |       | BA-GP  | true
            H1 |       | BA-GP  | true
            H3 |       | BA-GP  | true
            H2 |       | RS-MUP | true
            H2 |       | BA-GP  | false
            H2 |       | RS-KIR | false
            H2 | BA-GP | BA-GP  | true
            H2 | BA-GP | AL-ASP | false
            """)
    void h2FactsLeaveOnlyForTheOwnerAndWhomItAllowed(String handling, String allowed, String exporter, boolean may) {
        FactMarking marking = new FactMarking(
                "RS-MUP:KU-1",
                AgencyId.of("RS-MUP"),
                Tlp.AMBER,
                HandlingCode.valueOf(handling),
                allowed == null ? Set.of() : Set.of(AgencyId.of(allowed)));

        assertThat(policy.mayExport(marking, of(exporter))).isEqualTo(may);
    }
}
