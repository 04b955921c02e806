package org.borderlink.graph.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.borderlink.graph.model.CaseType;
import org.borderlink.graph.model.CountryCode;
import org.borderlink.graph.model.NodeLabel;
import org.borderlink.graph.model.RelType;
import org.borderlink.graph.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every statement of the package, read for the visibility rule, and the filter's Cypher. */
class QueriesTest {

    private static final GraphFilter EVERYTHING = new GraphFilter(
            Set.of(NodeLabel.Person, NodeLabel.Phone),
            Set.of(RelType.USES, RelType.CONTACTED),
            Set.of(Role.DRIVER),
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 12, 31),
            new TreeSet<>(Set.of(CountryCode.of("RS"))),
            Set.of(CaseType.SOM));

    static Stream<String> statements() {
        return Stream.of(GraphFilter.none(), EVERYTHING)
                .flatMap(f -> Stream.of(
                        Expansion.hopQuery(f),
                        Expansion.seedHopQuery(f),
                        Expansion.answerQuery(f),
                        Paths.query(4, f),
                        Paths.answerQuery(f),
                        Connections.commonQuery(f),
                        Connections.placesQuery(f)))
                .map(String::valueOf)
                .collect(java.util.stream.Collectors.collectingAndThen(
                        java.util.stream.Collectors.toList(),
                        l -> Stream.concat(
                                l.stream(),
                                Stream.of(
                                        Elements.RESOLVE,
                                        Elements.DESCRIBE_NODES,
                                        EntityCards.CARD,
                                        Timelines.ENTITY,
                                        Timelines.ENTITY_TOTAL,
                                        Timelines.CASE,
                                        Routes.CROSSING_LEGS,
                                        Routes.CROSSING_INCIDENTS,
                                        Routes.FLOWS,
                                        FacilitatorNetwork.PERSONS,
                                        FacilitatorNetwork.LINKS))));
    }

    @ParameterizedTest
    @MethodSource("statements")
    void everyRelationshipPassesTheVisibilityRule(String cypher) {
        assertThat(CypherChecks.visibilityProblems(cypher)).as(cypher).isEmpty();
    }

    @Test
    void theCheckCatchesAnUncheckedOrUnnamedRelationship() {
        assertThat(CypherChecks.visibilityProblems("MATCH (a)-[r:USES]->(b) RETURN b"))
                .hasSize(1);
        assertThat(CypherChecks.visibilityProblems("MATCH (a)-[:USES]->(b) RETURN b"))
                .hasSize(1);
        assertThat("MATCH (a)-->(b) RETURN b").containsPattern(CypherChecks.BARE_ARROW);
        assertThat("MATCH (a)-[r]->(b) RETURN b").doesNotContainPattern(CypherChecks.BARE_ARROW);
    }

    @Test
    void noStatementUsesAnArrowWithoutBrackets() {
        // -->, <-- and -- match relationships the bracket check cannot see
        statements().forEach(s -> assertThat(s).doesNotContainPattern(CypherChecks.BARE_ARROW));
    }

    @Test
    void theFilterPutsEveryValueInAParameter() {
        String predicate = EVERYTHING.relationship("r") + EVERYTHING.node("m");

        assertThat(predicate).doesNotContain("'RS'", "'SOM'", "'DRIVER'", "2024");
        assertThat(EVERYTHING.parameters())
                .containsEntry("filterCountries", List.of("RS"))
                .containsEntry("filterCaseTypes", List.of("SOM"))
                .containsEntry("filterRoles", List.of("DRIVER"))
                .containsEntry("filterSince", LocalDate.of(2024, 1, 1));
        assertThat(EVERYTHING.typeExpression()).isEqualTo(":CONTACTED|USES");
        assertThat(GraphFilter.none().typeExpression()).isEqualTo(":!POSSIBLY_SAME_AS");
        assertThat(GraphFilter.none().node("m")).isEqualTo("true");
    }

    @Test
    void possiblySameAsIsNeverAFactToFollow() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new GraphFilter(
                        Set.of(), Set.of(RelType.POSSIBLY_SAME_AS), Set.of(), null, null, new TreeSet<>(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSpanOfAFactGivesItsPrecision() {
        assertThat(Timelines.precisionOf(LocalDate.of(2024, 3, 17), LocalDate.of(2024, 3, 17))
                        .iso())
                .isEqualTo("2024-03-17");
        assertThat(Timelines.precisionOf(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29))
                        .iso())
                .isEqualTo("2024-02");
        assertThat(Timelines.precisionOf(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))
                        .iso())
                .isEqualTo("2023");
        assertThat(Timelines.precisionOf(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1))
                        .iso())
                .isEqualTo("2024-03-01");
    }

    @Test
    void personCaptionsComeFromVisibleMentionsNeverTheDisplayKey() {
        Map<String, Object> node = Map.of("displayKey", "Name From A Hidden Report");
        assertThat(Captions.of(NodeLabel.Person, "X#P1", node, List.of(Map.of("nameLatin", "Marko Petrovic"))))
                .isEqualTo("Marko Petrovic");
        assertThat(Captions.of(
                        NodeLabel.Person, "X#P3", node, List.of(Map.of("role", "SMUGGLED_MIGRANT", "localRef", "P3"))))
                .isEqualTo("smuggled migrant P3");
        assertThat(Captions.of(NodeLabel.Person, "X#P9", node, List.of())).isEqualTo("person");
    }

    @Test
    void reportAssertedPropertiesOfSharedNodesNeedEveryFactVisible() {
        Map<String, Object> vehicle = Map.of("plate", "NS417ZK", "country", "RS", "make", "Sprinter");
        assertThat(NodeProperties.shown(NodeLabel.Vehicle, vehicle, true, List.of()))
                .containsKey("make");
        assertThat(NodeProperties.shown(NodeLabel.Vehicle, vehicle, false, List.of()))
                .containsOnlyKeys("plate", "country");
        Map<String, Object> place = Map.of("name", "kuca", "kind", "SAFE_HOUSE", "verified", false, "countryA", "BA");
        assertThat(NodeProperties.shown(NodeLabel.Location, place, false, List.of()))
                .doesNotContainKey("kind");
    }
}
