package org.borderlink.graph.analysis.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.borderlink.graph.analysis.CypherChecks;
import org.borderlink.graph.analysis.patterns.PatternLibrary.CypherPattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The pattern library as data: every statement reviewed for visibility, parameters and columns consistent. */
class PatternLibraryTest {

    static Stream<CypherPattern> patterns() {
        return PatternLibrary.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void everyRelationshipPassesTheVisibilityRule(CypherPattern p) {
        assertThat(CypherChecks.visibilityProblems(p.cypher())).as(p.cypher()).isEmpty();
        assertThat(p.cypher()).doesNotContain("VISIBLE(", "WINDOW(").doesNotContainPattern(CypherChecks.BARE_ARROW);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void everyParameterTheStatementUsesIsDeclaredAndEveryDeclaredOneIsUsed(CypherPattern p) {
        Set<String> used = new HashSet<>();
        Matcher m = java.util.regex.Pattern.compile("\\$(\\w+)").matcher(p.cypher());
        while (m.find()) used.add(m.group(1));
        used.remove("visibleTo");
        Set<String> declared = new HashSet<>();
        p.pattern().parameters().forEach(x -> declared.add(x.name()));
        assertThat(used).isEqualTo(declared);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void everyPatternIsDocumentedAndNamesItsReports(CypherPattern p) {
        assertThat(p.name()).matches("[a-z]+(-[a-z]+)*");
        assertThat(p.pattern().question()).endsWith("?");
        assertThat(p.pattern().description()).isNotBlank();
        assertThat(p.pattern().columns()).anyMatch(c -> c.kind() == Pattern.Kind.REPORTS);
        for (var c : p.pattern().columns()) {
            assertThat(p.cypher()).as("column %s is returned", c.name()).containsPattern("\\b" + c.name() + "\\b");
        }
    }

    @Test
    void namesAreUnique() {
        assertThat(PatternLibrary.all().stream()
                        .map(CypherPattern::name)
                        .distinct()
                        .count())
                .isEqualTo(PatternLibrary.all().size());
        assertThat(PatternLibrary.all()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void parametersAreBoundWithDefaultsAndCheckedAgainstTheirBounds() {
        Pattern facilitators =
                PatternLibrary.find("facilitators-across-cases").orElseThrow().pattern();

        Map<String, Object> bound = PatternRunner.bind(facilitators, Map.of("minCases", 3, "since", "2024-01-01"));

        assertThat(bound)
                .containsEntry("minCases", 3L)
                .containsEntry("minCountries", 2L)
                .containsEntry("limit", 100L);
        assertThat(bound.get("since")).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(bound.get("until")).isEqualTo(PatternParameter.OPEN_END);
        assertThatThrownBy(() -> PatternRunner.bind(facilitators, Map.of("minCases", 0)))
                .isInstanceOf(InvalidPatternParameter.class)
                .extracting(e -> ((InvalidPatternParameter) e).parameter())
                .isEqualTo("minCases");
        assertThatThrownBy(() -> PatternRunner.bind(facilitators, Map.of("roles", List.of("DRIVER", "VICTIM"))))
                .hasMessageContaining("VICTIM");
        assertThatThrownBy(() -> PatternRunner.bind(facilitators, Map.of("since", "17.03.2024.")))
                .hasMessageContaining("ISO date");
        assertThatThrownBy(() -> PatternRunner.bind(facilitators, Map.of("minCase", 3)))
                .extracting(e -> ((InvalidPatternParameter) e).parameter())
                .isEqualTo("minCase");
        assertThatThrownBy(() -> PatternRunner.bind(facilitators, Map.of("minCases", "3; MATCH (n) DETACH DELETE n")))
                .isInstanceOf(InvalidPatternParameter.class);
    }
}
