package org.borderlink.api.analysis.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.borderlink.graph.analysis.GraphEdge;
import org.borderlink.graph.analysis.GraphNode;
import org.borderlink.graph.analysis.Subgraph;
import org.borderlink.graph.model.AgencyId;
import org.borderlink.graph.model.NodeLabel;
import org.borderlink.graph.model.RelType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an export keeps under H2 and how it marks nodes; how CSV fields are written. */
class ExportGraphTest {

    private static GraphNode node(String id) {
        return new GraphNode(id, NodeLabel.Person, id, Map.of());
    }

    private static GraphEdge edge(String from, String to, String agency, String tlp, String handling) {
        return new GraphEdge(
                from + to,
                RelType.CONTACTED,
                from,
                to,
                agency + ":R",
                agency,
                tlp,
                handling,
                "B2",
                "SOM",
                null,
                null,
                Map.of());
    }

    @Test
    void otherAgenciesH2FactsAndTheNodesOnlyTheyReachAreLeftOut() {
        Subgraph s = new Subgraph(
                List.of(node("a"), node("b"), node("c")),
                List.of(
                        edge("a", "b", "RS-MUP", "AMBER+STRICT", "H2"),
                        edge("a", "c", "BA-GP", "GREEN", "H2"),
                        edge("b", "c", "BA-GP", "RED", "H1")),
                List.of());

        ExportGraph g = ExportGraph.of(s, AgencyId.of("RS-MUP"), "rs-investigator", "case 1");

        assertThat(g.edges()).extracting(GraphEdge::id).containsExactly("ab", "bc");
        assertThat(g.excludedFacts()).isEqualTo(1);
        assertThat(g.excludedNodes()).isZero();
        assertThat(g.tlp()).isEqualTo("RED");
        ExportGraph.Node a = g.nodes().getFirst();
        assertThat(a.tlp()).isEqualTo("AMBER+STRICT");
        assertThat(a.handling()).containsExactly("H2");
        assertThat(g.nodes().get(2).handling()).containsExactly("H1");
    }

    @Test
    void aNodeReachedOnlyThroughAnotherAgencysH2FactIsLeftOut() {
        Subgraph s =
                new Subgraph(List.of(node("a"), node("x")), List.of(edge("a", "x", "BA-GP", "GREEN", "H2")), List.of());

        ExportGraph g = ExportGraph.of(s, AgencyId.of("RS-MUP"), "u", "p");

        assertThat(g.nodes()).isEmpty();
        assertThat(g.excludedNodes()).isEqualTo(2);
        assertThat(g.summary()).contains("1 fact(s) of other agencies marked H2");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            // the expected values hold both quote characters; backquote is in none of them
            quoteCharacter = '`',
            value = {
                "plain|plain",
                "a,b|\"a,b\"",
                "say \"hi\"|\"say \"\"hi\"\"\"",
                "=HYPERLINK(\"x\")|\"'=HYPERLINK(\"\"x\"\")\"",
                "+38164123456|+38164123456",
                "-12.5|-12.5",
                "@cmd|'@cmd"
            })
    void csvFieldsAreQuotedAndFormulasDefused(String value, String written) {
        assertThat(Csv.field(value)).isEqualTo(written);
    }
}
